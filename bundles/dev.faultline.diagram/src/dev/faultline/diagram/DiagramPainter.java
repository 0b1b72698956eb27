package dev.faultline.diagram;

import dev.faultline.diagram.render.Canvas;
import dev.faultline.diagram.render.EdgePainter;
import dev.faultline.diagram.render.NodePainter;

/**
 * Paints a whole {@link DiagramScene} on a {@link Canvas}: the arrows' lines first, then the boxes,
 * then the arrows' labels (so labels stay readable where a line passes a box). Used by every export.
 */
public final class DiagramPainter {

    /** Blank border around the drawing in exports. */
    public static final double MARGIN = 24;

    private DiagramPainter() {
    }

    /**
     * The area the scene covers, labels included: {@code {minX, minY, maxX, maxY}} (all 0 for an empty
     * scene).
     */
    public static double[] extent(DiagramScene scene, Canvas canvas) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (DiagramScene.Node node : scene.nodes()) {
            minX = Math.min(minX, node.x());
            minY = Math.min(minY, node.y());
            maxX = Math.max(maxX, node.x() + node.width());
            maxY = Math.max(maxY, node.y() + node.height());
        }
        for (DiagramScene.Edge edge : scene.edges()) {
            for (int i = 0; i < edge.xs().length; i++) {
                minX = Math.min(minX, edge.xs()[i]);
                minY = Math.min(minY, edge.ys()[i]);
                maxX = Math.max(maxX, edge.xs()[i]);
                maxY = Math.max(maxY, edge.ys()[i]);
            }
            double[] center = EdgePainter.labelCenter(edge.xs(), edge.ys());
            double[] size = EdgePainter.labelSize(canvas, edge.content());
            minX = Math.min(minX, center[0] - size[0] / 2);
            minY = Math.min(minY, center[1] - size[1] / 2);
            maxX = Math.max(maxX, center[0] + size[0] / 2);
            maxY = Math.max(maxY, center[1] + size[1] / 2);
        }
        if (minX == Double.MAX_VALUE) {
            return new double[4];
        }
        return new double[] { minX, minY, maxX, maxY };
    }

    /** Paints the scene in diagram coordinates (the caller translates). */
    public static void paint(DiagramScene scene, Canvas canvas) {
        for (DiagramScene.Edge edge : scene.edges()) {
            EdgePainter.paintLine(canvas, edge.content(), edge.xs(), edge.ys());
        }
        for (DiagramScene.Node node : scene.nodes()) {
            NodePainter.paint(canvas, node.content(), node.x(), node.y(), node.width(), node.height(),
                    node.notation().isCollapsed());
        }
        for (DiagramScene.Edge edge : scene.edges()) {
            double[] center = EdgePainter.labelCenter(edge.xs(), edge.ys());
            EdgePainter.paintLabel(canvas, edge.content(), center[0], center[1]);
        }
    }
}
