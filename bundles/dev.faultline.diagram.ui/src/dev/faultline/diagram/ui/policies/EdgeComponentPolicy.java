package dev.faultline.diagram.ui.policies;

import java.util.List;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import dev.faultline.diagram.commands.DiagramCommands;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.ui.commands.EmfCommand;
import dev.faultline.diagram.ui.editparts.EditorContext;

/** Delete on an arrow removes it from the diagram only (the causal link stays in the investigation). */
public final class EdgeComponentPolicy extends ConnectionEditPolicy {

    private final EditorContext context;

    public EdgeComponentPolicy(EditorContext context) {
        this.context = context;
    }

    @Override
    protected Command getDeleteCommand(GroupRequest request) {
        return new EmfCommand(DiagramCommands.removeFromDiagram(context.domain(), context.diagram(), List.of(),
                List.of((DiagramEdge) getHost().getModel())));
    }
}
