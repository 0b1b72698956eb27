package dev.faultline.diagram;

import java.io.IOException;

import org.eclipse.emf.ecore.xmi.XMLResource;

import dev.faultline.diagram.notation.Diagram;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The diagram the built-in sample investigation comes with: {@value DiagramFiles#DEFAULT_NAME}, every
 * causal link of the sample (Channel File 291 → csagent.sys → the 0x50 crash cluster → the sector
 * outages; sensor 7.11's latent defect; the 05:27 UTC revert mitigating the cluster) and both
 * remediations with the host group they were applied to. Written by {@code faultline sample} and
 * when the workbench first writes the sample. Nodes and edges get readable ids ({@code node-1},
 * {@code edge-1}), so the file is the same on every write, like the sample's model.
 */
public final class SampleDiagram {

    private SampleDiagram() {
    }

    /** Builds, lays out and saves the sample's diagram into {@code folder}'s {@code diagrams/}. */
    public static Diagram writeTo(InvestigationFolder folder) throws IOException {
        Diagram diagram = DiagramBuilder.fromCausalLinks(folder, DiagramFiles.DEFAULT_NAME, null, true);
        XMLResource resource = (XMLResource) diagram.eResource();
        resource.setID(diagram, "diagram");
        for (int i = 0; i < diagram.getNodes().size(); i++) {
            resource.setID(diagram.getNodes().get(i), "node-" + (i + 1));
        }
        for (int i = 0; i < diagram.getEdges().size(); i++) {
            resource.setID(diagram.getEdges().get(i), "edge-" + (i + 1));
        }
        DiagramFiles.save(folder, diagram);
        return diagram;
    }
}
