package dev.faultline.ui.views;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;

import dev.faultline.ui.session.InvestigationSession;

/** Saves the open investigation, telling the user (and the log) when it could not be saved. */
public final class SaveInvestigation {

    private SaveInvestigation() {
    }

    /** Returns whether the investigation is saved afterwards. */
    public static boolean run(Shell shell, InvestigationSession session) {
        try {
            session.save();
            return true;
        } catch (IOException e) {
            IStatus status = Status.error("Could not save " + session.folder().modelFile() + ": " + e.getMessage(), e);
            ILog.of(SaveInvestigation.class).log(status);
            ErrorDialog.openError(shell, "Save Investigation", "The investigation was not saved; the last saved version is intact.", status);
            return false;
        }
    }
}
