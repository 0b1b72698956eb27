package dev.faultline.ui.clusters;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.faultline.analysis.ClusterRecorder;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.SignatureRules;
import dev.faultline.ui.session.InvestigationSession;

/**
 * Crash clusters of the open investigation: a table (bugcheck, module, counts, first and last
 * crash, the updates released shortly before) and the selected cluster's crashes per minute.
 * Clustering runs as a Job over the evidence index; "Record in Investigation" adds the clusters to
 * the model through the command stack (undoable).
 */
public class ClustersView extends AnalysisView<List<CrashClusterSummary>> {

    public static final String ID = "dev.faultline.ui.views.clusters";

    private HistogramCanvas histogram;
    private Action record;
    private List<CrashClusterSummary> clusters = List.of();

    @Override
    protected Columns columns() {
        return new Columns(ClusterColumns.TITLES, ClusterColumns.WIDTHS, List.of(3, 4));
    }

    @Override
    protected ColumnLabelProvider labels(int column) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ClusterColumns.text((CrashClusterSummary) element, column);
            }
        };
    }

    @Override
    protected void createPanes(SashForm sash) {
        histogram = new HistogramCanvas(sash);
        sash.setWeights(55, 45);
        table.addSelectionChangedListener(e -> showHistogram((IStructuredSelection) e.getSelection()));
        getSite().setSelectionProvider(table);
    }

    @Override
    protected String runActionText() {
        return "Cluster Crashes";
    }

    @Override
    protected String runActionToolTip() {
        return "Group the investigation's crash analyses (index and model) into clusters";
    }

    @Override
    protected void createMoreActions() {
        record = new Action("Record in Investigation") {
            @Override
            public void run() {
                recordClusters();
            }
        };
        record.setToolTipText("Add the clusters to the investigation as crash clusters (undoable; save to keep them)");
        record.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(record);
        record.setEnabled(false);
    }

    @Override
    protected AnalysisJob<List<CrashClusterSummary>> runAnalysis() {
        return runClustering();
    }

    /** Clusters the open investigation in a Job; the table shows the result. */
    public AnalysisJob<List<CrashClusterSummary>> runClustering() {
        return start("Clustering crash analyses", "Clustering crash analyses ...",
                (analysis, monitor) -> analysis.clusters(SignatureRules.defaults(), monitor));
    }

    @Override
    protected void show(List<CrashClusterSummary> found) {
        clusters = session.isOpen() ? ClusterRecorder.bind(session.investigation(), found) : List.of();
        table.setInput(clusters);
        long crashes = clusters.stream().mapToLong(CrashClusterSummary::count).sum();
        long unrecorded = clusters.stream().filter(c -> c.modelCluster() == null).count();
        record.setEnabled(unrecorded > 0);
        setStatus(clusters.isEmpty() ? "No crash analyses in this investigation (import !analyze -v outputs)."
                : String.format("%,d crashes in %d clusters%s", crashes, clusters.size(),
                        unrecorded == 0 ? "" : "; " + unrecorded + " not recorded in the investigation yet (Record in Investigation)"));
        if (!clusters.isEmpty()) {
            table.getTable().select(0);
            showHistogram(table.getStructuredSelection());
        } else {
            histogram.show(null, null, null);
        }
    }

    private void recordClusters() {
        Command command = ClusterRecorder.command(session.domain(), session.investigation(), clusters);
        if (command != null) {
            session.commandStack().execute(command);
        }
        show(clusters);
    }

    private void showHistogram(IStructuredSelection selection) {
        if (selection.getFirstElement() instanceof CrashClusterSummary c) {
            Instant first = c.firstSeen() == null ? null : Instant.ofEpochSecond(c.firstSeen().getEpochSecond() / 60 * 60);
            histogram.show(c.name(), c.perMinute(), first);
        }
    }

    /** The clusters shown (for tests). */
    public List<CrashClusterSummary> clusters() {
        return clusters;
    }

    public HistogramCanvas histogram() {
        return histogram;
    }

    @Override
    public void opened(InvestigationSession s) {
        clusters = List.of();
        table.setInput(clusters);
        histogram.show(null, null, null);
        if (s.isOpen()) {
            runClustering();
        } else {
            setStatus("No investigation is open.");
        }
    }
}
