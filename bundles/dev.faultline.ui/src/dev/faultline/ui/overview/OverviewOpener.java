package dev.faultline.ui.overview;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.faultline.ui.session.InvestigationSession;

/** Opens the Investigation Overview whenever an investigation is opened (and at once, if one is open). */
public final class OverviewOpener implements InvestigationSession.Listener {

    private OverviewOpener() {
    }

    /** Registers the opener with the session; call once, on the UI thread, when the workbench is up. */
    public static void install(InvestigationSession session) {
        OverviewOpener opener = new OverviewOpener();
        session.addListener(opener);
        if (session.isOpen()) {
            opener.opened(session);
        }
    }

    @Override
    public void opened(InvestigationSession session) {
        if (!session.isOpen() || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            page.openEditor(InvestigationOverviewInput.INSTANCE, InvestigationOverviewEditor.ID, false);
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }
}
