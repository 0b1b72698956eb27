package dev.faultline.diagram;

import java.io.IOException;
import java.nio.file.Path;

import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.model.CausalLink;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.Update;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.sample.SampleInvestigation;

/** The sample investigation with its diagram, written to a temporary folder, and look-ups into both. */
final class SampleFixture {

    final InvestigationFolder folder;
    final Diagram diagram;

    SampleFixture(Path dir) throws IOException {
        folder = SampleInvestigation.writeTo(dir.resolve("sample"));
        diagram = SampleDiagram.writeTo(folder);
    }

    Update channelFile() {
        return folder.investigation().getUpdates().stream().filter(u -> "Channel File 291".equals(u.getIdentifier())).findFirst()
                .orElseThrow();
    }

    Driver csagent() {
        return folder.investigation().getDrivers().get(0);
    }

    CrashCluster cluster() {
        return folder.investigation().getCrashClusters().get(0);
    }

    CausalLink link(Object cause, Object effect) {
        return folder.investigation().getCausalLinks().stream().filter(l -> l.getCause() == cause && l.getEffect() == effect)
                .findFirst().orElseThrow();
    }

    DiagramNode nodeOf(Object fact) {
        return diagram.getNodes().stream().filter(n -> DiagramScene.element(folder, n.getElementId()) == fact).findFirst()
                .orElseThrow();
    }
}
