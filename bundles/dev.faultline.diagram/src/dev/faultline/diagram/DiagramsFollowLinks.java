package dev.faultline.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.model.CausalLink;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * A command that adds causal links (accepting analysis proposals), followed by drawing the links it
 * added into the investigation's diagrams, as one command: undo takes the links and their arrows away
 * together. The default diagram ({@value DiagramFiles#DEFAULT_NAME}) gets every new link; another
 * diagram gets the new links one of whose ends it already shows. New boxes are placed next to their
 * neighbours ({@link DiagramUpdater#addLinks}).
 */
public final class DiagramsFollowLinks extends CompoundCommand {

    private final EditingDomain domain;
    private final InvestigationFolder folder;
    private final List<Diagram> diagrams;
    private final Set<Diagram> changed = new LinkedHashSet<>();

    /**
     * @param addLinks the command that adds the causal links (its result: what it added)
     * @param diagrams the investigation's diagrams, as the caller keeps them (saved by the caller)
     */
    public DiagramsFollowLinks(EditingDomain domain, InvestigationFolder folder, Collection<Diagram> diagrams, Command addLinks) {
        super(addLinks.getLabel(), addLinks.getDescription());
        this.domain = domain;
        this.folder = folder;
        this.diagrams = new ArrayList<>(diagrams);
        append(addLinks);
    }

    @Override
    public void execute() {
        super.execute();
        List<CausalLink> added = new ArrayList<>();
        for (Object result : commandList.get(0).getResult()) {
            if (result instanceof CausalLink link) {
                added.add(link);
            }
        }
        for (Diagram diagram : diagrams) {
            List<CausalLink> drawn = DiagramFiles.DEFAULT_NAME.equals(diagram.getName()) ? added
                    : added.stream().filter(link -> shows(diagram, link.getCause()) || shows(diagram, link.getEffect())).toList();
            if (!drawn.isEmpty() && appendAndExecute(DiagramUpdater.addLinks(domain, folder, diagram, drawn))) {
                changed.add(diagram);
            }
        }
    }

    /** The diagrams that got arrows (to be saved). */
    public List<Diagram> changedDiagrams() {
        return new ArrayList<>(changed);
    }

    private boolean shows(Diagram diagram, EObject fact) {
        String id = fact == null ? null : folder.idOf(fact);
        if (id != null) {
            for (DiagramNode node : diagram.getNodes()) {
                if (id.equals(node.getElementId())) {
                    return true;
                }
            }
        }
        return false;
    }
}
