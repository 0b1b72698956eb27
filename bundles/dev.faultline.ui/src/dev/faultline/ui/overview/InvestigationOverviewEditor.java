package dev.faultline.ui.overview;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * The Investigation Overview: the open investigation at a glance — title, status, summary, key times,
 * impact, live counts (hosts, drivers, crashes, clusters, evidence files, problems) — with links into the
 * views and to the post-mortem export. It follows every change to the model; it edits nothing itself,
 * so it is never dirty (the Investigation Explorer is the saveable part).
 */
public class InvestigationOverviewEditor extends EditorPart implements InvestigationSession.Listener {

    public static final String ID = "dev.faultline.ui.editors.overview";

    private InvestigationSession session;
    private OverviewPage page;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
    }

    @Override
    public void createPartControl(Composite parent) {
        session = Sessions.get();
        page = new OverviewPage(parent, getSite());
        session.addListener(this);
        refresh();
    }

    private void refresh() {
        page.show(session);
        setPartName(session.isOpen() && session.investigation().getTitle() != null
                ? "Overview: " + shorten(session.investigation().getTitle()) : "Overview");
    }

    private static String shorten(String title) {
        return title.length() > 40 ? title.substring(0, 39) + "\u2026" : title;
    }

    /** What the page shows now (for tests). */
    public OverviewPage page() {
        return page;
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
        page.setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save: the overview only shows the model
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
