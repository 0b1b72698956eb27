package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.RelationKind;
import dev.faultline.model.sample.SampleInvestigation;

/** The built-in CrowdStrike channel file 291 sample: the proposals name the update, csagent.sys, 0x50 and the outage. */
class SampleChainTest {

    @TempDir
    Path dir;

    @Test
    void theProposalsNameTheChannelFileCsagentTheBugcheckAndTheOutage() throws Exception {
        try (ScenarioAnalysis run = new ScenarioAnalysis(SampleInvestigation.writeTo(dir.resolve("sample")))) {
            assertNull(run.analysis.scan(), "the sample has no evidence Faultline reads: the model alone");
            assertEquals(1, run.clusters.size());
            CrashClusterSummary cluster = run.clusters.get(0);
            assertTrue(cluster.analystMade(), "the sample's own cluster is kept");
            assertEquals("csagent.sys out-of-bounds read (Channel File 291)", cluster.name());
            assertEquals("0x50", cluster.bugcheck(), "0x50 and 0x7E once each: the earlier one");
            assertEquals("csagent", cluster.module());
            assertEquals(2, cluster.count());

            Proposal update = run.link("Channel File 291", "csagent.sys");
            assertNotNull(update, run.proposals.proposals().toString());
            assertEquals(RelationKind.LOADED_BY, update.relation());
            assertEquals("high", update.level(), update.rationale());
            assertEquals(Proposal.Status.LINKED, update.status(), "the sample already has this link");
            assertTrue(update.rationale().contains("11 minutes after its release"), update.rationale());
            assertTrue(update.evidence().stream().anyMatch(c -> c.file().equals("sample-sources.md") && c.line() > 0));

            Proposal sensor = run.link("Sensor 7.11", "csagent.sys");
            assertNotNull(sensor);
            assertEquals("low", sensor.level(), "months before the crashes: a precondition, not the trigger");

            Proposal crashes = run.link("csagent.sys", cluster.name());
            assertNotNull(crashes);
            assertTrue(crashes.rationale().contains("bugcheck 0x50"), crashes.rationale());

            Proposal airlines = run.link(cluster.name(), "Airline check-in, boarding and flight operations");
            assertNotNull(airlines, run.proposals.proposals().toString());
            assertEquals(RelationKind.CAUSES_OUTAGE, airlines.relation());
            assertTrue(airlines.rationale().contains("boot-looping"), airlines.rationale());
            assertNull(run.link(cluster.name(), "Banking and payment services"), "the branch server has no crash analysis");
        }
    }
}
