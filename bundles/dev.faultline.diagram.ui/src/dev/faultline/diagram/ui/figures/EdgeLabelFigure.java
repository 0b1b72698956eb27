package dev.faultline.diagram.ui.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;

import dev.faultline.diagram.render.EdgeContent;
import dev.faultline.diagram.render.EdgePainter;

/** The label plate of an arrow: relation, confidence, citations, "reconstructed". */
public final class EdgeLabelFigure extends Figure {

    private final DiagramResources resources;
    private EdgeContent content;

    EdgeLabelFigure(DiagramResources resources) {
        this.resources = resources;
    }

    void show(EdgeContent newContent) {
        this.content = newContent;
        revalidate();
        repaint();
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        if (content == null) {
            return new Dimension(0, 0);
        }
        double[] size = EdgePainter.labelSize(new MeasuringCanvas(resources), content);
        return new Dimension((int) size[0], (int) size[1]);
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        if (content != null) {
            EdgePainter.paintLabelAt(new Draw2dCanvas(graphics, resources), content, getBounds().x, getBounds().y);
        }
    }
}
