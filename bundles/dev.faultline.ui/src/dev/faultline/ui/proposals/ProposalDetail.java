package dev.faultline.ui.proposals;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;

import dev.faultline.analysis.Citation;
import dev.faultline.analysis.Proposal;

/**
 * One proposal: its rationale (editable before accepting), the evidence it cites, and Accept /
 * Reject (a reason is required to reject).
 */
final class ProposalDetail extends Composite {

    private final Label title;
    private final Text rationale;
    private final List citations;
    private final Text reason;
    private final Button accept;
    private final Button reject;
    private Proposal proposal;

    ProposalDetail(Composite parent, Consumer<Proposal> onAccept, BiConsumer<Proposal, String> onReject) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(3, false));
        title = new Label(this, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(title);
        label("Rationale (edit before accepting):");
        rationale = new Text(this, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 90).applyTo(rationale);
        label("Evidence:");
        citations = new List(this, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(citations);
        label("Reason to reject:");
        reason = new Text(this, SWT.SINGLE | SWT.BORDER);
        reason.setMessage("why the link does not hold (required to reject)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
        Composite buttons = new Composite(this, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        accept = new Button(buttons, SWT.PUSH);
        accept.setText("Accept");
        accept.setToolTipText("Make it a causal link of the investigation (undoable; save to keep it)");
        reject = new Button(buttons, SWT.PUSH);
        reject.setText("Reject");
        reject.setToolTipText("Record it as rejected with the reason (listed as an open question in the post-mortem)");
        GridDataFactory.fillDefaults().applyTo(accept);
        GridDataFactory.fillDefaults().applyTo(reject);
        accept.addListener(SWT.Selection, e -> {
            if (proposal != null) {
                onAccept.accept(proposal.edited(proposal.relation(), proposal.confidence(), rationale.getText().strip()));
            }
        });
        reject.addListener(SWT.Selection, e -> {
            if (proposal != null && !reason.getText().isBlank()) {
                onReject.accept(proposal, reason.getText().strip());
            }
        });
        reason.addListener(SWT.Modify, e -> updateButtons());
        show(null);
    }

    private void label(String text) {
        Label label = new Label(this, SWT.NONE);
        label.setText(text);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
    }

    void show(Proposal p) {
        proposal = p;
        title.setText(p == null ? "Select a proposal to see why it is proposed and what it rests on." : p.title() + " \u2014 " + p.status().text());
        rationale.setText(p == null ? "" : p.rationale());
        citations.removeAll();
        if (p != null) {
            for (Citation c : p.evidence()) {
                citations.add(c + (c.sha256() == null ? "" : "   sha256 " + c.sha256()));
            }
        }
        reason.setText("");
        updateButtons();
        layout(true, true);
    }

    private void updateButtons() {
        boolean open = proposal != null && proposal.status() == Proposal.Status.PROPOSED;
        accept.setEnabled(open);
        rationale.setEditable(open);
        reject.setEnabled(open && !reason.getText().isBlank());
    }

    Text rationale() {
        return rationale;
    }

    Text reason() {
        return reason;
    }

    Button acceptButton() {
        return accept;
    }

    Button rejectButton() {
        return reject;
    }
}
