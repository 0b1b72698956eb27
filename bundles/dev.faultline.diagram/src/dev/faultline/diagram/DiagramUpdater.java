package dev.faultline.diagram;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.notation.NotationFactory;
import dev.faultline.diagram.notation.NotationPackage;
import dev.faultline.diagram.render.AwtCanvas;
import dev.faultline.diagram.render.FigureContents;
import dev.faultline.diagram.render.NodePainter;
import dev.faultline.model.CausalLink;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Brings causal links that entered the investigation (an accepted analysis proposal, an import) into
 * an existing diagram: one arrow per link not shown yet, and a box for each end not shown yet, placed
 * right of its cause (or left of its effect, or below the drawing). Returned as one command for the
 * investigation's command stack; headless callers {@code execute()} it and save the diagram with
 * {@link DiagramFiles#save}. Run {@code DiagramCommands.layout} afterwards for a tidy picture.
 */
public final class DiagramUpdater {

    static final int GAP_X = 160;
    static final int GAP_Y = 30;

    private DiagramUpdater() {
    }

    /**
     * The command that adds {@code links} to {@code diagram}; unexecutable when every link is shown
     * already (or has no cause or effect).
     */
    public static Command addLinks(EditingDomain domain, InvestigationFolder folder, Diagram diagram, Collection<CausalLink> links) {
        NotationPackage n = NotationPackage.eINSTANCE;
        FigureContents contents = new FigureContents(folder.investigation());
        AwtCanvas canvas = AwtCanvas.measuring();
        Map<EObject, DiagramNode> shown = new HashMap<>();
        Set<String> shownLinks = new HashSet<>();
        int bottom = 0;
        for (DiagramNode node : diagram.getNodes()) {
            EObject fact = DiagramScene.element(folder, node.getElementId());
            if (fact != null) {
                shown.putIfAbsent(fact, node);
            }
            bottom = Math.max(bottom, node.getY() + node.getHeight());
        }
        for (DiagramEdge edge : diagram.getEdges()) {
            shownLinks.add(edge.getLinkId());
        }
        CompoundCommand command = new CompoundCommand("Add Causal Links to Diagram");
        Map<DiagramNode, Integer> placedNext = new HashMap<>();
        for (CausalLink link : links) {
            String id = folder.idOf(link);
            if (id == null || link.getCause() == null || link.getEffect() == null || !shownLinks.add(id)) {
                continue;
            }
            DiagramNode cause = shown.get(link.getCause());
            DiagramNode effect = shown.get(link.getEffect());
            if (cause == null && effect == null) {
                cause = place(folder, contents, canvas, link.getCause(), 0, bottom + GAP_Y);
                effect = place(folder, contents, canvas, link.getEffect(), NodePainter.WIDTH + GAP_X, bottom + GAP_Y);
                bottom = Math.max(cause.getY() + cause.getHeight(), effect.getY() + effect.getHeight());
                command.append(AddCommand.create(domain, diagram, n.getDiagram_Nodes(), List.of(cause, effect)));
            } else if (effect == null) {
                int below = placedNext.merge(cause, 1, Integer::sum) - 1;
                effect = place(folder, contents, canvas, link.getEffect(), cause.getX() + cause.getWidth() + GAP_X,
                        cause.getY() + below * (NodePainter.MIN_HEIGHT + GAP_Y + 40));
                command.append(AddCommand.create(domain, diagram, n.getDiagram_Nodes(), effect));
            } else if (cause == null) {
                int above = placedNext.merge(effect, 1, Integer::sum) - 1;
                cause = place(folder, contents, canvas, link.getCause(), effect.getX() - NodePainter.WIDTH - GAP_X,
                        effect.getY() + above * (NodePainter.MIN_HEIGHT + GAP_Y + 40));
                command.append(AddCommand.create(domain, diagram, n.getDiagram_Nodes(), cause));
            }
            shown.put(link.getCause(), cause);
            shown.put(link.getEffect(), effect);
            DiagramEdge edge = NotationFactory.eINSTANCE.createDiagramEdge();
            edge.setLinkId(id);
            edge.setSource(cause);
            edge.setTarget(effect);
            command.append(AddCommand.create(domain, diagram, n.getDiagram_Edges(), edge));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    private static DiagramNode place(InvestigationFolder folder, FigureContents contents, AwtCanvas canvas, EObject fact, int x,
            int y) {
        DiagramNode node = DiagramBuilder.newNode(folder.idOf(fact));
        node.setX(x);
        node.setY(y);
        node.setHeight(NodePainter.preferredHeight(canvas, contents.node(fact), node.getWidth(), false));
        return node;
    }
}
