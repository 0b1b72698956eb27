package dev.faultline.app.workbench;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Window size, title and the bars a Faultline window shows; maximised on first start. */
public class FaultlineWindowAdvisor extends WorkbenchWindowAdvisor {

    private boolean restored;

    public FaultlineWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new FaultlineActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        // size when the user leaves the maximised state of the first start
        Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
        configurer.setInitialSize(new Point(Math.max(1024, screen.width * 9 / 10), Math.max(700, screen.height * 9 / 10)));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle("Faultline");
    }

    @Override
    public void postWindowRestore() {
        restored = true;
    }

    @Override
    public void postWindowOpen() {
        // first start (no saved window state): maximised; later starts keep what the user chose
        if (!restored) {
            Shell shell = getWindowConfigurer().getWindow().getShell();
            // the whole screen first: without a window manager (a bare X server) maximising does nothing
            shell.setBounds(shell.getMonitor().getClientArea());
            shell.setMaximized(true);
        }
    }
}
