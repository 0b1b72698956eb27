package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** clusters, chain and drivers through ./faultline on the sample: the contract keys and the chain the issue names. */
class AnalysisCliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path workDir;

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(MAPPER.readTree(line));
            }
        }
        return lines;
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private FaultlineProcess.Result ok(String... args) throws Exception {
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, args);
        assertEquals(0, result.exitCode(), () -> String.join(" ", args) + "\n" + result.out() + result.err());
        return result;
    }

    @Test
    void theSampleChainNamesTheChannelFileCsagentTheBugcheckAndTheOutage() throws Exception {
        ok("sample", "case");
        JsonNode cluster = lines(ok("clusters", "--json", "--case", "case").out()).get(0);
        assertEquals(List.of("id", "signature", "bugcheck", "module", "count", "hosts", "firstSeen", "lastSeen", "updates"),
                keys(cluster).subList(0, 9));
        assertEquals("0x50", cluster.get("bugcheck").asText());
        assertEquals(List.of("update", "releasedAt", "minutesAfterRelease", "shareOfHostsWithUpdate"),
                keys(cluster.get("updates").get(0)).subList(0, 4));
        assertEquals("Channel File 291", cluster.get("updates").get(0).get("update").asText());
        assertEquals(11, cluster.get("updates").get(0).get("minutesAfterRelease").asInt());

        List<JsonNode> proposals = lines(ok("chain", "--json", "--case", "case", "--propose").out());
        JsonNode first = proposals.get(0);
        assertEquals(List.of("id", "cause", "effect", "relation", "confidence", "level", "rationale", "evidence"), keys(first).subList(0, 8));
        assertEquals(List.of("kind", "id", "label"), keys(first.get("cause")));
        assertEquals(List.of("file", "sha256", "line"), keys(first.get("evidence").get(0)));
        String all = proposals.toString();
        assertTrue(all.contains("\"label\":\"Channel File 291\""), all);
        assertTrue(all.contains("\"label\":\"csagent.sys\""), all);
        assertTrue(all.contains("bugcheck 0x50"), all);
        assertTrue(all.contains("\"kind\":\"outage\""), all);

        JsonNode sensor = proposals.stream().filter(p -> p.get("cause").get("label").asText().equals("Sensor 7.11")).findFirst().orElseThrow();
        FaultlineProcess.Result rejected = ok("chain", "--case", "case", "--propose", "--reject", sensor.get("id").asText(), "--reason",
                "a precondition, not the trigger");
        assertTrue(rejected.err().contains("rejected 1"), rejected.err());
        assertTrue(Files.readString(workDir.resolve("case/investigation.xmi")).contains("a precondition, not the trigger"));
        FaultlineProcess.Result unknown = FaultlineProcess.run(workDir, "chain", "--case", "case", "--propose", "--accept", "p-00000000");
        assertEquals(2, unknown.exitCode(), unknown.err());

        Files.writeString(workDir.resolve("fleet-drivers.csv"), """
                "PSComputerName","Module Name","Display Name","Description","Driver Type","Start Mode","State","Status","Accept Stop","Accept Pause","Paged Pool(bytes)","Code(bytes)","BSS(bytes)","Link Date","Path","Init(bytes)"
                "KIOSK-0001","CSAgent","CrowdStrike Falcon","CrowdStrike Falcon","File System ","System ","Running ","OK ","TRUE ","FALSE ","0","1,118,208","0","7/10/2024 3:11:02 PM","C:\\Windows\\system32\\drivers\\CrowdStrike\\csagent.sys","12,288"
                """);
        JsonNode imported = lines(ok("import", "--json", "--case", "case", "fleet-drivers.csv").out()).get(0);
        assertEquals("driverquery", imported.get("format").asText(), "a PowerShell-gathered driverquery CSV is detected");
        JsonNode driver = lines(ok("drivers", "--json", "--case", "case", "--audit").out()).get(0);
        assertEquals(List.of("name", "hosts", "type", "start", "thirdParty", "signer", "inCrashClusters", "risk", "level", "reasons"),
                keys(driver).subList(0, 10));
        assertEquals("CSAgent", driver.get("name").asText());
        assertTrue(driver.get("inCrashClusters").size() > 0);
        assertEquals(1, FaultlineProcess.run(workDir, "drivers", "--case", "case").exitCode(), "--audit is required");
        FaultlineProcess.Result bogus = FaultlineProcess.run(workDir, "clusters", "--case", "case", "--bogus");
        assertEquals(1, bogus.exitCode());
        assertTrue(bogus.err().contains("unknown option '--bogus'"), bogus.err());
    }
}
