package dev.faultline.diagram.ui.commands;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

import dev.faultline.ui.session.InvestigationSession;

/**
 * The GEF editor's command stack, backed by the investigation's one EMF command stack: executing,
 * undoing and redoing happen there, so the diagram, the explorer and the Properties view share one
 * undo history. GEF commands are {@link EmfCommand}s (anything else GEF makes, such as a compound of
 * them, is unwrapped into one EMF compound command).
 */
public final class SessionCommandStack extends CommandStack {

    private final InvestigationSession session;
    private final org.eclipse.emf.common.command.CommandStack stack;
    /** GEF 3.2's GraphicalEditor listens with the old listener interface, which only notifyListeners() reaches. */
    @SuppressWarnings("deprecation")
    private final CommandStackListener relay = event -> notifyListeners();

    /** Over the command stack of the investigation open in {@code session} now. */
    public SessionCommandStack(InvestigationSession session) {
        this.session = session;
        this.stack = session.commandStack();
        stack.addCommandStackListener(relay);
    }

    private org.eclipse.emf.common.command.CommandStack emf() {
        return stack;
    }

    /** The EMF command a GEF command stands for, or {@code null} if it carries none. */
    public static org.eclipse.emf.common.command.Command unwrap(Command command) {
        if (command instanceof EmfCommand emf) {
            return emf.emf();
        }
        if (command instanceof org.eclipse.gef.commands.CompoundCommand compound) {
            CompoundCommand result = new CompoundCommand(compound.getLabel());
            for (Object child : compound.getCommands()) {
                org.eclipse.emf.common.command.Command unwrapped = unwrap((Command) child);
                if (unwrapped == null) {
                    return null;
                }
                result.append(unwrapped);
            }
            return result.unwrap();
        }
        return null;
    }

    @Override
    public void execute(Command command) {
        if (command == null || !command.canExecute()) {
            return;
        }
        org.eclipse.emf.common.command.Command emf = unwrap(command);
        if (emf == null) {
            throw new IllegalArgumentException("not an EMF-backed command: " + command.getLabel());
        }
        emf().execute(emf);
    }

    @Override
    public boolean canUndo() {
        return emf().canUndo();
    }

    @Override
    public boolean canRedo() {
        return emf().canRedo();
    }

    @Override
    public void undo() {
        emf().undo();
    }

    @Override
    public void redo() {
        emf().redo();
    }

    @Override
    public Command getUndoCommand() {
        org.eclipse.emf.common.command.Command command = emf().getUndoCommand();
        return command == null ? null : new EmfCommand(command);
    }

    @Override
    public Command getRedoCommand() {
        org.eclipse.emf.common.command.Command command = emf().getRedoCommand();
        return command == null ? null : new EmfCommand(command);
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public void markSaveLocation() {
        // the session marks the EMF stack saved when it saves the investigation
    }

    @Override
    public void flush() {
        // the EMF stack belongs to the session, not to one editor
    }

    @Override
    public void dispose() {
        stack.removeCommandStackListener(relay);
        super.dispose();
    }
}
