package dev.faultline.diagram.ui.editparts;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.ui.figures.DiagramResources;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.ui.session.InvestigationSession;

/**
 * What the edit parts, policies and actions of one diagram editor share: the session (its editing
 * domain and command stack), the diagram, the editor's colours and fonts, and the diagram resolved
 * against the investigation ({@link #scene()}, recomputed after every change).
 */
public final class EditorContext {

    private final InvestigationSession session;
    private final Diagram diagram;
    private final DiagramResources resources;
    private DiagramScene scene;
    private final Map<DiagramNode, DiagramScene.Node> nodes = new HashMap<>();
    private final Map<DiagramEdge, DiagramScene.Edge> edges = new HashMap<>();

    public EditorContext(InvestigationSession session, Diagram diagram, DiagramResources resources) {
        this.session = session;
        this.diagram = diagram;
        this.resources = resources;
        resolve();
    }

    /** Resolves the diagram against the investigation again (after any change to either). */
    public void resolve() {
        scene = DiagramScene.of(diagram, session.folder());
        nodes.clear();
        edges.clear();
        scene.nodes().forEach(node -> nodes.put(node.notation(), node));
        scene.edges().forEach(edge -> edges.put(edge.notation(), edge));
    }

    public InvestigationSession session() {
        return session;
    }

    public InvestigationFolder folder() {
        return session.folder();
    }

    public EditingDomain domain() {
        return session.domain();
    }

    public Diagram diagram() {
        return diagram;
    }

    public DiagramResources resources() {
        return resources;
    }

    public DiagramScene scene() {
        return scene;
    }

    /** The resolved node (fact and content) of a box, or {@code null} when its fact is gone. */
    public DiagramScene.Node node(DiagramNode notation) {
        return nodes.get(notation);
    }

    /** The resolved edge (link and content) of an arrow, or {@code null} when it is not shown. */
    public DiagramScene.Edge edge(DiagramEdge notation) {
        return edges.get(notation);
    }
}
