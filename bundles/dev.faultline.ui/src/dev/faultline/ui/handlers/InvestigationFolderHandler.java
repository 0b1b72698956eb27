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

/**
 * File > New / Open Investigation: offer to save unsaved edits, ask for a folder, then create or
 * open the investigation there; failures are shown and logged.
 */
abstract class InvestigationFolderHandler extends AbstractHandler {

    private final String title;
    private final String prompt;

    InvestigationFolderHandler(String title, String prompt) {
        this.title = title;
        this.prompt = prompt;
    }

    /** Creates or opens the investigation in {@code dir}. */
    abstract void apply(InvestigationSession session, Path dir) throws IOException;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InvestigationSession session = Sessions.get();
        if (!InvestigationDialogs.saveOrDiscard(shell, session)) {
            return null;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(title);
        dialog.setMessage(prompt);
        String dir = dialog.open();
        if (dir != null) {
            try {
                apply(session, Path.of(dir));
            } catch (IOException e) {
                InvestigationDialogs.showError(shell, title, title + " failed for " + dir, e);
            }
        }
        return null;
    }
}
