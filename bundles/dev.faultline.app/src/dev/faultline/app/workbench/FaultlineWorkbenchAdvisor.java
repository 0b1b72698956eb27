package dev.faultline.app.workbench;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dev.faultline.ui.overview.OverviewOpener;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.StartupInvestigation;
import dev.faultline.ui.timeline.TimelineIndexKeeper;

/**
 * Opens every window on the Investigation perspective and, once the workbench is up, the
 * investigation given with {@code ./faultline --case DIR} or else the built-in sample, with its
 * Investigation Overview.
 */
public class FaultlineWorkbenchAdvisor extends WorkbenchAdvisor {

    /** Id of the perspective contributed by {@code dev.faultline.ui}. */
    public static final String INVESTIGATION_PERSPECTIVE = "dev.faultline.ui.perspective.investigation";

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return INVESTIGATION_PERSPECTIVE;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new FaultlineWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        InvestigationSession session = PlatformUI.getWorkbench().getService(InvestigationSession.class);
        OverviewOpener.install(session);
        TimelineIndexKeeper.install(session);
        try {
            StartupInvestigation.open(session);
        } catch (IOException e) {
            IStatus status = Status.error("Could not open the investigation: " + e.getMessage(), e);
            ILog.of(getClass()).log(status);
            ErrorDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Faultline",
                    "The investigation could not be opened.", status);
        }
    }
}
