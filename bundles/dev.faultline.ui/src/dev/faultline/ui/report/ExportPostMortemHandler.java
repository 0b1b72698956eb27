package dev.faultline.ui.report;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/** File &gt; Export Post-mortem...: asks for format, sections and destination, then exports in a Job. */
public class ExportPostMortemHandler extends AbstractHandler {

    public static final String COMMAND_ID = "dev.faultline.ui.commands.exportPostMortem";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        InvestigationSession session = Sessions.get();
        if (!session.isOpen()) {
            MessageDialog.openInformation(shell, "Export Post-mortem", "Open an investigation first.");
            return null;
        }
        ExportPostMortemDialog dialog = new ExportPostMortemDialog(shell, session.folder().root());
        if (dialog.open() == Window.OK) {
            new ExportPostMortemJob(session, dialog.export()).schedule();
        }
        return null;
    }
}
