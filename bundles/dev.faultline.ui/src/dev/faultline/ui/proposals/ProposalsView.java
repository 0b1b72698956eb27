package dev.faultline.ui.proposals;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import dev.faultline.analysis.ChainProposals;
import dev.faultline.analysis.ClusterRecorder;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.Proposal;
import dev.faultline.analysis.ProposalDecisions;
import dev.faultline.analysis.SignatureRules;
import dev.faultline.diagram.DiagramsFollowLinks;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.ui.clusters.AnalysisJob;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.SessionDiagrams;
import dev.faultline.ui.session.Sessions;

/**
 * Causal links proposed by the analysis (update → driver → crash cluster → outage), each with its
 * confidence, rationale and cited evidence; the analyst accepts (after editing the rationale, if
 * needed) or rejects with a reason. Decisions go through the command stack; what was considered
 * and not linked is listed below.
 */
public class ProposalsView extends ViewPart implements InvestigationSession.Listener {

    public static final String ID = "dev.faultline.ui.views.proposals";

    private InvestigationSession session;
    private TableViewer table;
    private ProposalDetail detail;
    private Text notes;
    private Label status;
    private Action propose;
    private ChainProposals proposals;
    private List<CrashClusterSummary> clusters = List.of();
    private AnalysisJob<ChainProposals> running;

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
        for (int i = 0; i < ProposalColumns.TITLES.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
            c.getColumn().setText(ProposalColumns.TITLES[i]);
            c.getColumn().setWidth(ProposalColumns.WIDTHS[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ProposalColumns.text((Proposal) element, column);
                }

                @Override
                public Color getForeground(Object element) {
                    Proposal p = (Proposal) element;
                    return p.status() != Proposal.Status.PROPOSED || "low".equals(p.level())
                            ? table.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
                }
            });
        }
        detail = new ProposalDetail(sash, this::accept, this::reject);
        notes = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        sash.setWeights(34, 52, 14);
        table.addSelectionChangedListener(e -> detail.show((Proposal) table.getStructuredSelection().getFirstElement()));
        propose = new Action("Propose Links") {
            @Override
            public void run() {
                runProposals();
            }
        };
        propose.setToolTipText("Cluster the crashes (recording the clusters) and propose causal links with their evidence");
        propose.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        getViewSite().getActionBars().getToolBarManager().add(propose);
        session.addListener(this);
        opened(session);
    }

    /** Clusters (recording the clusters through the command stack) and proposes, in a Job. */
    public AnalysisJob<ChainProposals> runProposals() {
        if (!session.isOpen()) {
            return null;
        }
        if (running != null) {
            running.cancel();
        }
        propose.setEnabled(false);
        status.setText("Proposing causal links ...");
        var display = table.getControl().getDisplay();
        running = new AnalysisJob<>("Proposing causal links", session.folder(), display, (analysis, monitor) -> {
            List<CrashClusterSummary> found = analysis.clusters(SignatureRules.defaults(), monitor);
            AnalysisJob.onUiThread(display, () -> {
                Command record = ClusterRecorder.command(session.domain(), session.investigation(), found);
                if (record != null) {
                    session.commandStack().execute(record);
                }
                clusters = ClusterRecorder.bind(session.investigation(), found);
            });
            return analysis.propose(clusters, monitor);
        }, this::show, this::failed);
        running.schedule();
        return running;
    }

    private void show(ChainProposals result) {
        if (table.getControl().isDisposed()) {
            return;
        }
        propose.setEnabled(true);
        proposals = result;
        Object selected = table.getStructuredSelection().getFirstElement();
        table.setInput(result.proposals());
        long open = result.proposals().stream().filter(p -> p.status() == Proposal.Status.PROPOSED).count();
        status.setText(result.proposals().isEmpty() ? "Nothing to propose: the investigation needs crash analyses, drivers, updates or outages."
                : String.format("%d proposals (%d undecided) for %d crash clusters", result.proposals().size(), open, result.clusters().size()));
        status.getParent().layout();
        notes.setText(result.notes().isEmpty() ? "" : "Not linked:\n\u2022 " + String.join("\n\u2022 ", result.notes()));
        if (selected instanceof Proposal p && result.byId(p.id()) != null) {
            table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(result.byId(p.id())), true);
        } else if (!result.proposals().isEmpty()) {
            table.getTable().select(0);
            detail.show(result.proposals().get(0));
        } else {
            detail.show(null);
        }
    }

    private void failed(String message) {
        if (!status.isDisposed()) {
            propose.setEnabled(true);
            status.setText(message);
            status.getParent().layout();
        }
    }

    /** Makes the proposal a causal link and draws it into the investigation's diagrams, as one command. */
    private void accept(Proposal proposal) {
        Command command = ProposalDecisions.accept(session.domain(), session.investigation(), List.of(proposal));
        if (command != null) {
            List<Diagram> diagrams = List.of();
            try {
                diagrams = SessionDiagrams.of(session).all();
            } catch (IOException e) {
                ILog.of(ProposalsView.class).log(Status.warning("The accepted link is not drawn into the diagrams: " + e.getMessage(), e));
            }
            session.commandStack().execute(new DiagramsFollowLinks(session.domain(), session.folder(), diagrams, command));
        }
        runProposals();
    }

    private void reject(Proposal proposal, String reason) {
        session.commandStack().execute(ProposalDecisions.reject(session.domain(), session.investigation(), proposal, reason,
                System.getProperty("user.name")));
        runProposals();
    }

    public ChainProposals proposals() {
        return proposals;
    }

    /** Selects a proposal as a click on its row would. */
    public void select(Proposal proposal) {
        table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(proposal), true);
        detail.show(proposal);
    }

    ProposalDetail detail() {
        return detail;
    }

    public String notesText() {
        return notes.getText();
    }

    @Override
    public void opened(InvestigationSession s) {
        proposals = null;
        table.setInput(List.of());
        detail.show(null);
        notes.setText("");
        status.setText(s.isOpen() ? "Propose Links (toolbar) clusters the crashes and proposes causal links with their evidence."
                : "No investigation is open.");
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
