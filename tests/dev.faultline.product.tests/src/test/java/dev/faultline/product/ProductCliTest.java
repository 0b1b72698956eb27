package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The materialized product's CLI, run through ./faultline with no display. */
class ProductCliTest {

    @TempDir
    static Path workDir;

    @BeforeAll
    static void productIsMaterialized() {
        Path product = Path.of(System.getProperty("faultline.product"));
        assertTrue(Files.isDirectory(product.resolve("plugins")), "no product at " + product);
    }

    @Test
    void versionPrintsTheProductVersion() throws Exception {
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "version");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("Faultline 0\\.1\\.0\\.\\d+ \\(Java \\d+.*\\)\\R"), result.out());
    }

    @Test
    void jsonVersionIsOneJsonObject() throws Exception {
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "--json", "version");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertTrue(json.get("version").asText().startsWith("0.1.0."), result.out());
    }

    @Test
    void helpListsCommandsWithOneLineEach() throws Exception {
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "--help");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Commands:"), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.matches("  version +print Faultline's version")), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.matches("  help +.+")), result.out());
    }

    @Test
    void unknownCommandExitsOneWithAClearMessage() throws Exception {
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "no-such-command");
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().contains("unknown command 'no-such-command'"), result.err());
    }

    @Test
    void importedLogsAreSearchableWithHighlightsAndFacets() throws Exception {
        Path log = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"), "loghub/Linux/Linux_2k.log");
        assumeTrue(Files.isRegularFile(log), "shared data absent: " + log);
        Path caseDir = workDir.resolve("search-case");
        FaultlineProcess.Result imported = FaultlineProcess.run(workDir, "import", "--case", caseDir.toString(), log.toString());
        assertEquals(0, imported.exitCode(), imported.err());

        FaultlineProcess.Result found = FaultlineProcess.run(workDir, "search", "--case", caseDir.toString(), "--json", "--limit", "2",
                "--facets", "\"authentication failure\" AND 218.188.2.4");
        assertEquals(0, found.exitCode(), found.err());
        String[] lines = found.out().strip().split("\n");
        assertEquals(3, lines.length, found.out());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode hit = mapper.readTree(lines[0]);
        assertTrue(hit.get("highlights").get(0).asText().contains("<em>authentication failure</em>"), lines[0]);
        JsonNode summary = mapper.readTree(lines[2]);
        assertEquals(14, summary.get("total").asInt(), lines[2]);
        assertTrue(summary.get("facetsExact").asBoolean(), lines[2]);
        assertEquals(14, summary.get("facets").get("kind").get(0).get("count").asInt(), lines[2]);

        FaultlineProcess.Result exact = FaultlineProcess.run(workDir, "search", "--case", caseDir.toString(), "--exact-facets", "sshd");
        assertEquals(0, exact.exitCode(), exact.err());
        assertTrue(exact.out().contains("host:"), exact.out());
    }

    @Test
    void yearlessSyslogGetsTimesWhenImportedAgainWithAYearAndAWrongGuessIsCorrectedWithFormat() throws Exception {
        Path log = workDir.resolve("messages");
        Files.writeString(log, "Jul 19 04:09:01 win-fleet-01 sshd[411]: session opened for user ops\n"
                + "Jul 19 04:09:02 win-fleet-01 kernel: csagent loaded\n");
        Path caseDir = workDir.resolve("year-case");
        FaultlineProcess.Result first = FaultlineProcess.run(workDir, "import", "--case", caseDir.toString(), log.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("format syslog, 2 records"), first.out());
        assertTrue(first.err().contains("all 2 of 2 records have no time") && first.err().contains("--year"), first.err());

        FaultlineProcess.Result again = FaultlineProcess.run(workDir, "import", "--case", caseDir.toString(), "--year", "2024", "--zone",
                "UTC", log.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("read again; replaces its reading as syslog"), again.out());
        assertFalse(again.err().contains("no time"), again.err());
        FaultlineProcess.Result inRange = FaultlineProcess.run(workDir, "search", "--case", caseDir.toString(),
                "time:[2024-07-19T04:00Z TO 2024-07-19T05:00Z]");
        assertEquals(0, inRange.exitCode(), inRange.err());
        assertTrue(inRange.out().contains("csagent loaded"), inRange.out());

        FaultlineProcess.Result asText = FaultlineProcess.run(workDir, "import", "--case", caseDir.toString(), "--format", "text",
                log.toString());
        assertEquals(0, asText.exitCode(), asText.err());
        assertTrue(asText.out().contains("format text, 2 records") && asText.out().contains("replaces its reading as syslog"),
                asText.out());
        FaultlineProcess.Result kinds = FaultlineProcess.run(workDir, "search", "--case", caseDir.toString(), "kind:syslog");
        assertEquals(0, kinds.exitCode(), kinds.err());
        assertFalse(kinds.out().contains("csagent"), "the syslog reading is gone from the index: " + kinds.out());
        assertTrue(Files.readString(caseDir.resolve("custody.jsonl")).contains("\"action\":\"reread\""));
    }
}
