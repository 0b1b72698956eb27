package dev.faultline.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.notation.NotationFactory;
import dev.faultline.diagram.render.NodePainter;
import dev.faultline.model.CausalLink;
import dev.faultline.model.HostGroup;
import dev.faultline.model.Remediation;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * "New diagram from causal links": a diagram of the given (or all) causal links of an investigation,
 * one box per cause and effect, one arrow per link, optionally the remediations with arrows to the
 * host groups they were applied to, laid out with {@link DiagramLayout}. The result is not saved.
 */
public final class DiagramBuilder {

    private final InvestigationFolder folder;
    private final Diagram diagram;
    private final Map<EObject, DiagramNode> nodes = new LinkedHashMap<>();

    private DiagramBuilder(InvestigationFolder folder, Diagram diagram) {
        this.folder = folder;
        this.diagram = diagram;
        for (DiagramNode node : diagram.getNodes()) {
            EObject fact = DiagramScene.element(folder, node.getElementId());
            if (fact != null) {
                nodes.putIfAbsent(fact, node);
            }
        }
    }

    /**
     * A new diagram named {@code name} of {@code links} ({@code null}: every causal link of the
     * investigation), with the remediations when {@code withRemediations}, laid out.
     */
    public static Diagram fromCausalLinks(InvestigationFolder folder, String name, Collection<CausalLink> links,
            boolean withRemediations) throws DiagramException {
        Diagram diagram = DiagramFiles.create(folder, name);
        DiagramBuilder builder = new DiagramBuilder(folder, diagram);
        for (CausalLink link : links == null ? folder.investigation().getCausalLinks() : links) {
            builder.addLink(link);
        }
        if (withRemediations) {
            for (Remediation remediation : folder.investigation().getRemediations()) {
                builder.addRemediation(remediation);
            }
        }
        DiagramLayout.apply(DiagramLayout.compute(DiagramScene.of(diagram, folder)));
        return diagram;
    }

    /** Adds a box for {@code fact} unless the diagram has one; returns the box. */
    DiagramNode node(EObject fact) {
        return nodes.computeIfAbsent(fact, f -> {
            DiagramNode node = newNode(folder.idOf(f));
            diagram.getNodes().add(node);
            return node;
        });
    }

    void addLink(CausalLink link) {
        if (link.getCause() == null || link.getEffect() == null || folder.idOf(link) == null) {
            return;
        }
        String id = folder.idOf(link);
        for (DiagramEdge edge : diagram.getEdges()) {
            if (id.equals(edge.getLinkId())) {
                return;
            }
        }
        DiagramEdge edge = NotationFactory.eINSTANCE.createDiagramEdge();
        edge.setLinkId(id);
        edge.setSource(node(link.getCause()));
        edge.setTarget(node(link.getEffect()));
        diagram.getEdges().add(edge);
    }

    void addRemediation(Remediation remediation) {
        DiagramNode node = node(remediation);
        List<HostGroup> groups = new ArrayList<>(remediation.getGroups());
        for (HostGroup group : groups) {
            DiagramEdge edge = NotationFactory.eINSTANCE.createDiagramEdge();
            edge.setFeature("groups");
            edge.setSource(node);
            edge.setTarget(node(group));
            diagram.getEdges().add(edge);
        }
    }

    static DiagramNode newNode(String elementId) {
        DiagramNode node = NotationFactory.eINSTANCE.createDiagramNode();
        node.setElementId(elementId);
        node.setWidth(NodePainter.WIDTH);
        node.setHeight(NodePainter.MIN_HEIGHT);
        return node;
    }
}
