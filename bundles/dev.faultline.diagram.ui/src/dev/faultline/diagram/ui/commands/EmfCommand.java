package dev.faultline.diagram.ui.commands;

import org.eclipse.gef.commands.Command;

/**
 * A GEF command that carries an EMF command of {@code DiagramCommands}: the edit policies return it,
 * and {@link SessionCommandStack} runs the EMF command on the investigation's one command stack.
 */
public final class EmfCommand extends Command {

    private final org.eclipse.emf.common.command.Command emf;

    public EmfCommand(org.eclipse.emf.common.command.Command emf) {
        super(emf.getLabel());
        this.emf = emf;
    }

    public org.eclipse.emf.common.command.Command emf() {
        return emf;
    }

    @Override
    public boolean canExecute() {
        return emf.canExecute();
    }

    @Override
    public void execute() {
        throw new UnsupportedOperationException("run through SessionCommandStack: " + getLabel());
    }
}
