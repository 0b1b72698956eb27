package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An OS patch released in the same hour as an unrelated cluster must not be linked to it. */
class OsPatchWithUnrelatedClusterTest {

    @TempDir
    static Path dir;
    static ScenarioAnalysis run;

    @BeforeAll
    static void analyse() throws Exception {
        run = new ScenarioAnalysis(Scenarios.osPatchWithUnrelatedCluster(dir));
    }

    @AfterAll
    static void close() throws Exception {
        run.close();
    }

    @Test
    void theClusterBlamesTheAntivirusFilter() {
        assertEquals(1, run.clusters.size());
        CrashClusterSummary cluster = run.clusters.get(0);
        assertEquals(30, cluster.count());
        assertEquals("0x7e", cluster.bugcheck());
        assertEquals("acmeflt", cluster.module());
        assertEquals("acmeflt!AcmeScanWorker", cluster.signature(), "exception dispatch frames are skipped");
        assertEquals(1, cluster.updates().size());
        assertEquals("KB5035845", cluster.updates().get(0).label());
        assertEquals(1.0, cluster.updates().get(0).shareOfHostsWithUpdate(), "every crashed host had the patch: timing and reach alone");
        Proposal driver = run.link("acmeflt.sys", cluster.name());
        assertNotNull(driver);
        assertEquals("high", driver.level());
    }

    @Test
    void theOsPatchIsNotLinked() {
        assertFalse(run.from("KB5035845").isEmpty(), "the patch is named, with why it is not linked");
        for (Proposal p : run.from("KB5035845")) {
            assertEquals("low", p.level());
            assertTrue(p.confidence() <= 0.05, p.title());
            assertTrue(p.rationale().startsWith("Not linked"), p.rationale());
            assertTrue(p.rationale().contains("none of its files"), p.rationale());
            assertTrue(p.rationale().contains("acmeflt.sys"), p.rationale());
        }
    }

    @Test
    void theVendorsOwnOldUpdateIsNoTrigger() {
        Proposal engine = run.link("ACME-ENGINE-12.1", "acmeflt.sys");
        assertNotNull(engine, "same vendor: considered");
        assertEquals("low", engine.level(), engine.rationale());
        assertTrue(engine.rationale().contains("9 days before the first crash"), engine.rationale());
    }

    @Test
    void theClusterSaysItHasNoUpdateLink() {
        String note = run.proposals.notes().stream().filter(n -> n.startsWith("No update link")).findFirst().orElse(null);
        assertNotNull(note, run.proposals.notes().toString());
        assertTrue(note.contains("KB5035845"), note);
        assertTrue(note.contains("touch neither its faulting module acmeflt.sys"), note);
    }
}
