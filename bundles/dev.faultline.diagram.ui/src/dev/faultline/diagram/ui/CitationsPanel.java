package dev.faultline.diagram.ui;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.model.labels.ObjectLabels;

/**
 * Below the diagram: the citations of the selected fact or link (evidence file, line or offset or
 * record, the evidence's description). Double-click opens the cited record in Search.
 */
final class CitationsPanel {

    private final Composite control;
    private final Label title;
    private final TableViewer table;

    CitationsPanel(Composite parent, java.util.function.Consumer<EvidenceRef> open) {
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.marginWidth = 4;
        layout.verticalSpacing = 2;
        control.setLayout(layout);
        title = new Label(control, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Table t = table.getTable();
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column("Evidence", 220, ref -> ref.getEvidence() == null ? "(no evidence)" : ref.getEvidence().getOriginalName());
        column("Where", 110, CitationsPanel::where);
        column("About the evidence", 520, ref -> ref.getEvidence() == null ? "" : describe(ref.getEvidence()));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addDoubleClickListener(event -> {
            Object selected = table.getStructuredSelection().getFirstElement();
            if (selected instanceof EvidenceRef ref) {
                open.accept(ref);
            }
        });
        show(null);
    }

    private void column(String name, int width, java.util.function.Function<EvidenceRef, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((EvidenceRef) element);
            }
        });
    }

    static String where(EvidenceRef ref) {
        if (ref.getLine() != null) {
            return "line " + ref.getLine();
        } else if (ref.getByteOffset() != null) {
            return "offset " + ref.getByteOffset();
        } else if (ref.getRecordId() != null) {
            return "record " + ref.getRecordId();
        }
        return "";
    }

    private static String describe(Evidence evidence) {
        return evidence.getDescription() == null ? "" : evidence.getDescription();
    }

    Composite control() {
        return control;
    }

    TableViewer table() {
        return table;
    }

    /** Shows the citations of {@code object} (a fact or a causal link), or a hint when nothing is selected. */
    void show(EObject object) {
        if (control.isDisposed()) {
            return;
        }
        if (object instanceof Fact fact) {
            List<EvidenceRef> citations = fact.getCitations();
            title.setText("Citations of " + ObjectLabels.label(fact) + ": " + citations.size()
                    + (citations.isEmpty() ? "" : " (double-click opens the record in Search)"));
            table.setInput(citations.toArray());
        } else {
            title.setText("Citations: select a box or an arrow");
            table.setInput(new Object[0]);
        }
        control.layout(true);
    }
}
