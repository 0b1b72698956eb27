package dev.faultline.diagram.ui.policies;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import dev.faultline.diagram.commands.DiagramCommands;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.render.NodePainter;
import dev.faultline.diagram.ui.commands.EmfCommand;
import dev.faultline.diagram.ui.editparts.EditorContext;

/** Moving and resizing boxes, and creating new facts from the palette, as commands on the session's stack. */
public final class DiagramLayoutPolicy extends XYLayoutEditPolicy {

    /** Height of a box made from the palette (the layout sizes it to its content). */
    static final int NEW_HEIGHT = 70;
    private final EditorContext context;

    public DiagramLayoutPolicy(EditorContext context) {
        this.context = context;
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        if (!(child.getModel() instanceof DiagramNode node) || !(constraint instanceof Rectangle bounds)) {
            return null;
        }
        int width = Math.max(NodePainter.MIN_WIDTH, bounds.width);
        int height = Math.max(NodePainter.MIN_HEIGHT, bounds.height);
        return new EmfCommand(DiagramCommands.setBounds(context.domain(), node, bounds.x, bounds.y, width, height));
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        if (!(request.getNewObjectType() instanceof EClass type)) {
            return null;
        }
        Rectangle bounds = (Rectangle) getConstraintFor(request);
        int width = bounds.width > 0 ? Math.max(NodePainter.MIN_WIDTH, bounds.width) : NodePainter.WIDTH;
        int height = bounds.height > 0 ? Math.max(NodePainter.MIN_HEIGHT, bounds.height) : NEW_HEIGHT;
        String label = "New " + type.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return new EmfCommand(DiagramCommands.createFact(context.domain(), context.folder(), context.diagram(), type, label, bounds.x,
                bounds.y, width, height));
    }
}
