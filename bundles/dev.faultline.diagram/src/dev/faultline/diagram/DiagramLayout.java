package dev.faultline.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.components.ComponentOrderingStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import dev.faultline.diagram.notation.Bendpoint;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.notation.NotationFactory;
import dev.faultline.diagram.render.AwtCanvas;
import dev.faultline.diagram.render.Canvas;
import dev.faultline.diagram.render.EdgePainter;
import dev.faultline.diagram.render.NodePainter;

/**
 * Automatic layout with ELK's layered algorithm: causes left of their effects (left to right in
 * causal order), boxes sized to their content, arrows as polylines, with room between the layers for
 * the arrows' labels. Diagrams of more than {@value #LARGE} boxes and arrows get Brandes-Köpf node placement,
 * thoroughness 1 and no greedy crossing switch (network simplex placement is prettier but takes seconds
 * there). {@link #compute} only computes; {@link #apply} writes the result into the
 * notation model directly, {@code DiagramCommands.layout} as one undoable command.
 */
public final class DiagramLayout {

    /** New bounds ({@code x, y, width, height}) per node and bendpoints per edge. */
    public record Result(Map<DiagramNode, int[]> bounds, Map<DiagramEdge, List<int[]>> bendpoints) {
    }

    /** Above this many boxes plus arrows, faster settings (see {@link #compute}). */
    static final int LARGE = 300;
    static final double NODE_SPACING = 28;
    static final double LABEL_MARGIN = 36;
    static final double PADDING = 20;

    static {
        // Outside ELK's Eclipse plug-in registry: register the option types (ElkReflect) and layered's options once.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private DiagramLayout() {
    }

    /** Lays out the shown nodes and edges of {@code scene}. */
    public static Result compute(DiagramScene scene) {
        Canvas canvas = AwtCanvas.measuring();
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        if (scene.nodes().size() + scene.edges().size() <= LARGE) {
            graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        } else {
            // Network simplex placement and the greedy crossing switch cost seconds on hundreds of boxes.
            graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
            graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
            graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
        }
        graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH_SOURCE);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_COMPONENTS, ComponentOrderingStrategy.MODEL_ORDER);
        double labelWidth = 0;
        for (DiagramScene.Edge edge : scene.edges()) {
            labelWidth = Math.max(labelWidth, EdgePainter.labelSize(canvas, edge.content())[0]);
        }
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, labelWidth + 2 * LABEL_MARGIN);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, LABEL_MARGIN);

        Map<DiagramNode, ElkNode> nodes = new LinkedHashMap<>();
        for (DiagramScene.Node node : scene.nodes()) {
            DiagramNode notation = node.notation();
            int width = NodePainter.preferredWidth(canvas, node.content());
            int height = NodePainter.preferredHeight(canvas, node.content(), width, notation.isCollapsed());
            ElkNode elk = ElkGraphUtil.createNode(graph);
            elk.setDimensions(width, height);
            nodes.put(notation, elk);
        }
        Map<DiagramEdge, ElkEdge> edges = new IdentityHashMap<>();
        for (DiagramScene.Edge edge : scene.edges()) {
            ElkNode source = nodes.get(edge.notation().getSource());
            ElkNode target = nodes.get(edge.notation().getTarget());
            if (source != null && target != null && source != target) {
                edges.put(edge.notation(), ElkGraphUtil.createSimpleEdge(source, target));
            }
        }
        new LayeredLayoutProvider().layout(graph, new BasicProgressMonitor());

        Map<DiagramNode, int[]> bounds = new LinkedHashMap<>();
        nodes.forEach((notation, elk) -> bounds.put(notation, new int[] { (int) Math.round(elk.getX()),
                (int) Math.round(elk.getY()), (int) Math.round(elk.getWidth()), (int) Math.round(elk.getHeight()) }));
        Map<DiagramEdge, List<int[]>> bendpoints = new LinkedHashMap<>();
        for (DiagramScene.Edge edge : scene.edges()) {
            ElkEdge elk = edges.get(edge.notation());
            List<int[]> points = new ArrayList<>();
            if (elk != null) {
                for (ElkEdgeSection section : elk.getSections()) {
                    for (ElkBendPoint bend : section.getBendPoints()) {
                        points.add(new int[] { (int) Math.round(bend.getX()), (int) Math.round(bend.getY()) });
                    }
                }
            }
            bendpoints.put(edge.notation(), points);
        }
        return new Result(bounds, bendpoints);
    }

    /** Writes a layout result into the notation model (no command; for diagrams not yet being edited). */
    public static void apply(Result result) {
        result.bounds().forEach((node, b) -> {
            node.setX(b[0]);
            node.setY(b[1]);
            node.setWidth(b[2]);
            node.setHeight(b[3]);
        });
        result.bendpoints().forEach((edge, points) -> {
            edge.getBendpoints().clear();
            for (int[] point : points) {
                edge.getBendpoints().add(bendpoint(point[0], point[1]));
            }
        });
    }

    static Bendpoint bendpoint(int x, int y) {
        Bendpoint bendpoint = NotationFactory.eINSTANCE.createBendpoint();
        bendpoint.setX(x);
        bendpoint.setY(y);
        return bendpoint;
    }
}
