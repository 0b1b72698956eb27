package dev.faultline.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.model.CausalLink;
import dev.faultline.model.Confidence;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.RelationKind;
import dev.faultline.model.edit.InvestigationEditingDomains;

class DiagramsFollowLinksTest {

    @TempDir
    Path dir;

    @Test
    void addedLinksAreDrawnIntoTheDefaultDiagramAndDiagramsShowingAnEndOneUndo() throws IOException {
        SampleFixture sample = new SampleFixture(dir);
        AdapterFactoryEditingDomain domain = InvestigationEditingDomains.create(sample.folder);
        Diagram showsCluster = DiagramFiles.create(sample.folder, "cluster-only");
        showsCluster.getNodes().add(DiagramBuilder.newNode(sample.folder.idOf(sample.cluster())));
        Diagram unrelated = DiagramFiles.create(sample.folder, "unrelated");
        Host kiosk = sample.folder.investigation().getHosts().get(0);
        CausalLink link = FaultlineFactory.eINSTANCE.createCausalLink();
        link.setCause(sample.cluster());
        link.setEffect(kiosk);
        link.setRelation(RelationKind.CRASHES);
        link.setConfidence(Confidence.HIGH);
        Command accept = AddCommand.create(domain, sample.folder.investigation(), FaultlinePackage.Literals.INVESTIGATION__CAUSAL_LINKS, link);
        int edges = sample.diagram.getEdges().size();

        DiagramsFollowLinks command = new DiagramsFollowLinks(domain, sample.folder, List.of(sample.diagram, showsCluster, unrelated), accept);
        domain.getCommandStack().execute(command);
        assertTrue(sample.folder.investigation().getCausalLinks().contains(link));
        String id = sample.folder.idOf(link);
        assertEquals(edges + 1, sample.diagram.getEdges().size(), "the default diagram draws every new link");
        assertEquals(id, sample.diagram.getEdges().get(edges).getLinkId());
        assertEquals(kiosk, DiagramScene.element(sample.folder, sample.diagram.getEdges().get(edges).getTarget().getElementId()),
                "with a box for the end it did not show");
        assertEquals(List.of(id), showsCluster.getEdges().stream().map(DiagramEdge::getLinkId).toList(),
                "a diagram that shows one end draws the link");
        assertTrue(unrelated.getEdges().isEmpty(), "a diagram that shows neither end is left alone");
        assertEquals(List.of(sample.diagram, showsCluster), command.changedDiagrams());

        domain.getCommandStack().undo();
        assertFalse(sample.folder.investigation().getCausalLinks().contains(link), "one undo takes the link away ...");
        assertEquals(edges, sample.diagram.getEdges().size(), "... and its arrows");
        assertTrue(showsCluster.getEdges().isEmpty());
        domain.getCommandStack().redo();
        assertEquals(edges + 1, sample.diagram.getEdges().size(), "redo draws it again");
        assertEquals(id, sample.folder.idOf(link), "with the same id");
        InvestigationEditingDomains.dispose(domain);
    }
}
