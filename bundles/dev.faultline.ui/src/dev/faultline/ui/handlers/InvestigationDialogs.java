package dev.faultline.ui.handlers;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.views.SaveInvestigation;

/** Shared steps of the New and Open handlers. */
final class InvestigationDialogs {

    private InvestigationDialogs() {
    }

    /** Asks to save unsaved edits before another investigation replaces the open one; false = cancel. */
    static boolean saveOrDiscard(Shell shell, InvestigationSession session) {
        if (!session.isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, "Unsaved Changes", null,
                "'" + session.investigation().getTitle() + "' has unsaved changes. Save them first?",
                MessageDialog.QUESTION, 0, "&Save", "&Don't Save", "Cancel");
        return switch (dialog.open()) {
            case 0 -> SaveInvestigation.run(shell, session);
            case 1 -> true;
            default -> false;
        };
    }

    static void showError(Shell shell, String title, String what, IOException e) {
        IStatus status = Status.error(what + ": " + e.getMessage(), e);
        ILog.of(InvestigationDialogs.class).log(status);
        ErrorDialog.openError(shell, title, what, status);
    }
}
