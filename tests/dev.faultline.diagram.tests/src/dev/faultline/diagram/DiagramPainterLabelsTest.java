package dev.faultline.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.diagram.render.AwtCanvas;
import dev.faultline.diagram.render.EdgePainter;
import dev.faultline.model.CausalLink;
import dev.faultline.model.Confidence;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.RelationKind;
import dev.faultline.model.Update;
import dev.faultline.model.edit.InvestigationEditingDomains;

/** Arrow labels cover no box and no other label, also after a link is added next to an existing one. */
class DiagramPainterLabelsTest {

    @TempDir
    Path dir;

    @Test
    void labelsOfTheSampleWithTheAcceptedSensorLinkOverlapNothing() throws IOException {
        SampleFixture sample = new SampleFixture(dir);
        AdapterFactoryEditingDomain domain = InvestigationEditingDomains.create(sample.folder);
        Update sensor = sample.folder.investigation().getUpdates().stream().filter(u -> "Sensor 7.11".equals(u.getIdentifier()))
                .findFirst().orElseThrow();
        CausalLink link = FaultlineFactory.eINSTANCE.createCausalLink();
        link.setCause(sensor);
        link.setEffect(sample.csagent());
        link.setRelation(RelationKind.LOADED_BY);
        link.setConfidence(Confidence.LOW);
        sample.folder.investigation().getCausalLinks().add(link);
        int edges = sample.diagram.getEdges().size();
        domain.getCommandStack().execute(DiagramUpdater.addLinks(domain, sample.folder, sample.diagram, List.of(link)));
        assertEquals(edges + 1, sample.diagram.getEdges().size(), "the accepted link is drawn");

        DiagramScene scene = DiagramScene.of(sample.diagram, sample.folder);
        AwtCanvas canvas = AwtCanvas.measuring();
        List<double[]> labels = DiagramPainter.labelBounds(scene, canvas);
        assertEquals(scene.edges().size(), labels.size());
        int moved = 0;
        for (int i = 0; i < labels.size(); i++) {
            double[] label = labels.get(i);
            String name = scene.edges().get(i).content().firstLine();
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(intersect(label, labels.get(j)),
                        "label '" + name + "' overlaps label '" + scene.edges().get(j).content().firstLine() + "'");
            }
            for (DiagramScene.Node node : scene.nodes()) {
                assertFalse(intersect(label, new double[] { node.x(), node.y(), node.width(), node.height() }),
                        "label '" + name + "' overlaps a box");
            }
            double[] middle = EdgePainter.labelCenter(scene.edges().get(i).xs(), scene.edges().get(i).ys());
            if (Math.abs(label[0] + label[2] / 2 - middle[0]) > 0.5 || Math.abs(label[1] + label[3] / 2 - middle[1]) > 0.5) {
                moved++;
            }
        }
        assertTrue(moved >= 1, "the middle spot was taken for at least one label, so one had to move");
        assertEquals(toString(labels), toString(DiagramPainter.labelBounds(DiagramScene.of(sample.diagram, sample.folder), canvas)),
                "same drawing, same placement");
        InvestigationEditingDomains.dispose(domain);
    }

    private static boolean intersect(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static String toString(List<double[]> rects) {
        StringBuilder text = new StringBuilder();
        for (double[] rect : rects) {
            text.append(java.util.Arrays.toString(rect)).append('\n');
        }
        return text.toString();
    }
}
