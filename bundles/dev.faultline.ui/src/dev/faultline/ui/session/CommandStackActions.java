package dev.faultline.ui.session;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and Redo over the session's command stack, for a view's action bars: every Faultline view
 * (and the Properties page they provide) installs the same pair, so Edit > Undo undoes the last edit
 * whichever view made it. Labels name the command ("Undo Set Title").
 */
public final class CommandStackActions implements InvestigationSession.Listener {

    private final InvestigationSession session;
    private final Action undo = new Action() {
        @Override
        public void run() {
            CommandStack stack = session.commandStack();
            if (stack != null && stack.canUndo()) {
                stack.undo();
            }
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            CommandStack stack = session.commandStack();
            if (stack != null && stack.canRedo()) {
                stack.redo();
            }
        }
    };

    public CommandStackActions(InvestigationSession session) {
        this.session = session;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        session.addListener(this);
        update();
    }

    /** Installs Undo and Redo as the global handlers of a view's (or page's) action bars. */
    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    public IAction undo() {
        return undo;
    }

    public IAction redo() {
        return redo;
    }

    @Override
    public void opened(InvestigationSession s) {
        update();
    }

    @Override
    public void changed(InvestigationSession s) {
        update();
    }

    private void update() {
        CommandStack stack = session.commandStack();
        Command undoCommand = stack == null ? null : stack.getUndoCommand();
        Command redoCommand = stack == null ? null : stack.getRedoCommand();
        undo.setEnabled(stack != null && stack.canUndo());
        redo.setEnabled(stack != null && stack.canRedo());
        undo.setText(label("&Undo", undoCommand) + "@Ctrl+Z");
        redo.setText(label("&Redo", redoCommand) + "@Ctrl+Shift+Z");
    }

    private static String label(String verb, Command command) {
        return command == null || command.getLabel() == null ? verb : verb + " " + command.getLabel();
    }

    public void dispose() {
        session.removeListener(this);
    }
}
