package dev.faultline.diagram.ui.policies;

import java.util.List;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import dev.faultline.diagram.commands.DiagramCommands;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.ui.commands.EmfCommand;
import dev.faultline.diagram.ui.editparts.EditorContext;

/** Delete on a box removes it from the diagram only ("Delete from Model" is its own action). */
public final class NodeComponentPolicy extends ComponentEditPolicy {

    private final EditorContext context;

    public NodeComponentPolicy(EditorContext context) {
        this.context = context;
    }

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        return new EmfCommand(DiagramCommands.removeFromDiagram(context.domain(), context.diagram(),
                List.of((DiagramNode) getHost().getModel()), List.of()));
    }
}
