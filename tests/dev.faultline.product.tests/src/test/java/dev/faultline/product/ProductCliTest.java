package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
