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

/** File > New Investigation: an empty investigation in a new (or empty) folder. */
public class NewInvestigationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InvestigationSession session = Sessions.get();
        if (!InvestigationDialogs.saveOrDiscard(shell, session)) {
            return null;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("New Investigation");
        dialog.setMessage("Choose an empty folder for the new investigation (model, evidence, index).");
        String dir = dialog.open();
        if (dir != null) {
            try {
                session.create(Path.of(dir));
            } catch (IOException e) {
                InvestigationDialogs.showError(shell, "New Investigation", "Could not create an investigation in " + dir, e);
            }
        }
        return null;
    }
}
