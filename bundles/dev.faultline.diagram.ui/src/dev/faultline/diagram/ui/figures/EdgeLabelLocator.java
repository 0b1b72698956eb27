package dev.faultline.diagram.ui.figures;

import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Locator;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

import dev.faultline.diagram.render.EdgePainter;

/** Centres an arrow's label on the middle of its longest segment, as the exports do. */
final class EdgeLabelLocator implements Locator {

    private final Connection connection;

    EdgeLabelLocator(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void relocate(IFigure target) {
        PointList points = connection.getPoints();
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = points.getPoint(i).x;
            ys[i] = points.getPoint(i).y;
        }
        double[] center = EdgePainter.labelCenter(xs, ys);
        Dimension size = target.getPreferredSize();
        target.setBounds(new Rectangle((int) Math.round(center[0] - size.width / 2.0), (int) Math.round(center[1] - size.height / 2.0),
                size.width, size.height));
    }
}
