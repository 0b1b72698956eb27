package dev.faultline.app.workbench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import dev.faultline.app.LibraryLogging;

/** The Faultline workbench ({@code dev.faultline.app.workbench}): {@code ./faultline} with no arguments. */
public class WorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        LibraryLogging.quiet();
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError e) {
            // e.g. "No more handles [gtk_init_check() failed]": say so on the console, not only in the workspace log
            System.err.println("faultline: cannot open the display '" + System.getenv("DISPLAY") + "' for the workbench: " + e.getMessage()
                    + System.lineSeparator() + "  Headless commands need no display: ./faultline --help lists them."
                    + System.lineSeparator() + "  The workbench on a virtual display: xvfb-run -a ./faultline");
            return Integer.valueOf(1);
        }
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new FaultlineWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
