package dev.faultline.diagram.ui.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.PointList;

import dev.faultline.diagram.render.EdgeContent;
import dev.faultline.diagram.render.EdgePainter;

/**
 * An arrow of the diagram: its line and head painted by the exports' {@link EdgePainter}, its label
 * a child placed like in the exports ({@link EdgeLabelLocator}).
 */
public final class EdgeFigure extends PolylineConnection {

    private final DiagramResources resources;
    private final EdgeLabelFigure label;
    private EdgeContent content;

    public EdgeFigure(DiagramResources resources) {
        this.resources = resources;
        this.label = new EdgeLabelFigure(resources);
        setLineWidth(4);
        add(label, new EdgeLabelLocator(this));
    }

    public void show(EdgeContent newContent) {
        this.content = newContent;
        label.show(newContent);
        repaint();
    }

    public EdgeContent content() {
        return content;
    }

    public EdgeLabelFigure label() {
        return label;
    }

    @Override
    protected void outlineShape(Graphics graphics) {
        if (content == null) {
            return;
        }
        PointList points = getPoints();
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = points.getPoint(i).x;
            ys[i] = points.getPoint(i).y;
        }
        EdgePainter.paintLine(new Draw2dCanvas(graphics, resources), content, xs, ys);
    }
}
