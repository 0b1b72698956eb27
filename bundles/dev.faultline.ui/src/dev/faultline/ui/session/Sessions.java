package dev.faultline.ui.session;

import org.eclipse.ui.PlatformUI;

/** Access to the workbench's {@link InvestigationSession} service. */
public final class Sessions {

    private Sessions() {
    }

    public static InvestigationSession get() {
        return PlatformUI.getWorkbench().getService(InvestigationSession.class);
    }
}
