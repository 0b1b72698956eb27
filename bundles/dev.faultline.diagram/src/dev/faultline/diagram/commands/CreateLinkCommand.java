package dev.faultline.diagram.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.notation.NotationFactory;
import dev.faultline.diagram.notation.NotationPackage;
import dev.faultline.model.CausalLink;
import dev.faultline.model.CausalNode;
import dev.faultline.model.Confidence;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.RelationKind;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Adds a new causal link between the facts of two boxes to the investigation (confidence
 * unassessed) and an arrow for it to the diagram.
 */
final class CreateLinkCommand extends AbstractCommand {

    private final EditingDomain domain;
    private final InvestigationFolder folder;
    private final Diagram diagram;
    private final DiagramNode source;
    private final DiagramNode target;
    private final RelationKind relation;
    private CausalLink link;
    private DiagramEdge edge;
    private Command addLink;
    private Command addEdge;

    CreateLinkCommand(EditingDomain domain, InvestigationFolder folder, Diagram diagram, DiagramNode source, DiagramNode target,
            RelationKind relation) {
        super("Create Causal Link (" + relation.getLiteral() + ")");
        this.domain = domain;
        this.folder = folder;
        this.diagram = diagram;
        this.source = source;
        this.target = target;
        this.relation = relation;
    }

    @Override
    protected boolean prepare() {
        return source != target && DiagramScene.element(folder, source.getElementId()) instanceof CausalNode
                && DiagramScene.element(folder, target.getElementId()) instanceof CausalNode;
    }

    @Override
    public void execute() {
        link = FaultlineFactory.eINSTANCE.createCausalLink();
        link.setCause((CausalNode) DiagramScene.element(folder, source.getElementId()));
        link.setEffect((CausalNode) DiagramScene.element(folder, target.getElementId()));
        link.setRelation(relation);
        link.setConfidence(Confidence.UNASSESSED);
        addLink = AddCommand.create(domain, folder.investigation(), FaultlinePackage.eINSTANCE.getInvestigation_CausalLinks(), link);
        addLink.execute();
        edge = NotationFactory.eINSTANCE.createDiagramEdge();
        edge.setLinkId(folder.idOf(link));
        edge.setSource(source);
        edge.setTarget(target);
        addEdge = AddCommand.create(domain, diagram, NotationPackage.eINSTANCE.getDiagram_Edges(), edge);
        addEdge.execute();
    }

    @Override
    public void undo() {
        addEdge.undo();
        addLink.undo();
    }

    @Override
    public void redo() {
        addLink.redo();
        addEdge.redo();
    }

    @Override
    public Collection<?> getResult() {
        return link == null ? List.of() : List.of(link, edge);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return edge == null ? List.of() : List.of(edge);
    }
}
