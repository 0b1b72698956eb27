package dev.faultline.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.faultline.ui.intake.ImportEvidenceWizard;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/** File > Import Evidence...: the Import wizard for the open investigation. */
public class ImportEvidenceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InvestigationSession session = Sessions.get();
        if (!session.isOpen()) {
            MessageDialog.openInformation(shell, "Import Evidence", "Open or create an investigation first (File > New Investigation).");
            return null;
        }
        WizardDialog dialog = new WizardDialog(shell, new ImportEvidenceWizard(session));
        dialog.setPageSize(900, 520);
        dialog.open();
        return null;
    }
}
