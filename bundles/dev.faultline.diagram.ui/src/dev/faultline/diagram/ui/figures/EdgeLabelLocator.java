package dev.faultline.diagram.ui.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Locator;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

import dev.faultline.diagram.render.LabelPlacer;

/**
 * Places an arrow's label with the exports' {@link LabelPlacer}: off the boxes and off the labels of
 * the arrows before it in the connection layer (the exports place all labels at once; here each label
 * is placed when its arrow is laid out, so a label can stay where it was when an earlier one moves).
 */
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
        Dimension size = target.getPreferredSize();
        double[] corner = LabelPlacer.place(taken(), List.<double[][]>of(new double[][] { xs, ys }),
                List.of(new double[] { size.width, size.height })).get(0);
        target.setBounds(new Rectangle((int) Math.round(corner[0]), (int) Math.round(corner[1]), size.width, size.height));
    }

    /** The boxes, and the labels of the arrows before this one. */
    private List<double[]> taken() {
        List<double[]> taken = new ArrayList<>();
        IFigure owner = connection.getSourceAnchor() == null ? null : connection.getSourceAnchor().getOwner();
        if (owner != null && owner.getParent() != null) {
            for (Object child : owner.getParent().getChildren()) {
                if (child instanceof NodeFigure node) {
                    taken.add(rect(node.getBounds()));
                }
            }
        }
        IFigure layer = connection.getParent();
        if (layer != null) {
            for (Object child : layer.getChildren()) {
                if (child == connection) {
                    break;
                }
                if (child instanceof EdgeFigure edge) {
                    taken.add(rect(edge.label().getBounds()));
                }
            }
        }
        return taken;
    }

    private static double[] rect(Rectangle bounds) {
        return new double[] { bounds.x, bounds.y, bounds.width, bounds.height };
    }
}
