package dev.faultline.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.model.CausalLink;
import dev.faultline.model.Confidence;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.RelationKind;
import dev.faultline.model.edit.InvestigationEditingDomains;

class DiagramUpdaterTest {

    @TempDir
    Path dir;

    @Test
    void newLinksAppearInTheDiagramWithTheirMissingEnds() throws IOException {
        SampleFixture sample = new SampleFixture(dir);
        AdapterFactoryEditingDomain domain = InvestigationEditingDomains.create(sample.folder);
        Host kiosk = sample.folder.investigation().getHosts().get(0);
        CausalLink link = FaultlineFactory.eINSTANCE.createCausalLink();
        link.setCause(sample.cluster());
        link.setEffect(kiosk);
        link.setRelation(RelationKind.CRASHES);
        link.setConfidence(Confidence.HIGH);
        sample.folder.investigation().getCausalLinks().add(link);

        int nodes = sample.diagram.getNodes().size();
        int edges = sample.diagram.getEdges().size();
        Command add = DiagramUpdater.addLinks(domain, sample.folder, sample.diagram, List.of(link));
        assertTrue(add.canExecute());
        domain.getCommandStack().execute(add);
        assertEquals(nodes + 1, sample.diagram.getNodes().size());
        assertEquals(edges + 1, sample.diagram.getEdges().size());
        DiagramNode host = sample.nodeOf(kiosk);
        DiagramNode cluster = sample.nodeOf(sample.cluster());
        assertTrue(host.getX() > cluster.getX() + cluster.getWidth(), "placed right of its cause");
        assertEquals(edges + 1, DiagramScene.of(sample.diagram, sample.folder).edges().size());

        assertFalse(DiagramUpdater.addLinks(domain, sample.folder, sample.diagram, List.of(link)).canExecute(),
                "a link already shown is not added twice");
        domain.getCommandStack().undo();
        assertEquals(nodes, sample.diagram.getNodes().size());
        InvestigationEditingDomains.dispose(domain);
    }
}
