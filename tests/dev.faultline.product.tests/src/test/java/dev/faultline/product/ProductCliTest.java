package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
