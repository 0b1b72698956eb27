package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash wave with no update behind it gets no update link and says so. */
class CrashWaveWithoutUpdateTest {

    @TempDir
    static Path dir;
    static ScenarioAnalysis run;

    @BeforeAll
    static void analyse() throws Exception {
        run = new ScenarioAnalysis(Scenarios.crashWaveWithoutUpdate(dir));
    }

    @AfterAll
    static void close() throws Exception {
        run.close();
    }

    @Test
    void noUpdateIsProposed() {
        assertEquals(1, run.clusters.size());
        CrashClusterSummary cluster = run.clusters.get(0);
        assertEquals(20, cluster.count());
        assertEquals("0x50", cluster.bugcheck());
        assertEquals("fabnic+0x1c33a", cluster.signature(), "a frame without a symbol keeps its offset");
        assertTrue(cluster.updates().isEmpty());
        assertTrue(run.proposals.proposals().stream().noneMatch(p -> p.cause().kind().equals("update")), run.proposals.proposals().toString());
        String note = run.proposals.notes().stream().filter(n -> n.startsWith("No update link")).findFirst().orElse(null);
        assertNotNull(note, run.proposals.notes().toString());
        assertTrue(note.contains("no update of the investigation was released in the 48 h before its first crash"), note);
    }

    @Test
    void theDriverAndTheOutageAreStillLinked() {
        CrashClusterSummary cluster = run.clusters.get(0);
        assertEquals("high", run.link("fabnic.sys", cluster.name()).level());
        Proposal outage = run.link(cluster.name(), "Store checkout");
        assertNotNull(outage);
        assertTrue(outage.confidence() >= Proposal.MEDIUM, outage.rationale());
    }
}
