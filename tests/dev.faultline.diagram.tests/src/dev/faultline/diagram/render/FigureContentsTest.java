package dev.faultline.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.model.CausalLink;
import dev.faultline.model.Confidence;
import dev.faultline.model.Driver;
import dev.faultline.model.Investigation;
import dev.faultline.model.StartMode;
import dev.faultline.model.Update;
import dev.faultline.model.sample.SampleInvestigation;

class FigureContentsTest {

    private final Investigation sample = SampleInvestigation.create();
    private final FigureContents contents = new FigureContents(sample);

    @Test
    void updateShowsReleaseAndRevertOnTheIncidentDay() {
        Update channelFile = sample.getUpdates().get(1);
        NodeContent content = contents.node(channelFile);
        assertEquals(NodeKind.UPDATE, content.kind());
        assertEquals("Channel File 291", content.title());
        assertEquals("released 04:09 UTC \u00b7 reverted 05:27 UTC", content.details().get(0));
        assertEquals("UPDATE \u00b7 CONTENT/CHANNEL FILE", content.badge());
        assertFalse(content.reconstructed());
        NodeContent sensor = contents.node(sample.getUpdates().get(0));
        assertEquals("released 2024-02-28 00:00 UTC", sensor.details().get(0), "another day shows its date");
        assertTrue(sensor.reconstructed());
    }

    @Test
    void driverShowsTypeStartModeAndVendor() {
        Driver csagent = sample.getDrivers().get(0);
        assertEquals("csagent.sys", contents.node(csagent).title());
        assertEquals("kernel \u00b7 CrowdStrike", contents.node(csagent).details().get(0));
        csagent.setStartMode(StartMode.BOOT);
        assertEquals("kernel \u00b7 boot-start \u00b7 CrowdStrike", contents.node(csagent).details().get(0));
    }

    @Test
    void crashClusterShowsItsBugcheckAndHowManyHosts() {
        NodeContent cluster = contents.node(sample.getCrashClusters().get(0));
        assertEquals(NodeKind.CRASH_CLUSTER, cluster.kind());
        assertEquals("0x50 PAGE_FAULT_IN_NONPAGED_AREA", cluster.title());
        assertEquals("2 hosts \u00b7 also 0x7E", cluster.details().get(0));
        assertTrue(cluster.reconstructed());
    }

    @Test
    void everyKindHasItsOwnBox() {
        assertEquals(NodeKind.OUTAGE, contents.node(sample.getOutages().get(0)).kind());
        assertEquals("8,500,000 affected", contents.node(sample.getHostGroups().get(0)).details().get(0));
        assertEquals(NodeKind.TIMELINE_EVENT, contents.node(sample.getTimelineEvents().get(4)).kind());
        assertEquals(List.of("CrowdStrike \u00b7 at 05:27 UTC", "Stopped further crashes; with good connectivity some boot-looping"
                + " machines recovered on their own."), contents.node(sample.getRemediations().get(0)).details());
        assertEquals(NodeKind.MISSING, contents.node(null).kind());
    }

    @Test
    void linksShowRelationConfidenceEvidenceAndReconstruction() {
        CausalLink loadedBy = sample.getCausalLinks().get(1);
        EdgeContent edge = contents.edge(loadedBy);
        assertEquals("loaded by", edge.firstLine());
        assertEquals("confirmed \u00b7 1 citation", edge.secondLine());
        CausalLink outage = sample.getCausalLinks().get(3);
        assertEquals("high \u00b7 1 citation \u00b7 reconstructed", contents.edge(outage).secondLine());
        assertTrue(EdgePainter.line(edge).solid());
        loadedBy.setConfidence(Confidence.MEDIUM);
        assertFalse(EdgePainter.line(contents.edge(loadedBy)).solid(), "medium confidence is dashed");
    }
}
