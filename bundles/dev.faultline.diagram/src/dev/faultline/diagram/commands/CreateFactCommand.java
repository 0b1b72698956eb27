package dev.faultline.diagram.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.notation.NotationPackage;
import dev.faultline.diagram.render.FigureContents;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Adds a new fact to the investigation's list of its kind and a box for it to the diagram. The box
 * refers to the fact by its xmi:id, which exists only once the fact is in the investigation, so the
 * two adds run one after the other.
 */
final class CreateFactCommand extends AbstractCommand {

    private final EditingDomain domain;
    private final InvestigationFolder folder;
    private final Diagram diagram;
    private final EClass type;
    private final String label;
    private final DiagramNode node;
    private EObject fact;
    private Command addFact;
    private Command addNode;

    CreateFactCommand(EditingDomain domain, InvestigationFolder folder, Diagram diagram, EClass type, String label,
            DiagramNode node) {
        super("Create " + words(type.getName()));
        this.domain = domain;
        this.folder = folder;
        this.diagram = diagram;
        this.type = type;
        this.label = label;
        this.node = node;
    }

    /** The investigation's containment list for facts of {@code type}, or {@code null}. */
    static EReference listFor(EClass type) {
        for (EReference reference : FaultlinePackage.eINSTANCE.getInvestigation().getEAllContainments()) {
            if (reference.getEReferenceType() == type) {
                return reference;
            }
        }
        return null;
    }

    @Override
    protected boolean prepare() {
        return !type.isAbstract() && listFor(type) != null;
    }

    @Override
    public void execute() {
        fact = FaultlineFactory.eINSTANCE.create(type);
        EAttribute attribute = FigureContents.labelAttribute(fact);
        if (attribute != null) {
            fact.eSet(attribute, label);
        }
        addFact = AddCommand.create(domain, folder.investigation(), listFor(type), fact);
        addFact.execute();
        node.setElementId(folder.idOf(fact));
        addNode = AddCommand.create(domain, diagram, NotationPackage.eINSTANCE.getDiagram_Nodes(), node);
        addNode.execute();
    }

    @Override
    public void undo() {
        addNode.undo();
        addFact.undo();
    }

    @Override
    public void redo() {
        addFact.redo();
        addNode.redo();
    }

    @Override
    public Collection<?> getResult() {
        return fact == null ? List.of() : List.of(fact, node);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(node);
    }

    static String words(String className) {
        return className.replaceAll("([a-z])([A-Z])", "$1 $2");
    }
}
