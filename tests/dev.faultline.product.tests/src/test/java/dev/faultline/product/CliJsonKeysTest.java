package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The keys of every command's {@code --json} output, in their order: a contract scripts rely on
 * (issue 16: written with Jackson, keys and order unchanged).
 */
class CliJsonKeysTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path workDir;

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<JsonNode> lines(FaultlineProcess.Result result) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.out().split("\n")) {
            if (!line.isBlank()) {
                lines.add(MAPPER.readTree(line));
            }
        }
        return lines;
    }

    private FaultlineProcess.Result ok(String... args) throws Exception {
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, args);
        assertEquals(0, result.exitCode(), () -> String.join(" ", args) + "\n" + result.out() + result.err());
        return result;
    }

    @Test
    void versionSampleValidateImportIndexAndSearchKeepTheirKeysAndOrder() throws Exception {
        assertEquals(List.of("version", "java"), keys(lines(ok("--json", "version")).get(0)));
        assertEquals(List.of("folder", "title"), keys(lines(ok("sample", "--json", "case")).get(0)));

        Path log = workDir.resolve("auth.log");
        Files.writeString(log, """
                Jul 19 04:09:01 host-a sshd[100]: Accepted password for admin from 10.0.0.1 port 22 ssh2
                Jul 19 04:10:02 host-a kernel: csagent.sys loaded
                """);
        JsonNode imported = lines(ok("import", "--json", "--case", "case", "auth.log")).get(0);
        assertEquals(List.of("file", "evidence", "format", "records", "rejected", "duplicate", "error", "rejections"), keys(imported));
        assertEquals("syslog", imported.get("format").asText());
        assertEquals(2, imported.get("records").asInt());

        assertEquals(List.of("records", "documents", "millis", "index"), keys(lines(ok("index", "--json", "--case", "case")).get(0)));

        List<JsonNode> search = lines(ok("search", "--json", "--case", "case", "--facets", "csagent"));
        assertEquals(2, search.size(), search::toString);
        assertEquals(List.of("id", "timestamp", "host", "kind", "source", "message", "highlights"), keys(search.get(0)));
        assertEquals(List.of("file", "sha256", "line"), keys(search.get(0).get("source")));
        assertEquals(List.of("query", "total", "totalExact", "returned", "nextPage", "tookMillis", "facets", "facetsExact",
                "facetSampleRate"), keys(search.get(1)));

        Path evidence = workDir.resolve("case/evidence/sample-sources.md");
        evidence.toFile().setWritable(true);
        Files.writeString(evidence, "tampered\n");
        FaultlineProcess.Result validated = FaultlineProcess.run(workDir, "validate", "--json", "case");
        assertEquals(2, validated.exitCode(), validated.err());
        for (JsonNode problem : lines(validated)) {
            assertEquals(List.of("severity", "rule", "message", "object"), keys(problem));
        }
    }

    @Test
    void parseOfAnEvtxFileKeepsItsKeysAndOrder() throws Exception {
        Path evtx = SharedData.file("evtx/eas_LM_Remote_Service02_7045.evtx");
        assumeTrue(evtx != null, "shared data absent");
        List<JsonNode> records = lines(ok("parse", "--json", evtx.toString()));
        assertEquals(3, records.size());
        List<String> keys = keys(records.get(0));
        assertEquals(List.of("recordId", "timestamp", "eventId", "provider", "level", "channel", "computer", "data", "xml"),
                keys.subList(0, 9), keys::toString);
    }
}
