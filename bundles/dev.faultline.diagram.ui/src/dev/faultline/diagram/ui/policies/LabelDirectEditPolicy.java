package dev.faultline.diagram.ui.policies;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;

import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.commands.DiagramCommands;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.ui.commands.EmfCommand;
import dev.faultline.diagram.ui.editparts.EditorContext;

/** Renaming a fact by editing its box's title in place. */
public final class LabelDirectEditPolicy extends DirectEditPolicy {

    private final EditorContext context;

    public LabelDirectEditPolicy(EditorContext context) {
        this.context = context;
    }

    @Override
    protected Command getDirectEditCommand(DirectEditRequest request) {
        DiagramScene.Node node = context.node((DiagramNode) getHost().getModel());
        Object value = request.getCellEditor().getValue();
        if (node == null || !(value instanceof String text) || text.isBlank()) {
            return null;
        }
        EObject fact = node.fact();
        return new EmfCommand(DiagramCommands.setLabel(context.domain(), fact, text.strip()));
    }

    @Override
    protected void showCurrentEditValue(DirectEditRequest request) {
        // the box shows the new name once the command ran
    }
}
