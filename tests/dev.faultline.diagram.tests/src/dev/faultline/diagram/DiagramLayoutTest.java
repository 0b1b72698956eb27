package dev.faultline.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;

class DiagramLayoutTest {

    @TempDir
    Path dir;

    @Test
    void causesStandLeftOfTheirEffectsAndBoxesDoNotOverlap() throws IOException {
        SampleFixture sample = new SampleFixture(dir);
        for (DiagramEdge edge : sample.diagram.getEdges()) {
            DiagramNode cause = edge.getSource();
            DiagramNode effect = edge.getTarget();
            assertTrue(cause.getX() + cause.getWidth() < effect.getX(),
                    DiagramScene.element(sample.folder, cause.getElementId()) + " left of "
                            + DiagramScene.element(sample.folder, effect.getElementId()));
        }
        for (DiagramNode a : sample.diagram.getNodes()) {
            for (DiagramNode b : sample.diagram.getNodes()) {
                if (a != b) {
                    boolean apart = a.getX() + a.getWidth() <= b.getX() || b.getX() + b.getWidth() <= a.getX()
                            || a.getY() + a.getHeight() <= b.getY() || b.getY() + b.getHeight() <= a.getY();
                    assertTrue(apart, a + " overlaps " + b);
                }
            }
        }
    }

    @Test
    void boxesAreTallEnoughForTheirContent() throws IOException {
        SampleFixture sample = new SampleFixture(dir);
        DiagramNode cluster = sample.nodeOf(sample.cluster());
        DiagramNode driver = sample.nodeOf(sample.csagent());
        assertTrue(cluster.getHeight() > driver.getHeight(), "the cluster shows more lines than the driver");
        assertFalse(cluster.getHeight() < 70, "cluster box " + cluster.getHeight());
    }
}
