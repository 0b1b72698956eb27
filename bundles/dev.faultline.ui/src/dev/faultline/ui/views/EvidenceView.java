package dev.faultline.ui.views;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import dev.faultline.intake.CustodyLog;
import dev.faultline.model.Evidence;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * Evidence: every imported file with its SHA-256, size, format, record and rejected counts, and
 * below it the chain-of-custody log (who copied or imported what, when, from where).
 */
public class EvidenceView extends ViewPart implements InvestigationSession.Listener {

    public static final String ID = "dev.faultline.ui.views.evidence";

    private InvestigationSession session;
    private TableViewer files;
    private TableViewer custody;
    private Map<String, CustodyLog.Entry> imports = Map.of();

    @Override
    public void createPartControl(Composite parent) {
        session = Sessions.get();
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        files = table(section(sash, "Evidence files"));
        column(files, "File", 22, (Evidence e) -> e.getPath());
        column(files, "Format", 9, (Evidence e) -> e.getImporter() == null ? "" : e.getImporter());
        column(files, "Records", 7, (Evidence e) -> count(e, CustodyLog.Entry::records));
        column(files, "Rejected", 7, (Evidence e) -> count(e, CustodyLog.Entry::rejected));
        column(files, "Size", 8, (Evidence e) -> String.format("%,d", e.getSize()));
        column(files, "SHA-256", 30, (Evidence e) -> e.getSha256());
        column(files, "Imported", 17, (Evidence e) -> (e.getImportedAt() == null ? "" : e.getImportedAt().toString())
                + (e.getImportedBy() == null ? "" : " by " + e.getImportedBy()));
        custody = table(section(sash, "Chain of custody"));
        column(custody, "When (UTC)", 18, (CustodyLog.Entry c) -> c.at().toString());
        column(custody, "Who", 8, CustodyLog.Entry::by);
        column(custody, "Action", 7, CustodyLog.Entry::action);
        column(custody, "File", 20, CustodyLog.Entry::file);
        column(custody, "From", 30, CustodyLog.Entry::from);
        column(custody, "SHA-256", 17, CustodyLog.Entry::sha256);
        sash.setWeights(60, 40);
        getSite().setSelectionProvider(files);
        session.addListener(this);
        refresh();
    }

    private static Composite section(Composite parent, String title) {
        Composite section = new Composite(parent, SWT.NONE);
        section.setLayout(new GridLayout(1, false));
        Label label = new Label(section, SWT.NONE);
        label.setText(title);
        Composite tableArea = new Composite(section, SWT.NONE);
        tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tableArea.setLayout(new TableColumnLayout());
        return tableArea;
    }

    private static TableViewer table(Composite area) {
        TableViewer viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    @SuppressWarnings("unchecked")
    private static <T> void column(TableViewer viewer, String title, int weight, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((T) element);
                return value == null ? "" : value;
            }
        });
        ((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(column.getColumn(),
                new ColumnWeightData(weight, 50, true));
    }

    private String count(Evidence evidence, java.util.function.ToLongFunction<CustodyLog.Entry> value) {
        CustodyLog.Entry entry = imports.get(evidence.getPath());
        return entry == null ? "" : String.format("%,d", value.applyAsLong(entry));
    }

    /** Reloads the evidence list and the custody log. */
    public void refresh() {
        if (files == null || files.getControl().isDisposed()) {
            return;
        }
        List<CustodyLog.Entry> log = List.of();
        if (session.isOpen()) {
            try {
                log = new CustodyLog(session.folder().root()).read();
            } catch (IOException e) {
                ILog.of(getClass()).log(Status.error("Could not read the custody log: " + e.getMessage(), e));
            }
        }
        Map<String, CustodyLog.Entry> byFile = new HashMap<>();
        log.stream().filter(e -> "import".equals(e.action())).forEach(e -> byFile.put(e.file(), e));
        imports = byFile;
        files.setInput(session.isOpen() ? List.copyOf(session.investigation().getEvidence()) : List.of());
        custody.setInput(log);
        setContentDescription(session.isOpen()
                ? session.investigation().getEvidence().size() + " evidence files in " + session.folder().evidenceDir()
                : "No investigation is open.");
    }

    /** The evidence files shown now (for tests). */
    public TableViewer files() {
        return files;
    }

    @Override
    public void opened(InvestigationSession s) {
        refresh();
    }

    @Override
    public void changed(InvestigationSession s) {
        refresh();
    }

    @Override
    public void setFocus() {
        files.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        super.dispose();
    }
}
