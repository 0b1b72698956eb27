package dev.faultline.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.faultline.diagram.notation.Bendpoint;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.render.EdgeContent;
import dev.faultline.diagram.render.EdgePainter;
import dev.faultline.diagram.render.FigureContents;
import dev.faultline.diagram.render.NodeContent;
import dev.faultline.model.CausalLink;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * A diagram resolved against its investigation: each node with the fact it shows and that fact's
 * box content, each edge with its causal link (or reference) and route. Nodes whose fact is no longer
 * in the investigation are left out, and so are edges whose link is gone or whose ends are not both
 * shown (the diagram file keeps them: an undo in the explorer brings them back).
 */
public final class DiagramScene {

    /** A box to draw. */
    public record Node(DiagramNode notation, EObject fact, NodeContent content) {
        public double x() {
            return notation.getX();
        }

        public double y() {
            return notation.getY();
        }

        public double width() {
            return notation.getWidth();
        }

        public double height() {
            return notation.getHeight();
        }
    }

    /** An arrow to draw, with its route from the source box's border to the target box's border. */
    public record Edge(DiagramEdge notation, EObject element, EdgeContent content, double[] xs, double[] ys) {
    }

    private final Diagram diagram;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    private DiagramScene(Diagram diagram) {
        this.diagram = diagram;
    }

    /** Resolves {@code diagram} against the investigation in {@code folder}. */
    public static DiagramScene of(Diagram diagram, InvestigationFolder folder) {
        DiagramScene scene = new DiagramScene(diagram);
        FigureContents contents = new FigureContents(folder.investigation());
        Map<DiagramNode, EObject> shown = new HashMap<>();
        for (DiagramNode node : diagram.getNodes()) {
            EObject fact = element(folder, node.getElementId());
            if (fact != null) {
                shown.put(node, fact);
                scene.nodes.add(new Node(node, fact, contents.node(fact)));
            }
        }
        for (DiagramEdge edge : diagram.getEdges()) {
            EObject source = shown.get(edge.getSource());
            EObject target = shown.get(edge.getTarget());
            if (source == null || target == null) {
                continue;
            }
            EdgeContent content;
            EObject element;
            if (edge.getLinkId() != null && !edge.getLinkId().isEmpty()) {
                if (!(element(folder, edge.getLinkId()) instanceof CausalLink link)) {
                    continue;
                }
                element = link;
                content = contents.edge(link);
            } else if (holds(source, edge.getFeature(), target)) {
                element = null;
                content = FigureContents.reference(edge.getFeature());
            } else {
                continue;
            }
            double[][] route = route(edge);
            scene.edges.add(new Edge(edge, element, content, route[0], route[1]));
        }
        return scene;
    }

    /** The object of the investigation with xmi:id {@code id}, or {@code null}. */
    public static EObject element(InvestigationFolder folder, String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        EObject object = folder.resource().getEObject(id);
        return object != null && object.eResource() == folder.resource() ? object : null;
    }

    /** Whether {@code source}'s reference {@code feature} holds {@code target}. */
    static boolean holds(EObject source, String feature, EObject target) {
        EStructuralFeature reference = feature == null ? null : source.eClass().getEStructuralFeature(feature);
        if (!(reference instanceof EReference)) {
            return false;
        }
        Object value = source.eGet(reference);
        return value == target || value instanceof List<?> list && list.contains(target);
    }

    /**
     * The route of an edge: from the source box's border through the bendpoints to the target box's
     * border, each end aimed at the nearest other point of the route.
     *
     * @return {@code {xs, ys}}
     */
    public static double[][] route(DiagramEdge edge) {
        DiagramNode source = edge.getSource();
        DiagramNode target = edge.getTarget();
        List<Bendpoint> bends = edge.getBendpoints();
        int n = bends.size() + 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < bends.size(); i++) {
            xs[i + 1] = bends.get(i).getX();
            ys[i + 1] = bends.get(i).getY();
        }
        double towardsSourceX = bends.isEmpty() ? centerX(target) : xs[1];
        double towardsSourceY = bends.isEmpty() ? centerY(target) : ys[1];
        double towardsTargetX = bends.isEmpty() ? centerX(source) : xs[n - 2];
        double towardsTargetY = bends.isEmpty() ? centerY(source) : ys[n - 2];
        double[] start = EdgePainter.chop(source.getX(), source.getY(), source.getWidth(), source.getHeight(), towardsSourceX,
                towardsSourceY);
        double[] end = EdgePainter.chop(target.getX(), target.getY(), target.getWidth(), target.getHeight(), towardsTargetX,
                towardsTargetY);
        xs[0] = start[0];
        ys[0] = start[1];
        xs[n - 1] = end[0];
        ys[n - 1] = end[1];
        return new double[][] { xs, ys };
    }

    private static double centerX(DiagramNode node) {
        return node.getX() + node.getWidth() / 2.0;
    }

    private static double centerY(DiagramNode node) {
        return node.getY() + node.getHeight() / 2.0;
    }

    public Diagram diagram() {
        return diagram;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }
}
