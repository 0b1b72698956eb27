package dev.faultline.diagram.ui.handlers;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.ui.DiagramEditors;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * Opens a diagram of the open investigation: the only one, or the one chosen from a list; an
 * investigation without diagrams gets one drawn from all its causal links.
 */
public class OpenDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Shell shell = window.getShell();
        InvestigationSession session = Sessions.get();
        if (!session.isOpen()) {
            MessageDialog.openInformation(shell, "Open Diagram", "Open an investigation first.");
            return null;
        }
        try {
            List<String> names = DiagramFiles.list(session.folder());
            if (names.isEmpty()) {
                DiagramEditors.createFromCausalLinks(window.getActivePage(), session, DiagramFiles.DEFAULT_NAME, null);
                return null;
            }
            String name = names.size() == 1 ? names.get(0) : choose(shell, names);
            if (name != null) {
                DiagramEditors.open(window.getActivePage(), session, name);
            }
        } catch (IOException | PartInitException e) {
            MessageDialog.openError(shell, "Open Diagram", e.getMessage());
        }
        return null;
    }

    private static String choose(Shell shell, List<String> names) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
        dialog.setTitle("Open Diagram");
        dialog.setMessage("Diagram of the investigation:");
        dialog.setElements(names.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == ElementListSelectionDialog.OK ? (String) dialog.getFirstResult() : null;
    }
}
