package dev.faultline.diagram.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.diagram.DiagramLayout;
import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.notation.Bendpoint;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.notation.NotationFactory;
import dev.faultline.diagram.notation.NotationPackage;
import dev.faultline.diagram.render.FigureContents;
import dev.faultline.model.CausalLink;
import dev.faultline.model.RelationKind;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Every change a diagram editor makes, as EMF commands for the investigation's one command stack (so
 * undo and redo are shared with the explorer and the Properties view). Notation changes (move,
 * resize, align, layout, remove from diagram) and model changes (new facts and links, labels, delete
 * from model) alike; each command has a label for Edit > Undo. Headless: tested without UI.
 */
public final class DiagramCommands {

    private static final NotationPackage N = NotationPackage.eINSTANCE;

    private DiagramCommands() {
    }

    /** Moves and/or resizes a box; arrows attached to it lose their bendpoints (they become straight). */
    public static Command setBounds(EditingDomain domain, DiagramNode node, int x, int y, int width, int height) {
        CompoundCommand command = new CompoundCommand(node.getWidth() == width && node.getHeight() == height ? "Move" : "Resize");
        appendBounds(command, domain, node, x, y, width, height);
        return command.unwrap();
    }

    private static void appendBounds(CompoundCommand command, EditingDomain domain, DiagramNode node, int x, int y, int width,
            int height) {
        command.append(SetCommand.create(domain, node, N.getDiagramNode_X(), x));
        command.append(SetCommand.create(domain, node, N.getDiagramNode_Y(), y));
        command.append(SetCommand.create(domain, node, N.getDiagramNode_Width(), width));
        command.append(SetCommand.create(domain, node, N.getDiagramNode_Height(), height));
        if (node.eContainer() instanceof Diagram diagram) {
            for (DiagramEdge edge : diagram.getEdges()) {
                if ((edge.getSource() == node || edge.getTarget() == node) && !edge.getBendpoints().isEmpty()) {
                    command.append(RemoveCommand.create(domain, edge, N.getDiagramEdge_Bendpoints(), new ArrayList<>(edge.getBendpoints())));
                }
            }
        }
    }

    /** Replaces the bendpoints of an arrow ({@code {x, y}} each). */
    public static Command setBendpoints(EditingDomain domain, DiagramEdge edge, List<int[]> points) {
        CompoundCommand command = new CompoundCommand("Route Arrow");
        if (!edge.getBendpoints().isEmpty()) {
            command.append(RemoveCommand.create(domain, edge, N.getDiagramEdge_Bendpoints(), new ArrayList<>(edge.getBendpoints())));
        }
        List<Bendpoint> bendpoints = new ArrayList<>();
        for (int[] point : points) {
            Bendpoint bendpoint = NotationFactory.eINSTANCE.createBendpoint();
            bendpoint.setX(point[0]);
            bendpoint.setY(point[1]);
            bendpoints.add(bendpoint);
        }
        if (!bendpoints.isEmpty()) {
            command.append(AddCommand.create(domain, edge, N.getDiagramEdge_Bendpoints(), bendpoints));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command.unwrap();
    }

    /** Collapses a box to its title, or expands it. */
    public static Command setCollapsed(EditingDomain domain, DiagramNode node, boolean collapsed) {
        Command set = SetCommand.create(domain, node, N.getDiagramNode_Collapsed(), collapsed);
        return labelled(collapsed ? "Collapse" : "Expand", set);
    }

    /** Shows an existing fact of the investigation as a new box at {@code x, y}. */
    public static Command showFact(EditingDomain domain, InvestigationFolder folder, Diagram diagram, EObject fact, int x, int y,
            int width, int height) {
        String id = folder.idOf(fact);
        if (id == null) {
            return UnexecutableCommand.INSTANCE;
        }
        DiagramNode node = node(id, x, y, width, height);
        return labelled("Show in Diagram", AddCommand.create(domain, diagram, N.getDiagram_Nodes(), node));
    }

    /**
     * Creates a new fact of {@code type} (update, driver, crash cluster, outage, host group, timeline
     * event, remediation, ...) in the investigation, named {@code label}, and shows it as a box.
     */
    public static Command createFact(EditingDomain domain, InvestigationFolder folder, Diagram diagram, EClass type, String label,
            int x, int y, int width, int height) {
        return new CreateFactCommand(domain, folder, diagram, type, label, node(null, x, y, width, height));
    }

    /**
     * Creates a new causal link ({@code relation}, confidence unassessed) from the fact of {@code source}
     * to the fact of {@code target} in the investigation, and shows it as an arrow.
     */
    public static Command createLink(EditingDomain domain, InvestigationFolder folder, Diagram diagram, DiagramNode source,
            DiagramNode target, RelationKind relation) {
        return new CreateLinkCommand(domain, folder, diagram, source, target, relation);
    }

    /** Changes the fact's label attribute (e.g. a driver's file name) to {@code text}. */
    public static Command setLabel(EditingDomain domain, EObject fact, String text) {
        EAttribute attribute = FigureContents.labelAttribute(fact);
        if (attribute == null) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled("Rename", SetCommand.create(domain, fact, attribute, text));
    }

    /**
     * Removes boxes and arrows from the diagram only (the facts and links stay in the investigation);
     * arrows attached to a removed box go with it.
     */
    public static Command removeFromDiagram(EditingDomain domain, Diagram diagram, Collection<DiagramNode> nodes,
            Collection<DiagramEdge> edges) {
        CompoundCommand command = new CompoundCommand("Remove from Diagram");
        Set<DiagramEdge> removedEdges = new LinkedHashSet<>(edges);
        for (DiagramEdge edge : diagram.getEdges()) {
            if (nodes.contains(edge.getSource()) || nodes.contains(edge.getTarget())) {
                removedEdges.add(edge);
            }
        }
        if (!removedEdges.isEmpty()) {
            command.append(RemoveCommand.create(domain, diagram, N.getDiagram_Edges(), new ArrayList<>(removedEdges)));
        }
        if (!nodes.isEmpty()) {
            command.append(RemoveCommand.create(domain, diagram, N.getDiagram_Nodes(), new ArrayList<>(nodes)));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * Deletes the facts of {@code nodes} and the causal links of {@code edges} from the investigation
     * (with every causal link of a deleted fact, and every reference to them), and removes them from
     * the diagram.
     */
    public static Command deleteFromModel(EditingDomain domain, InvestigationFolder folder, Diagram diagram,
            Collection<DiagramNode> nodes, Collection<DiagramEdge> edges) {
        Set<EObject> doomed = new LinkedHashSet<>();
        for (DiagramNode node : nodes) {
            EObject fact = DiagramScene.element(folder, node.getElementId());
            if (fact != null) {
                doomed.add(fact);
            }
        }
        for (CausalLink link : folder.investigation().getCausalLinks()) {
            if (doomed.contains(link.getCause()) || doomed.contains(link.getEffect())) {
                doomed.add(link);
            }
        }
        Set<DiagramEdge> removedEdges = new LinkedHashSet<>(edges);
        for (DiagramEdge edge : edges) {
            if (DiagramScene.element(folder, edge.getLinkId()) instanceof CausalLink link) {
                doomed.add(link);
            }
        }
        for (DiagramEdge edge : diagram.getEdges()) {
            if (doomed.contains(DiagramScene.element(folder, edge.getLinkId()))) {
                removedEdges.add(edge);
            }
        }
        CompoundCommand command = new CompoundCommand("Delete from Model");
        command.append(removeFromDiagram(domain, diagram, nodes, removedEdges));
        if (!doomed.isEmpty()) {
            command.append(DeleteCommand.create(domain, doomed));
        }
        return command;
    }

    /** Lines boxes up with the first one of {@code nodes}. */
    public static Command align(EditingDomain domain, List<DiagramNode> nodes, Alignment alignment) {
        if (nodes.size() < 2) {
            return UnexecutableCommand.INSTANCE;
        }
        DiagramNode primary = nodes.get(0);
        CompoundCommand command = new CompoundCommand("Align " + alignment.label());
        for (DiagramNode node : nodes.subList(1, nodes.size())) {
            int[] moved = alignment.position(primary, node);
            if (moved[0] != node.getX() || moved[1] != node.getY()) {
                appendBounds(command, domain, node, moved[0], moved[1], node.getWidth(), node.getHeight());
            }
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** Lays the diagram out with ELK (see {@link DiagramLayout}), as one command. */
    public static Command layout(EditingDomain domain, InvestigationFolder folder, Diagram diagram) {
        DiagramLayout.Result result = DiagramLayout.compute(DiagramScene.of(diagram, folder));
        CompoundCommand command = new CompoundCommand("Layout");
        result.bounds().forEach((node, b) -> {
            if (node.getX() != b[0] || node.getY() != b[1] || node.getWidth() != b[2] || node.getHeight() != b[3]) {
                command.append(SetCommand.create(domain, node, N.getDiagramNode_X(), b[0]));
                command.append(SetCommand.create(domain, node, N.getDiagramNode_Y(), b[1]));
                command.append(SetCommand.create(domain, node, N.getDiagramNode_Width(), b[2]));
                command.append(SetCommand.create(domain, node, N.getDiagramNode_Height(), b[3]));
            }
        });
        result.bendpoints().forEach((edge, points) -> {
            if (!sameRoute(edge, points)) {
                command.append(setBendpoints(domain, edge, points));
            }
        });
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    private static boolean sameRoute(DiagramEdge edge, List<int[]> points) {
        if (edge.getBendpoints().size() != points.size()) {
            return false;
        }
        for (int i = 0; i < points.size(); i++) {
            Bendpoint bendpoint = edge.getBendpoints().get(i);
            if (bendpoint.getX() != points.get(i)[0] || bendpoint.getY() != points.get(i)[1]) {
                return false;
            }
        }
        return true;
    }

    static DiagramNode node(String elementId, int x, int y, int width, int height) {
        DiagramNode node = NotationFactory.eINSTANCE.createDiagramNode();
        node.setElementId(elementId);
        node.setX(x);
        node.setY(y);
        node.setWidth(width);
        node.setHeight(height);
        return node;
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
