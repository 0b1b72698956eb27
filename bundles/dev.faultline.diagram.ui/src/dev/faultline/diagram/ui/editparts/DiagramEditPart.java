package dev.faultline.diagram.ui.editparts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;

import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.ui.policies.DiagramLayoutPolicy;
import dev.faultline.ui.session.InvestigationSession;

/**
 * The diagram's canvas. Listens to the session: after every edit, undo or redo (from this editor, the
 * explorer or the Properties view) the diagram is resolved against the investigation again and every
 * box and arrow refreshed.
 */
public final class DiagramEditPart extends AbstractGraphicalEditPart implements InvestigationSession.Listener {

    private final EditorContext context;

    DiagramEditPart(EditorContext context) {
        this.context = context;
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(24));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new DiagramLayoutPolicy(context));
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    protected List getModelChildren() {
        List children = new ArrayList();
        for (DiagramScene.Node node : context.scene().nodes()) {
            children.add(node.notation());
        }
        return children;
    }

    public Diagram diagram() {
        return (Diagram) getModel();
    }

    @Override
    public void activate() {
        super.activate();
        context.session().addListener(this);
    }

    @Override
    public void deactivate() {
        context.session().removeListener(this);
        super.deactivate();
    }

    @Override
    public void opened(InvestigationSession session) {
        // the editor closes itself when another investigation is opened
    }

    @Override
    public void changed(InvestigationSession session) {
        if (!isActive() || !session.isOpen()) {
            return;
        }
        context.resolve();
        refreshChildren();
        for (Object child : getChildren()) {
            ((EditPart) child).refresh();
        }
    }
}
