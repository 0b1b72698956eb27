package dev.faultline.diagram.ui.editparts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.AbsoluteBendpoint;
import org.eclipse.draw2d.BendpointConnectionRouter;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;

import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.notation.Bendpoint;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.ui.figures.EdgeFigure;
import dev.faultline.diagram.ui.policies.EdgeComponentPolicy;

/** An arrow: a causal link (or a reference between two facts) with its bendpoints. */
public final class EdgeEditPart extends AbstractConnectionEditPart {

    private final EditorContext context;

    EdgeEditPart(EditorContext context) {
        this.context = context;
    }

    public DiagramEdge edge() {
        return (DiagramEdge) getModel();
    }

    /** The causal link the arrow shows, or {@code null} for a reference edge. */
    public EObject link() {
        DiagramScene.Edge edge = context.edge(edge());
        return edge == null ? null : edge.element();
    }

    @Override
    protected IFigure createFigure() {
        EdgeFigure figure = new EdgeFigure(context.resources());
        figure.setConnectionRouter(new BendpointConnectionRouter());
        return figure;
    }

    public EdgeFigure edgeFigure() {
        return (EdgeFigure) getFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new EdgeComponentPolicy(context));
    }

    @Override
    protected void refreshVisuals() {
        DiagramScene.Edge resolved = context.edge(edge());
        if (resolved != null) {
            edgeFigure().show(resolved.content());
        }
        List<AbsoluteBendpoint> bendpoints = new ArrayList<>();
        for (Bendpoint point : edge().getBendpoints()) {
            bendpoints.add(new AbsoluteBendpoint(point.getX(), point.getY()));
        }
        edgeFigure().setRoutingConstraint(bendpoints);
    }
}
