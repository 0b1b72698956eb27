package dev.faultline.diagram.ui.handlers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.ui.DiagramEditors;
import dev.faultline.model.CausalLink;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * "New Diagram from Causal Links": the causal links selected in the explorer (or all of them, with the
 * remediations, when none is selected), laid out, saved under a name the user gives, opened.
 */
public class NewDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Shell shell = window.getShell();
        InvestigationSession session = Sessions.get();
        if (!session.isOpen()) {
            MessageDialog.openInformation(shell, "New Diagram", "Open an investigation first.");
            return null;
        }
        List<CausalLink> links = selectedLinks(HandlerUtil.getCurrentSelection(event));
        try {
            InputDialog name = new InputDialog(shell, "New Diagram from Causal Links",
                    (links.isEmpty() ? "All causal links and remediations" : links.size() + " selected causal links")
                            + " will be drawn and laid out. Name of the diagram:",
                    DiagramEditors.unusedName(session, DiagramFiles.DEFAULT_NAME), text -> validate(session, text));
            if (name.open() != Window.OK) {
                return null;
            }
            DiagramEditors.createFromCausalLinks(window.getActivePage(), session, name.getValue().strip(),
                    links.isEmpty() ? null : links);
        } catch (IOException | PartInitException e) {
            MessageDialog.openError(shell, "New Diagram", e.getMessage());
        }
        return null;
    }

    private static String validate(InvestigationSession session, String text) {
        String name = text.strip();
        if (!DiagramFiles.isValidName(name)) {
            return "Letters, digits, space, '.', '-', '_'; at most 64 characters";
        }
        try {
            return DiagramFiles.list(session.folder()).contains(name) ? "A diagram of that name exists" : null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static List<CausalLink> selectedLinks(ISelection selection) {
        List<CausalLink> links = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object object : structured.toList()) {
                if (object instanceof CausalLink link) {
                    links.add(link);
                }
            }
        }
        return links;
    }
}
