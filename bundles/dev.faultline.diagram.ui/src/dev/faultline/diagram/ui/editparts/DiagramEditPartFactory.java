package dev.faultline.diagram.ui.editparts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;

/** Edit parts for the notation model: the diagram, its boxes and its arrows. */
public final class DiagramEditPartFactory implements EditPartFactory {

    private final EditorContext context;

    public DiagramEditPartFactory(EditorContext context) {
        this.context = context;
    }

    @Override
    public EditPart createEditPart(EditPart parent, Object model) {
        EditPart part;
        if (model instanceof Diagram) {
            part = new DiagramEditPart(context);
        } else if (model instanceof DiagramNode) {
            part = new NodeEditPart(context);
        } else if (model instanceof DiagramEdge) {
            part = new EdgeEditPart(context);
        } else {
            throw new IllegalArgumentException("no edit part for " + model);
        }
        part.setModel(model);
        return part;
    }
}
