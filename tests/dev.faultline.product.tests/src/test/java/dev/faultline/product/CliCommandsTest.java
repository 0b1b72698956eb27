package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every command's documented behaviour and its answers to bad input, through ./faultline as a user
 * runs it (issue 16): exit codes 0 ok, 1 usage, 2 bad input; results on stdout; on success nothing
 * on stderr unless there is something to say.
 */
class CliCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;

    /** A case with a small syslog file imported. */
    @BeforeAll
    static void caseWithASyslogFile() throws Exception {
        Files.writeString(work.resolve("auth.log"), """
                <38>1 2024-07-19T04:09:01Z host-a sshd 100 - - Accepted password for admin from 10.0.0.1 port 22 ssh2
                <6>1 2024-07-19T04:10:02Z host-a kernel - - - csagent.sys loaded
                <2>1 2024-07-19T04:11:03Z host-b kernel - - - BUGCHECK 0x50 in csagent
                """);
        FaultlineProcess.Result imported = FaultlineProcess.run(work, "import", "--case", "case", "auth.log");
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals("", imported.err(), "a successful import says nothing on stderr");
        assertTrue(imported.out().contains("format syslog, 3 records, 0 rejected"), imported.out());
    }

    private static FaultlineProcess.Result run(String... args) throws Exception {
        return FaultlineProcess.run(work, args);
    }

    private static void assertUsage(String expectedMessage, String... args) throws Exception {
        FaultlineProcess.Result result = run(args);
        assertEquals(1, result.exitCode(), () -> String.join(" ", args) + " -> " + result.err());
        assertEquals("", result.out(), String.join(" ", args));
        assertTrue(result.err().contains(expectedMessage), () -> String.join(" ", args) + " -> " + result.err());
    }

    private static List<JsonNode> jsonLines(String out) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(MAPPER.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void versionAndHelpSayNothingOnStderr() throws Exception {
        for (String[] args : new String[][] { { "version" }, { "--json", "version" }, { "--help" }, { "help", "search" },
                { "search", "--help" } }) {
            FaultlineProcess.Result result = run(args);
            assertEquals(0, result.exitCode(), String.join(" ", args));
            assertEquals("", result.err(), () -> String.join(" ", args) + " wrote to stderr");
            assertTrue(!result.out().isBlank());
        }
    }

    @Test
    void parsePrintsOneLinePerRecordAndRejectsBadInputClearly() throws Exception {
        FaultlineProcess.Result text = run("parse", "auth.log");
        assertEquals(0, text.exitCode(), text.err());
        assertEquals("", text.err());
        assertEquals(3, text.out().lines().count(), text.out());
        assertTrue(text.out().startsWith("auth.log:1 "), text.out());

        List<JsonNode> json = jsonLines(run("parse", "--json", "auth.log").out());
        assertEquals(3, json.size());
        assertEquals("2024-07-19T04:09:01Z", json.get(0).get("time").asText());

        assertUsage("no FILE given", "parse");
        assertUsage("unknown option '--bogus'", "parse", "--bogus", "auth.log");
        assertUsage("unknown format 'nope'", "parse", "--format", "nope", "auth.log");
        assertUsage("unknown zone 'Mars/Base'", "parse", "--zone", "Mars/Base", "auth.log");
        assertUsage("--year needs a year", "parse", "--year", "twenty", "auth.log");
        assertUsage("--format needs a value", "parse", "--format");

        FaultlineProcess.Result missing = run("parse", "no-such.log");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no-such.log: no such file"), missing.err());
    }

    @Test
    void aDamagedEvtxFileIsReportedAtItsByteOffsetAndTheGoodRecordsStillPrinted() throws Exception {
        Path good = SharedData.file("evtx/eas_LM_Remote_Service02_7045.evtx");
        assumeTrue(good != null, "shared data absent");
        byte[] bytes = Files.readAllBytes(good);
        bytes[0] = 'X'; // the file header's signature
        Files.write(work.resolve("damaged.evtx"), bytes);
        FaultlineProcess.Result damaged = run("parse", "--format", "evtx", "damaged.evtx");
        assertEquals(2, damaged.exitCode(), damaged.err());
        assertTrue(damaged.err().lines().anyMatch(l -> l.matches("damaged\\.evtx@0: .*EVTX file signature.*")), damaged.err());
        assertEquals(3, damaged.out().lines().count(), "the three records are still read: " + damaged.out());
    }

    @Test
    void importReportsAlreadyImportedBytesAndRejectsBadCommandLines() throws Exception {
        Files.copy(work.resolve("auth.log"), work.resolve("renamed.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        FaultlineProcess.Result again = run("import", "--case", "case", "renamed.log");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("renamed.log: already in the investigation as"), again.out());
        JsonNode json = jsonLines(run("import", "--json", "--case", "case", "auth.log").out()).get(0);
        assertTrue(json.get("duplicate").asBoolean(), json.toString());
        assertEquals(0, json.get("records").asInt());

        assertUsage("--case DIR is required", "import", "auth.log");
        assertUsage("no files to import", "import", "--case", "case");
        assertUsage("unknown option '--bogus'", "import", "--case", "case", "--bogus", "auth.log");
        assertUsage("unknown format 'nope'", "import", "--case", "case", "--format", "nope", "auth.log");

        FaultlineProcess.Result missing = run("import", "--case", "case2", "no-such.log");
        assertEquals(2, missing.exitCode(), missing.out() + missing.err());
        assertTrue(missing.out().contains("no-such.log: not imported"), missing.out());
    }

    @Test
    void successfulCommandsOnTheSampleSayNothingOnStderr() throws Exception {
        assertEquals(0, run("sample", "quiet").exitCode());
        for (String[] args : List.of(new String[] { "validate", "quiet" }, new String[] { "clusters", "--case", "quiet" },
                new String[] { "chain", "--case", "quiet", "--propose" }, new String[] { "timeline", "--case", "quiet" },
                new String[] { "search", "--case", "quiet", "csagent" }, new String[] { "index", "--case", "quiet" })) {
            FaultlineProcess.Result result = run(args);
            assertEquals(0, result.exitCode(), () -> String.join(" ", args) + " -> " + result.err());
            assertEquals("", result.err(), () -> String.join(" ", args) + " wrote to stderr");
            assertTrue(!result.out().isBlank(), () -> String.join(" ", args) + " printed no result");
        }
        FaultlineProcess.Result validated = run("validate", "quiet");
        assertTrue(validated.out().endsWith("investigation.xmi: 0 errors, 0 warnings\n"), validated.out());
        FaultlineProcess.Result clustered = run("clusters", "--case", "quiet");
        assertTrue(clustered.out().contains("1 crash cluster"), clustered.out());
    }

    @Test
    void indexRebuildsAndRejectsBadCommandLines() throws Exception {
        FaultlineProcess.Result rebuilt = run("index", "--case", "case");
        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        assertTrue(rebuilt.out().startsWith("indexed 3 records into "), rebuilt.out());
        assertEquals("", rebuilt.err(), "no progress lines when stderr is not a terminal");
        assertUsage("--case DIR is required", "index");
        assertUsage("unexpected argument 'extra'", "index", "--case", "case", "extra");
        FaultlineProcess.Result missing = run("index", "--case", "no-such-case");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void searchSortsNewestFirstByDefaultAndOldestFirstWithSortTime() throws Exception {
        List<JsonNode> byDefault = jsonLines(run("search", "--case", "case", "--json", "*:*").out());
        List<JsonNode> oldest = jsonLines(run("search", "--case", "case", "--json", "--sort", "time", "*:*").out());
        assertEquals(4, byDefault.size());
        List<String> newest = byDefault.subList(0, 3).stream().map(n -> n.get("timestamp").asText()).toList();
        List<String> oldestFirst = oldest.subList(0, 3).stream().map(n -> n.get("timestamp").asText()).toList();
        assertEquals(List.of("2024-07-19T04:11:03Z", "2024-07-19T04:10:02Z", "2024-07-19T04:09:01Z"), newest);
        assertEquals(newest.reversed(), oldestFirst, "--sort time is oldest first");
        assertEquals(byDefault.subList(0, 3).toString(),
                jsonLines(run("search", "--case", "case", "--json", "--sort", "time-desc", "*:*").out()).subList(0, 3).toString());
    }

    @Test
    void searchFindsAModuleWithOrWithoutItsExtension() throws Exception {
        Path analysis = SharedData.file("windbg/ms_blog_csagent_wer_fragment.txt");
        assumeTrue(analysis != null, "shared data absent");
        assertEquals(0, run("import", "--case", "windbg-case", analysis.toString()).exitCode());
        FaultlineProcess.Result plain = run("search", "--case", "windbg-case", "--json", "module:csagent");
        FaultlineProcess.Result withExtension = run("search", "--case", "windbg-case", "--json", "module:csagent.sys");
        assertEquals(0, withExtension.exitCode(), withExtension.err());
        assertEquals("", withExtension.err());
        long total = jsonLines(plain.out()).getLast().get("total").asLong();
        assertTrue(total > 0, plain.out());
        assertEquals(total, jsonLines(withExtension.out()).getLast().get("total").asLong(), withExtension.out());
    }

    @Test
    void searchPagesWithLimitAndCursor() throws Exception {
        List<JsonNode> page = jsonLines(run("search", "--case", "case", "--json", "--limit", "1", "*:*").out());
        assertEquals(2, page.size(), "one hit and the summary");
        assertTrue(!page.get(1).get("nextPage").isNull(), page.toString());
        List<JsonNode> next = jsonLines(run("search", "--case", "case", "--json", "--limit", "1", "--after",
                page.get(1).get("nextPage").asText(), "*:*").out());
        assertTrue(!next.get(0).get("id").equals(page.get(0).get("id")), "the next page starts after the first");
    }

    @Test
    void searchRejectsBadCommandLinesAndQueries() throws Exception {
        assertUsage("a QUERY is required", "search", "--case", "case");
        assertUsage("a QUERY is required", "search", "--case", "case", "");
        assertUsage("a QUERY is required", "search", "--case", "case", " ");
        assertUsage("--case DIR is required", "search", "csagent");
        assertUsage("--limit must be 1..10000, got 0", "search", "--case", "case", "--limit", "0", "csagent");
        assertUsage("--limit must be 1..10000, got 10001", "search", "--case", "case", "--limit", "10001", "csagent");
        assertUsage("--limit takes a number, got 'ten'", "search", "--case", "case", "--limit", "ten", "csagent");
        assertUsage("--sort takes time, time-desc or relevance, got 'size'", "search", "--case", "case", "--sort", "size", "csagent");
        assertUsage("unknown option '--bogus'", "search", "--case", "case", "--bogus", "csagent");

        FaultlineProcess.Result syntax = run("search", "--case", "case", "host:(a OR");
        assertEquals(2, syntax.exitCode(), syntax.err());
        FaultlineProcess.Result noIndex = run("search", "--case", "no-such-case", "csagent");
        assertEquals(2, noIndex.exitCode());
        assertTrue(noIndex.err().contains("no evidence index"), noIndex.err());
    }

    @Test
    void searchHitsOfAnEvtxFileNameTheirPosition() throws Exception {
        Path evtx = SharedData.file("evtx/eas_LM_Remote_Service02_7045.evtx");
        assumeTrue(evtx != null, "shared data absent");
        FaultlineProcess.Result imported = run("import", "--case", "evtx-case", evtx.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        List<JsonNode> hits = jsonLines(run("search", "--case", "evtx-case", "--json", "event:7045").out());
        assertEquals(4, hits.size(), hits.toString());
        for (JsonNode hit : hits.subList(0, 3)) {
            JsonNode source = hit.get("source");
            assertTrue(source.get("line").isNull());
            assertTrue(source.get("offset").asLong() > 0, hit.toString());
            assertTrue(source.get("recordId").asLong() >= 4480, hit.toString());
        }
        JsonNode parsed = jsonLines(run("parse", "--json", evtx.toString()).out()).get(0);
        // the index keeps times to the millisecond
        Instant parsedTime = Instant.parse(parsed.get("timestamp").asText()).truncatedTo(ChronoUnit.MILLIS);
        assertTrue(hits.subList(0, 3).stream().anyMatch(h -> Instant.parse(h.get("timestamp").asText()).equals(parsedTime)
                && h.get("source").get("recordId").asText().equals(parsed.get("recordId").asText())),
                "search and parse give a record the same time and id: " + parsed.get("timestamp") + " " + hits);
    }

    @Test
    void sampleAndValidateNameAnUnknownOptionAsSuch() throws Exception {
        assertUsage("unknown option '--bogus'", "sample", "--bogus", "x");
        assertUsage("unknown option '--bogus'", "validate", "--bogus", "case");
        assertUsage("DIR is required", "sample");
        assertUsage("expected one folder, got 2", "validate", "a", "b");
        FaultlineProcess.Result notEmpty = run("sample", "case");
        assertEquals(2, notEmpty.exitCode(), notEmpty.err());
        FaultlineProcess.Result noCase = run("validate", "no-such-case");
        assertEquals(2, noCase.exitCode(), noCase.err());
    }
}
