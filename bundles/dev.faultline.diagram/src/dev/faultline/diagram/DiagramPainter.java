package dev.faultline.diagram;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.diagram.render.Canvas;
import dev.faultline.diagram.render.EdgePainter;
import dev.faultline.diagram.render.LabelPlacer;
import dev.faultline.diagram.render.NodePainter;

/**
 * Paints a whole {@link DiagramScene} on a {@link Canvas}: the arrows' lines first, then the boxes,
 * then the arrows' labels (so labels stay readable where a line passes a box), placed by
 * {@link LabelPlacer} so that they cover no box and no other label where the routes allow it. Used
 * by every export.
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
        List<double[]> labels = labelBounds(scene, canvas);
        for (DiagramScene.Edge edge : scene.edges()) {
            for (int i = 0; i < edge.xs().length; i++) {
                minX = Math.min(minX, edge.xs()[i]);
                minY = Math.min(minY, edge.ys()[i]);
                maxX = Math.max(maxX, edge.xs()[i]);
                maxY = Math.max(maxY, edge.ys()[i]);
            }
        }
        for (double[] label : labels) {
            minX = Math.min(minX, label[0]);
            minY = Math.min(minY, label[1]);
            maxX = Math.max(maxX, label[0] + label[2]);
            maxY = Math.max(maxY, label[1] + label[3]);
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
        List<double[]> labels = labelBounds(scene, canvas);
        for (int i = 0; i < labels.size(); i++) {
            EdgePainter.paintLabelAt(canvas, scene.edges().get(i).content(), labels.get(i)[0], labels.get(i)[1]);
        }
    }

    /**
     * Where the arrows' labels go: per edge of the scene (same order) {@code {left, top, width, height}},
     * placed by {@link LabelPlacer} around the boxes and each other.
     */
    public static List<double[]> labelBounds(DiagramScene scene, Canvas canvas) {
        List<double[]> boxes = new ArrayList<>();
        for (DiagramScene.Node node : scene.nodes()) {
            boxes.add(new double[] { node.x(), node.y(), node.width(), node.height() });
        }
        List<double[][]> routes = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>();
        for (DiagramScene.Edge edge : scene.edges()) {
            routes.add(new double[][] { edge.xs(), edge.ys() });
            sizes.add(EdgePainter.labelSize(canvas, edge.content()));
        }
        List<double[]> corners = LabelPlacer.place(boxes, routes, sizes);
        List<double[]> bounds = new ArrayList<>();
        for (int i = 0; i < corners.size(); i++) {
            bounds.add(new double[] { corners.get(i)[0], corners.get(i)[1], sizes.get(i)[0], sizes.get(i)[1] });
        }
        return bounds;
    }
}
