package dev.faultline.diagram.ui.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;

import dev.faultline.diagram.render.NodeContent;
import dev.faultline.diagram.render.NodePainter;

/** A box of the diagram, painted by the exports' {@link NodePainter}. */
public final class NodeFigure extends Figure {

    private final DiagramResources resources;
    private NodeContent content;
    private boolean collapsed;

    public NodeFigure(DiagramResources resources) {
        this.resources = resources;
        setOpaque(false);
    }

    public void show(NodeContent newContent, boolean newCollapsed) {
        this.content = newContent;
        this.collapsed = newCollapsed;
        setToolTip(new org.eclipse.draw2d.Label(newContent.title()));
        repaint();
    }

    public NodeContent content() {
        return content;
    }

    /** Where the title is drawn: the place of the direct-edit text field. */
    public Rectangle titleArea() {
        Rectangle bounds = getBounds();
        return new Rectangle(bounds.x + 4, bounds.y + 24, bounds.width - 8, Math.min(bounds.height - 26, 44));
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        if (content == null) {
            return;
        }
        Rectangle b = getBounds();
        NodePainter.paint(new Draw2dCanvas(graphics, resources), content, b.x, b.y, b.width, b.height, collapsed);
    }
}
