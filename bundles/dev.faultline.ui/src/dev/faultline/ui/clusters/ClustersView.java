package dev.faultline.ui.clusters;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import dev.faultline.analysis.ClusterRecorder;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.SignatureRules;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * Crash clusters of the open investigation: a table (bugcheck, module, counts, first and last
 * crash, the updates released shortly before) and the selected cluster's crashes per minute.
 * Clustering runs as a Job over the evidence index; "Record in Investigation" adds the clusters to
 * the model through the command stack (undoable).
 */
public class ClustersView extends ViewPart implements InvestigationSession.Listener {

    public static final String ID = "dev.faultline.ui.views.clusters";

    private InvestigationSession session;
    private TableViewer table;
    private HistogramCanvas histogram;
    private Label status;
    private Action cluster;
    private Action record;
    private List<CrashClusterSummary> clusters = List.of();
    private AnalysisJob<List<CrashClusterSummary>> running;

    @Override
    public void createPartControl(Composite parent) {
        session = Sessions.get();
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        for (int i = 0; i < ClusterColumns.TITLES.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
            c.getColumn().setText(ClusterColumns.TITLES[i]);
            c.getColumn().setWidth(ClusterColumns.WIDTHS[i]);
            c.getColumn().setAlignment(i == 3 || i == 4 ? SWT.RIGHT : SWT.LEFT);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ClusterColumns.text((CrashClusterSummary) element, column);
                }
            });
        }
        histogram = new HistogramCanvas(sash);
        sash.setWeights(55, 45);
        table.addSelectionChangedListener(e -> showHistogram((IStructuredSelection) e.getSelection()));
        createActions();
        getSite().setSelectionProvider(table);
        session.addListener(this);
        opened(session);
    }

    private void createActions() {
        cluster = new Action("Cluster Crashes") {
            @Override
            public void run() {
                runClustering();
            }
        };
        cluster.setToolTipText("Group the investigation's crash analyses (index and model) into clusters");
        cluster.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        record = new Action("Record in Investigation") {
            @Override
            public void run() {
                recordClusters();
            }
        };
        record.setToolTipText("Add the clusters to the investigation as crash clusters (undoable; save to keep them)");
        record.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(cluster);
        toolbar.add(record);
        record.setEnabled(false);
    }

    /** Clusters the open investigation in a Job; the table shows the result. */
    public AnalysisJob<List<CrashClusterSummary>> runClustering() {
        if (!session.isOpen()) {
            return null;
        }
        if (running != null) {
            running.cancel();
        }
        status.setText("Clustering crash analyses ...");
        cluster.setEnabled(false);
        running = new AnalysisJob<>("Clustering crash analyses", session.folder(), table.getControl().getDisplay(),
                (analysis, monitor) -> analysis.clusters(SignatureRules.defaults(), monitor), this::show, this::failed);
        running.schedule();
        return running;
    }

    private void show(List<CrashClusterSummary> found) {
        if (table.getControl().isDisposed()) {
            return;
        }
        cluster.setEnabled(true);
        clusters = session.isOpen() ? ClusterRecorder.bind(session.investigation(), found) : List.of();
        table.setInput(clusters);
        long crashes = clusters.stream().mapToLong(CrashClusterSummary::count).sum();
        long unrecorded = clusters.stream().filter(c -> c.modelCluster() == null).count();
        record.setEnabled(unrecorded > 0);
        status.setText(clusters.isEmpty() ? "No crash analyses in this investigation (import !analyze -v outputs)."
                : String.format("%,d crashes in %d clusters%s", crashes, clusters.size(),
                        unrecorded == 0 ? "" : "; " + unrecorded + " not recorded in the investigation yet (Record in Investigation)"));
        status.getParent().layout();
        if (!clusters.isEmpty()) {
            table.getTable().select(0);
            showHistogram(table.getStructuredSelection());
        } else {
            histogram.show(null, null, null);
        }
    }

    private void failed(String message) {
        if (!status.isDisposed()) {
            cluster.setEnabled(true);
            status.setText(message);
            status.getParent().layout();
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

    public String statusText() {
        return status.getText();
    }

    @Override
    public void opened(InvestigationSession s) {
        clusters = List.of();
        table.setInput(clusters);
        histogram.show(null, null, null);
        if (s.isOpen()) {
            runClustering();
        } else {
            status.setText("No investigation is open.");
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }
}
