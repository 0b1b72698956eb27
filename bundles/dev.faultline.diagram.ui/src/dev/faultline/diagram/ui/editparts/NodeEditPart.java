package dev.faultline.diagram.ui.editparts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.ui.figures.NodeFigure;
import dev.faultline.diagram.ui.policies.LabelDirectEditPolicy;
import dev.faultline.diagram.ui.policies.LinkCreationPolicy;
import dev.faultline.diagram.ui.policies.NodeComponentPolicy;

/** A box: the fact it shows, where it is, its arrows; double-click opens its first citation, F2 renames it. */
public final class NodeEditPart extends AbstractGraphicalEditPart implements org.eclipse.gef.NodeEditPart {

    /** Opens a fact's citation in Search (set by the editor). */
    public interface CitationOpener {
        void open(EObject fact);
    }

    private final EditorContext context;
    private ConnectionAnchor anchor;

    NodeEditPart(EditorContext context) {
        this.context = context;
    }

    public DiagramNode node() {
        return (DiagramNode) getModel();
    }

    /** The fact the box shows, or {@code null} when it is no longer in the investigation. */
    public EObject fact() {
        DiagramScene.Node node = context.node(node());
        return node == null ? null : node.fact();
    }

    @Override
    protected IFigure createFigure() {
        return new NodeFigure(context.resources());
    }

    public NodeFigure nodeFigure() {
        return (NodeFigure) getFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new NodeComponentPolicy(context));
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new LinkCreationPolicy(context));
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new LabelDirectEditPolicy(context));
    }

    @Override
    protected void refreshVisuals() {
        DiagramNode node = node();
        DiagramScene.Node resolved = context.node(node);
        if (resolved != null) {
            nodeFigure().show(resolved.content(), node.isCollapsed());
        }
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(),
                new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    protected List getModelSourceConnections() {
        List edges = new ArrayList();
        for (DiagramScene.Edge edge : context.scene().edges()) {
            if (edge.notation().getSource() == getModel()) {
                edges.add(edge.notation());
            }
        }
        return edges;
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    protected List getModelTargetConnections() {
        List edges = new ArrayList();
        for (DiagramScene.Edge edge : context.scene().edges()) {
            if (edge.notation().getTarget() == getModel()) {
                edges.add(edge.notation());
            }
        }
        return edges;
    }

    private ConnectionAnchor anchor() {
        if (anchor == null) {
            anchor = new ChopboxAnchor(getFigure());
        }
        return anchor;
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return anchor();
    }

    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())) {
            new LabelEditManager(this, context).show();
        } else if (RequestConstants.REQ_OPEN.equals(request.getType())) {
            Object opener = getViewer().getProperty(CitationOpener.class.getName());
            if (opener instanceof CitationOpener citations && fact() != null) {
                citations.open(fact());
            }
        }
    }
}
