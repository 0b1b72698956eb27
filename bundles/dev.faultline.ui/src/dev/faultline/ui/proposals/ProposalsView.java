package dev.faultline.ui.proposals;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Text;

import dev.faultline.analysis.ChainProposals;
import dev.faultline.analysis.ClusterRecorder;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.Proposal;
import dev.faultline.analysis.ProposalDecisions;
import dev.faultline.analysis.SignatureRules;
import dev.faultline.diagram.DiagramsFollowLinks;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.ui.clusters.AnalysisJob;
import dev.faultline.ui.clusters.AnalysisView;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.SessionDiagrams;

/**
 * Causal links proposed by the analysis (update → driver → crash cluster → outage), each with its
 * confidence, rationale and cited evidence; the analyst accepts (after editing the rationale, if
 * needed) or rejects with a reason. Decisions go through the command stack; what was considered
 * and not linked is listed below.
 */
public class ProposalsView extends AnalysisView<ChainProposals> {

    public static final String ID = "dev.faultline.ui.views.proposals";

    private ProposalDetail detail;
    private Text notes;
    private ChainProposals proposals;
    private List<CrashClusterSummary> clusters = List.of();

    @Override
    protected Columns columns() {
        return new Columns(ProposalColumns.TITLES, ProposalColumns.WIDTHS, List.of());
    }

    @Override
    protected ColumnLabelProvider labels(int column) {
        return new ColumnLabelProvider() {
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
        };
    }

    @Override
    protected void createPanes(SashForm sash) {
        detail = new ProposalDetail(sash, this::accept, this::reject);
        notes = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        sash.setWeights(34, 52, 14);
        table.addSelectionChangedListener(e -> detail.show((Proposal) table.getStructuredSelection().getFirstElement()));
    }

    @Override
    protected String runActionText() {
        return "Propose Links";
    }

    @Override
    protected String runActionToolTip() {
        return "Cluster the crashes (recording the clusters) and propose causal links with their evidence";
    }

    @Override
    protected AnalysisJob<ChainProposals> runAnalysis() {
        return runProposals();
    }

    /** Clusters (recording the clusters through the command stack) and proposes, in a Job. */
    public AnalysisJob<ChainProposals> runProposals() {
        var display = table.getControl().getDisplay();
        return start("Proposing causal links", "Proposing causal links ...", (analysis, monitor) -> {
            List<CrashClusterSummary> found = analysis.clusters(SignatureRules.defaults(), monitor);
            AnalysisJob.onUiThread(display, () -> {
                Command record = ClusterRecorder.command(session.domain(), session.investigation(), found);
                if (record != null) {
                    session.commandStack().execute(record);
                }
                clusters = ClusterRecorder.bind(session.investigation(), found);
            });
            return analysis.propose(clusters, monitor);
        });
    }

    @Override
    protected void show(ChainProposals result) {
        proposals = result;
        Object selected = table.getStructuredSelection().getFirstElement();
        table.setInput(result.proposals());
        long open = result.proposals().stream().filter(p -> p.status() == Proposal.Status.PROPOSED).count();
        setStatus(result.proposals().isEmpty() ? "Nothing to propose: the investigation needs crash analyses, drivers, updates or outages."
                : String.format("%d proposals (%d undecided) for %d crash clusters", result.proposals().size(), open, result.clusters().size()));
        notes.setText(result.notes().isEmpty() ? "" : "Not linked:\n\u2022 " + String.join("\n\u2022 ", result.notes()));
        if (selected instanceof Proposal p && result.byId(p.id()) != null) {
            table.setSelection(new StructuredSelection(result.byId(p.id())), true);
        } else if (!result.proposals().isEmpty()) {
            table.getTable().select(0);
            detail.show(result.proposals().get(0));
        } else {
            detail.show(null);
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
        table.setSelection(new StructuredSelection(proposal), true);
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
        setStatus(s.isOpen() ? "Propose Links (toolbar) clusters the crashes and proposes causal links with their evidence."
                : "No investigation is open.");
    }
}
