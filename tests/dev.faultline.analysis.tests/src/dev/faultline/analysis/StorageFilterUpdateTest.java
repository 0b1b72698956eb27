package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.CrashCluster;
import dev.faultline.model.RelationKind;

/** A storage filter driver update causing 0xD1 on part of a fleet (synthetic, see {@link Scenarios#storageFilterUpdate}). */
class StorageFilterUpdateTest {

    @TempDir
    static Path dir;
    static ScenarioAnalysis run;

    @BeforeAll
    static void analyse() throws Exception {
        run = new ScenarioAnalysis(Scenarios.storageFilterUpdate(dir));
    }

    @AfterAll
    static void close() throws Exception {
        run.close();
    }

    @Test
    void theCrashesFormOneClusterWithItsUpdate() {
        assertEquals(1, run.clusters.size(), run.clusters.toString());
        CrashClusterSummary cluster = run.clusters.get(0);
        assertEquals(60, cluster.count(), "45 hosts, 15 of them twice");
        assertEquals(45, cluster.hosts());
        assertEquals("0xd1", cluster.bugcheck());
        assertEquals("ssflt", cluster.module());
        assertEquals("ssflt.sys", cluster.image());
        assertEquals("AV_ssflt!SsfReadCompletion", cluster.bucket());
        assertEquals("ssflt!SsfReadCompletion", cluster.signature());
        assertEquals(Scenarios.SSF_RELEASE.plusSeconds(7 * 60 + 4), cluster.firstSeen(), "SRV-0044: 44 * 41 s mod 30 min");
        assertEquals(60, java.util.Arrays.stream(cluster.perMinute()).sum());
        assertEquals(2, cluster.updates().size(), "the storage filter update and the Defender definitions");
        UpdateTiming ssf = cluster.updates().get(0);
        assertEquals("SSF-4.2.1", ssf.label());
        assertEquals(7, ssf.minutesAfterRelease());
        assertEquals(1.0, ssf.shareOfHostsWithUpdate());
        assertEquals(0, ssf.hostsWithoutUpdate());
        assertEquals("KB2267602", cluster.updates().get(1).label());
        assertEquals(17, cluster.updates().get(1).minutesAfterRelease());
        assertFalse(cluster.evidence().isEmpty());
        assertTrue(cluster.evidence().get(0).file().startsWith("synthetic-dump-"), cluster.evidence().toString());
        assertEquals(64, cluster.evidence().get(0).sha256().length());
    }

    @Test
    void theClusterIsRecordedInTheModelWithItsMembers() {
        CrashCluster model = run.clusters.get(0).modelCluster();
        assertNotNull(model);
        assertEquals(60L, model.getCrashCount());
        assertEquals(45L, model.getHostCount());
        assertEquals("0xd1", model.getBugcheckCode());
        assertEquals(60, model.getMembers().size());
        assertEquals(run.clusters.get(0).id(), run.folder.idOf(model));
    }

    @Test
    void theChainRunsFromTheUpdateThroughTheDriverToTheOutage() {
        Proposal update = run.link("SSF-4.2.1", "ssflt.sys");
        assertNotNull(update, run.proposals.proposals().toString());
        assertEquals(RelationKind.TRIGGERS, update.relation(), "the update replaces the driver binary");
        assertEquals("high", update.level(), update.rationale());
        assertTrue(update.rationale().contains("is the driver itself"), update.rationale());
        assertTrue(update.rationale().contains("100% of the crashed hosts had received it"), update.rationale());
        assertTrue(update.evidence().stream().anyMatch(c -> c.file().equals("synthetic-deployments.csv") && c.line() > 0));

        Proposal driver = run.link("ssflt.sys", run.clusters.get(0).name());
        assertNotNull(driver);
        assertEquals(RelationKind.CRASHES, driver.relation());
        assertEquals("high", driver.level());

        Proposal outage = run.link(run.clusters.get(0).name(), "Order fulfilment database");
        assertNotNull(outage);
        assertEquals(RelationKind.CAUSES_OUTAGE, outage.relation());
        assertEquals("high", outage.level(), outage.rationale());
        assertTrue(outage.rationale().contains("10 of the 10 hosts serving it crashed"), outage.rationale());
        assertTrue(outage.rationale().contains("boot-looping"), outage.rationale());
    }

    @Test
    void itSaysNoToWhatIsNotConnected() {
        assertNull(run.link(run.clusters.get(0).name(), "Payroll"), "no payroll server crashed");
        for (Proposal p : run.from("KB2267602")) {
            assertEquals("low", p.level(), p.rationale());
            assertTrue(p.rationale().startsWith("Not linked"), p.rationale());
        }
        assertFalse(run.from("KB2267602").isEmpty(), "the definitions update released just before is named and declined");
        assertTrue(run.proposals.notes().stream().noneMatch(n -> n.startsWith("No update link")), run.proposals.notes().toString());
    }

    @Test
    void proposalIdsAreStableAcrossRuns() throws Exception {
        List<String> before = run.proposals.proposals().stream().map(Proposal::id).toList();
        run.repropose();
        assertEquals(before, run.proposals.proposals().stream().map(Proposal::id).toList());
    }
}
