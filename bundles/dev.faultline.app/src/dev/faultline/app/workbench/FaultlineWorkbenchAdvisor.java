package dev.faultline.app.workbench;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens every window on the Investigation perspective and keeps the window layout between runs. */
public class FaultlineWorkbenchAdvisor extends WorkbenchAdvisor {

    /** Id of the perspective contributed by {@code dev.faultline.ui}. */
    public static final String INVESTIGATION_PERSPECTIVE = "dev.faultline.ui.perspective.investigation";

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return INVESTIGATION_PERSPECTIVE;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new FaultlineWindowAdvisor(configurer);
    }
}
