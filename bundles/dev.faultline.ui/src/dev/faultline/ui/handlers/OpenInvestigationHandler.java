package dev.faultline.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/** File > Open Investigation: an investigation folder (the one holding investigation.xmi). */
public class OpenInvestigationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InvestigationSession session = Sessions.get();
        if (!InvestigationDialogs.saveOrDiscard(shell, session)) {
            return null;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Investigation");
        dialog.setMessage("Choose an investigation folder (it contains investigation.xmi).");
        String dir = dialog.open();
        if (dir != null) {
            try {
                session.open(Path.of(dir));
            } catch (IOException e) {
                InvestigationDialogs.showError(shell, "Open Investigation", "Could not open the investigation in " + dir, e);
            }
        }
        return null;
    }
}
