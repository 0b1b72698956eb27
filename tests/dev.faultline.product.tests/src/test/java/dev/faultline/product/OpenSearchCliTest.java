package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code index --opensearch}, {@code search}, {@code import}, {@code timeline}, {@code report} and the
 * analyses on an investigation indexed into OpenSearch, as a user runs them: a one-node cluster started
 * by {@code releng/opensearch/cluster.sh} (skipped, saying why, when the node launcher is not built),
 * the same answers as the embedded index, and clear errors.
 */
class OpenSearchCliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;
    static Path clusterHome;
    static int port;

    @BeforeAll
    static void clusterAndCase() throws Exception {
        Path classpath = FaultlineProcess.root().resolve("releng/opensearch/target/node-classpath.txt");
        assumeTrue(Files.isRegularFile(classpath), "the OpenSearch node launcher is not built (" + classpath + " missing)");
        port = freePort();
        clusterHome = Files.createTempDirectory("faultline-opensearch-cli");
        cluster("start", "1");
        Files.writeString(work.resolve("auth.log"), """
                <38>1 2024-07-19T04:09:01Z host-a sshd 100 - - Accepted password for admin from 10.0.0.1 port 22 ssh2
                <6>1 2024-07-19T04:10:02Z host-a kernel - - - csagent.sys loaded
                <2>1 2024-07-19T04:11:03Z host-b kernel - - - BUGCHECK 0x00000050 in csagent!Foo+0x1e4
                """);
        FaultlineProcess.Result imported = FaultlineProcess.run(work, "import", "--case", "case", "auth.log");
        assertEquals(0, imported.exitCode(), imported.err());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (clusterHome != null) {
            cluster("stop");
        }
    }

    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int p = 20_000 + ThreadLocalRandom.current().nextInt(20_000);
            try (ServerSocket a = new ServerSocket(p, 1, InetAddress.getLoopbackAddress());
                    ServerSocket b = new ServerSocket(p + 100, 1, InetAddress.getLoopbackAddress())) {
                return p;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free loopback port pair");
    }

    private static void cluster(String... args) throws Exception {
        Path log = clusterHome.resolve("cluster-sh.log");
        ProcessBuilder builder = new ProcessBuilder("bash", FaultlineProcess.root().resolve("releng/opensearch/cluster.sh").toString());
        builder.command().addAll(java.util.List.of(args));
        builder.environment().put("FAULTLINE_OPENSEARCH_HOME", clusterHome.toString());
        builder.environment().put("FAULTLINE_OPENSEARCH_PORT", Integer.toString(port));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "cluster.sh " + String.join(" ", args) + " within 300 s");
        assertEquals(0, process.exitValue(), () -> {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    private static String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A request to the cluster, as a user with curl would make it. */
    private static JsonNode http(String method, String path, String body) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return MAPPER.readTree(response.body());
    }

    private static JsonNode summary(FaultlineProcess.Result result) throws Exception {
        String[] lines = result.out().strip().split("\n");
        return MAPPER.readTree(lines[lines.length - 1]);
    }

    @Test
    void indexedIntoOpenSearchSearchesThereWithTheSameAnswers() throws Exception {
        FaultlineProcess.Result embedded = FaultlineProcess.run(work, "search", "--case", "case", "--json", "--facets", "csagent OR 0x50");
        assertEquals(0, embedded.exitCode(), embedded.err());
        FaultlineProcess.Result indexed = FaultlineProcess.run(work, "--json", "index", "--case", "case", "--opensearch", url(), "--index",
                "cli-case");
        assertEquals(0, indexed.exitCode(), indexed.err());
        JsonNode line = MAPPER.readTree(indexed.out());
        assertEquals(3, line.path("records").asLong());
        assertEquals("cli-case", line.path("index").asText());
        assertEquals(url(), line.path("opensearch").asText());
        String recorded = Files.readString(work.resolve("case/opensearch.json"), StandardCharsets.UTF_8);
        assertTrue(recorded.contains("\"index\" : \"cli-case\""), recorded);
        FaultlineProcess.Result remote = FaultlineProcess.run(work, "search", "--case", "case", "--json", "--facets", "csagent OR 0x50");
        assertEquals(0, remote.exitCode(), remote.err());
        assertEquals(2, summary(remote).path("total").asLong());
        assertEquals(summary(embedded).path("total"), summary(remote).path("total"));
        assertEquals(summary(embedded).path("facets"), summary(remote).path("facets"));
        String[] embeddedHits = embedded.out().strip().split("\n");
        String[] remoteHits = remote.out().strip().split("\n");
        for (int i = 0; i < embeddedHits.length - 1; i++) {
            JsonNode a = MAPPER.readTree(embeddedHits[i]);
            JsonNode b = MAPPER.readTree(remoteHits[i]);
            assertEquals(a.path("id"), b.path("id"));
            assertEquals(a.path("highlights"), b.path("highlights"));
        }
        // import indexes the new records on the cluster
        Files.writeString(work.resolve("later.log"), "<6>1 2024-07-19T05:00:00Z host-c kernel - - - later record\n");
        FaultlineProcess.Result later = FaultlineProcess.run(work, "import", "--case", "case", "later.log");
        assertEquals(0, later.exitCode(), later.err());
        assertFalse(later.err().contains("faultline:"), "the cluster index held every evidence file, nothing to repair: " + later.err());
        FaultlineProcess.Result found = FaultlineProcess.run(work, "search", "--case", "case", "--json", "later OR csagent");
        assertEquals(0, found.exitCode(), found.err());
        assertEquals(3, summary(found).path("total").asLong(), found.out());
        // a writer killed while it wrote auth.log's records left it marked unfinished: the next import indexes it again
        String authSha = MAPPER.readTree(found.out().strip().split("\n")[2]).path("source").path("sha256").asText();
        JsonNode meta = http("GET", "/cli-case/_mapping", null).elements().next().path("mappings").path("_meta");
        String concrete = http("GET", "/cli-case/_mapping", null).fieldNames().next();
        ((com.fasterxml.jackson.databind.node.ObjectNode) meta.path("faultline")).putArray("unfinished").add(authSha);
        http("PUT", "/" + concrete + "/_mapping", "{\"_meta\": " + meta.toString() + "}");
        JsonNode authHit = MAPPER.readTree(found.out().strip().split("\n")[1]);
        assertEquals(authSha, authHit.path("source").path("sha256").asText());
        http("DELETE", "/" + concrete + "/_doc/" + java.net.URLEncoder.encode(authHit.path("id").asText(), StandardCharsets.UTF_8) + "?refresh=true", null);
        assertEquals(3, summary(FaultlineProcess.run(work, "search", "--case", "case", "--json", "*:*")).path("total").asLong(),
                "one of auth.log's three records is gone");
        Files.writeString(work.resolve("third.log"), "<6>1 2024-07-19T05:01:00Z host-d kernel - - - third record\n");
        FaultlineProcess.Result third = FaultlineProcess.run(work, "import", "--case", "case", "third.log");
        assertEquals(0, third.exitCode(), third.err());
        assertTrue(third.err().contains("an earlier write did not finish for 1 evidence file(s)"), third.err());
        FaultlineProcess.Result all = FaultlineProcess.run(work, "search", "--case", "case", "--json", "*:*");
        assertEquals(5, summary(all).path("total").asLong(), all.out());
        assertFalse(http("GET", "/cli-case/_mapping", null).elements().next().path("mappings").path("_meta").path("faultline")
                .path("unfinished").elements().hasNext(), "nothing unfinished any more");
        FaultlineProcess.Result valid = FaultlineProcess.run(work, "validate", "case");
        assertEquals(0, valid.exitCode(), valid.out() + valid.err()); // checked against the cluster index, not the stale DIR/index
        // the cluster gone: import stops with exit 2 naming it and records nothing in the model
        String model = Files.readString(work.resolve("case/investigation.xmi"), StandardCharsets.UTF_8);
        String recordedUrl = Files.readString(work.resolve("case/opensearch.json"), StandardCharsets.UTF_8);
        Files.writeString(work.resolve("case/opensearch.json"), recordedUrl.replace(url(), "http://127.0.0.1:1"));
        Files.writeString(work.resolve("fourth.log"), "<6>1 2024-07-19T05:02:00Z host-e kernel - - - fourth record\n");
        FaultlineProcess.Result gone = FaultlineProcess.run(work, "import", "--case", "case", "fourth.log");
        assertEquals(2, gone.exitCode(), gone.err());
        assertTrue(gone.err().contains("import stopped: cannot reach the OpenSearch cluster at http://127.0.0.1:1"), gone.err());
        assertEquals(model, Files.readString(work.resolve("case/investigation.xmi"), StandardCharsets.UTF_8));
        FaultlineProcess.Result unchecked = FaultlineProcess.run(work, "validate", "case");
        assertEquals(2, unchecked.exitCode(), unchecked.out());
        assertTrue(unchecked.out().contains("integrity.index-unreachable"), unchecked.out());
        Files.writeString(work.resolve("case/opensearch.json"), recordedUrl);
        FaultlineProcess.Result back = FaultlineProcess.run(work, "index", "--case", "case");
        assertEquals(0, back.exitCode(), back.err());
        assertTrue(back.err().contains("no longer index 'cli-case' on " + url()), back.err());
        assertFalse(Files.exists(work.resolve("case/opensearch.json")));
    }

    @Test
    void clustersAndTheDriverAuditReadTheClusterWithTheSameAnswers() throws Exception {
        Path data = FaultlineProcess.root().resolve("../shared/data");
        assumeTrue(Files.isDirectory(data.resolve("windbg")), "shared data absent: " + data);
        java.util.List<String> importArgs = new java.util.ArrayList<>(java.util.List.of("import", "--case", "fleet"));
        try (var files = Files.list(data.resolve("windbg"))) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> importArgs.add(p.toString()));
        }
        importArgs.add(data.resolve("driverquery/generalupdate_bowl_driverquery_v_en.txt").toString());
        FaultlineProcess.Result imported = FaultlineProcess.run(work, importArgs.toArray(String[]::new));
        // the real driverquery file has a comment line that is rejected (exit 2); every other record is imported
        assertTrue(imported.exitCode() == 0 || imported.exitCode() == 2 && imported.err().contains("not a driverquery row"), imported.err());
        FaultlineProcess.run(work, "--json", "clusters", "--case", "fleet"); // records the clusters: the next runs bind to them
        FaultlineProcess.Result clusters = FaultlineProcess.run(work, "--json", "clusters", "--case", "fleet");
        assertEquals(0, clusters.exitCode(), clusters.err());
        assertTrue(clusters.out().contains("\"signature\""), clusters.out());
        FaultlineProcess.Result drivers = FaultlineProcess.run(work, "--json", "drivers", "--case", "fleet", "--audit");
        assertEquals(0, drivers.exitCode(), drivers.err());
        FaultlineProcess.Result indexed = FaultlineProcess.run(work, "index", "--case", "fleet", "--opensearch", url(), "--index", "fleet-case");
        assertEquals(0, indexed.exitCode(), indexed.err());
        Files.move(work.resolve("fleet/index"), work.resolve("fleet-embedded-index")); // nothing can read DIR/index now
        FaultlineProcess.Result remoteClusters = FaultlineProcess.run(work, "--json", "clusters", "--case", "fleet");
        assertEquals(0, remoteClusters.exitCode(), remoteClusters.err());
        assertEquals(clusters.out(), remoteClusters.out());
        FaultlineProcess.Result remoteDrivers = FaultlineProcess.run(work, "--json", "drivers", "--case", "fleet", "--audit");
        assertEquals(0, remoteDrivers.exitCode(), remoteDrivers.err());
        assertEquals(drivers.out(), remoteDrivers.out());
        assertFalse(Files.exists(work.resolve("fleet/index")), "the analyses read the cluster, not a rebuilt DIR/index");
    }

    @Test
    void theTimelineAndTheReportReadTheClusterWithTheSameAnswers() throws Exception {
        Path data = FaultlineProcess.root().resolve("../shared/data");
        assumeTrue(Files.isDirectory(data.resolve("windbg")), "shared data absent: " + data);
        assertEquals(0, FaultlineProcess.run(work, "sample", "tl").exitCode()); // the model's timeline events: indexed by timeline's sync
        java.util.List<String> importArgs = new java.util.ArrayList<>(java.util.List.of("import", "--case", "tl", "--year", "2005",
                "auth.log", data.resolve("loghub/Linux/Linux_2k.log").toString())); // syslog without a year: 2005, as loghub's
        try (var files = Files.list(data.resolve("windbg"))) {
            files.filter(p -> p.getFileName().toString().startsWith("ie_")).sorted().forEach(p -> importArgs.add(p.toString()));
        }
        FaultlineProcess.Result imported = FaultlineProcess.run(work, importArgs.toArray(String[]::new));
        assertEquals(0, imported.exitCode(), imported.err());
        java.util.List<String[]> runs = java.util.List.of(new String[] { "timeline", "--case", "tl" },
                new String[] { "timeline", "--case", "tl", "--format", "csv" },
                new String[] { "timeline", "--case", "tl", "--format", "jsonl", "--filter", "kind:curated OR sshd", "--zone", "Europe/Berlin" },
                new String[] { "timeline", "--case", "tl", "--format", "timesketch-csv", "--from", "2005-06-14", "--to", "2005-06-20T12:00" },
                new String[] { "timeline", "--case", "tl", "--format", "timesketch-jsonl" },
                new String[] { "timeline", "--case", "tl", "--picture", "axis.svg", "--lanes", "kind" },
                new String[] { "--json", "clusters", "--case", "tl" },
                new String[] { "report", "--case", "tl", "--format", "md", "--sections", "timeline,clusters,drivers", "--out", "report.md" });
        java.util.List<String> embedded = new java.util.ArrayList<>();
        for (String[] run : runs) {
            embedded.add(answer(run));
        }
        assertTrue(embedded.get(0).contains("Channel File 291 update released"), "the model's events are on the timeline: " + embedded.get(0));
        assertTrue(embedded.get(3).lines().count() > 100, embedded.get(3));
        FaultlineProcess.Result indexed = FaultlineProcess.run(work, "index", "--case", "tl", "--opensearch", url(), "--index", "tl-case");
        assertEquals(0, indexed.exitCode(), indexed.err());
        Files.move(work.resolve("tl/index"), work.resolve("tl-embedded-index")); // nothing can read DIR/index now
        for (int i = 0; i < runs.size(); i++) {
            String remote = answer(runs.get(i));
            if (i < 5) {
                // records of the same second (many in this log) stream in insertion order on the cluster, in the order the
                // embedded index's segments hold them, and CSV columns come in the order each backend first sees them: the
                // same rows (as column -> value), the same times in the same order
                boolean csv = String.join(" ", runs.get(i)).contains("csv");
                assertEquals(csv ? csvRows(embedded.get(i)) : sortedLines(embedded.get(i)), csv ? csvRows(remote) : sortedLines(remote),
                        String.join(" ", runs.get(i)) + " on the cluster");
                assertEquals(times(embedded.get(i)), times(remote), "times in order: " + String.join(" ", runs.get(i)));
            } else {
                assertEquals(embedded.get(i), remote, String.join(" ", runs.get(i)) + " on the cluster");
            }
        }
        assertFalse(Files.exists(work.resolve("tl/index")), "timeline and report read the cluster, not a rebuilt DIR/index");
        FaultlineProcess.Result tagged = FaultlineProcess.run(work, "timeline", "--case", "tl", "--filter", "kind:curated");
        assertEquals(embedded.get(0).lines().filter(l -> l.contains("Channel File 291 update released")).count(),
                tagged.out().lines().filter(l -> l.contains("Channel File 291 update released")).count(), "the model's events, indexed on the cluster");
    }

    private static java.util.List<String> sortedLines(String text) {
        return text.lines().sorted().toList();
    }

    /** The rows of a CSV export (after the command's own lines) as column -> value, sorted. */
    private static java.util.List<String> csvRows(String answer) {
        String text = answer.substring(answer.indexOf('\n') + 1);
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        java.util.List<String> row = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        java.util.List<String> header = rows.get(0);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (java.util.List<String> r : rows.subList(1, rows.size())) {
            java.util.Map<String, String> named = new java.util.TreeMap<>();
            for (int k = 0; k < r.size(); k++) {
                named.put(k < header.size() ? header.get(k) : "#" + k, r.get(k));
            }
            out.add(named.toString());
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** The first time of each line, in order. */
    private static java.util.List<String> times(String text) {
        java.util.regex.Pattern time = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}");
        return text.lines().map(l -> {
            java.util.regex.Matcher m = time.matcher(l);
            return m.find() ? m.group() : "";
        }).toList();
    }

    /** What a command printed (stdout, stderr, exit code) and, when it wrote files, their contents. */
    private static String answer(String... args) throws Exception {
        FaultlineProcess.Result r = FaultlineProcess.run(work, args);
        StringBuilder out = new StringBuilder("exit " + r.exitCode() + "\n" + r.out() + "\n--- stderr\n" + r.err());
        for (String file : new String[] { "axis.svg", "report.md", "report-timeline.svg" }) {
            Path written = work.resolve(file);
            if (Files.exists(written)) {
                out.append("\n--- ").append(file).append('\n').append(Files.readString(written, StandardCharsets.UTF_8));
                Files.delete(written);
            }
        }
        // the report says when it was made
        return out.toString().replaceAll("Generated \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC", "Generated (time) UTC");
    }

    @Test
    void clearErrorsForAnUnreachableClusterAMissingIndexAndMisuse() throws Exception {
        FaultlineProcess.Result unreachable = FaultlineProcess.run(work, "index", "--case", "case", "--opensearch", "http://127.0.0.1:1");
        assertEquals(2, unreachable.exitCode(), unreachable.err());
        assertTrue(unreachable.err().contains("cannot reach the OpenSearch cluster at http://127.0.0.1:1"), unreachable.err());
        assertFalse(Files.exists(work.resolve("case/opensearch.json")), "nothing recorded when indexing failed");
        FaultlineProcess.Result usage = FaultlineProcess.run(work, "index", "--case", "case", "--index", "x");
        assertEquals(1, usage.exitCode(), usage.err());
        Path other = Files.createDirectories(work.resolve("other"));
        FaultlineProcess.Result imported = FaultlineProcess.run(work, "import", "--case", "other", "auth.log");
        assertEquals(0, imported.exitCode(), imported.err());
        Files.writeString(other.resolve("opensearch.json"), "{\"url\": \"" + url() + "\", \"index\": \"gone\"}");
        FaultlineProcess.Result missing = FaultlineProcess.run(work, "search", "--case", "other", "csagent");
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("has no index 'gone'"), missing.err());
        FaultlineProcess.Result credentials = FaultlineProcess.run(work, "index", "--case", "case", "--opensearch",
                "http://admin:secret@127.0.0.1:" + port);
        assertEquals(2, credentials.exitCode(), credentials.err());
        assertFalse(credentials.err().contains("secret"), credentials.err());
    }

    @Test
    void twoInvestigationsGivenTheSameIndexNameDoNotClash() throws Exception {
        for (String dir : new String[] { "first", "second" }) {
            FaultlineProcess.Result imported = FaultlineProcess.run(work, "import", "--case", dir, "auth.log");
            assertEquals(0, imported.exitCode(), imported.err());
        }
        FaultlineProcess.Result first = FaultlineProcess.run(work, "index", "--case", "first", "--opensearch", url(), "--index", "shared-name");
        assertEquals(0, first.exitCode(), first.err());
        String recorded = Files.readString(work.resolve("first/opensearch.json"), StandardCharsets.UTF_8);
        assertTrue(recorded.contains("\"investigation\""), recorded);
        FaultlineProcess.Result second = FaultlineProcess.run(work, "index", "--case", "second", "--opensearch", url(), "--index", "shared-name");
        assertEquals(2, second.exitCode(), second.err());
        assertTrue(second.err().contains("the OpenSearch index 'shared-name' on " + url() + " holds the records of another investigation"), second.err());
        assertTrue(second.err().contains(work.resolve("first").toString()), "names the other investigation's folder: " + second.err());
        assertFalse(Files.exists(work.resolve("second/opensearch.json")), "nothing recorded for the refused investigation");
        // a record pointing the second investigation at the first one's index (copied by hand) is refused too
        Files.writeString(work.resolve("second/opensearch.json"), recorded.replaceAll("\"investigation\" : \"[^\"]+\"",
                "\"investigation\" : \"someone-else\""));
        FaultlineProcess.Result search = FaultlineProcess.run(work, "search", "--case", "second", "csagent");
        assertEquals(2, search.exitCode(), search.err());
        assertTrue(search.err().contains("holds the records of another investigation"), search.err());
        FaultlineProcess.Result timeline = FaultlineProcess.run(work, "timeline", "--case", "second");
        assertEquals(2, timeline.exitCode(), timeline.err());
        Files.delete(work.resolve("second/opensearch.json"));
        assertEquals(3, summary(FaultlineProcess.run(work, "search", "--case", "first", "--json", "*:*")).path("total").asLong(),
                "the first investigation's index is untouched");
    }
}
