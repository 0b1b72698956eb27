package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.faultline.index.IndexProgress;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.opensearch.OpenSearchException.Problem;
import dev.faultline.index.opensearch.internal.ClusterClient;

/** Each way a cluster can be unusable gives a message naming the cluster or index and what failed. */
class ClusterFaultsTest {

    @Test
    void unreachableClusterNamesTheAddress() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        ClusterAccess access = ClusterAccess.of("http://127.0.0.1:" + port, Map.of());
        OpenSearchException e = assertThrows(OpenSearchException.class, () -> OpenSearchIndex.open(access, "faultline"));
        assertEquals(Problem.UNREACHABLE, e.problem());
        assertEquals("cannot reach the OpenSearch cluster at http://127.0.0.1:" + port + ": connection refused", e.getMessage());
    }

    @Test
    void refusedCredentialsSayWhereToSetThem() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing authentication credentials\"},\"status\":401}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            ClusterAccess access = ClusterAccess.of("http://127.0.0.1:" + server.getAddress().getPort(),
                    Map.of(ClusterAccess.USER, "analyst", ClusterAccess.PASSWORD, "wrong"));
            OpenSearchException e = assertThrows(OpenSearchException.class, () -> OpenSearchIndex.open(access, "faultline"));
            assertEquals(Problem.CREDENTIALS, e.problem());
            assertTrue(e.getMessage().startsWith("the OpenSearch cluster at " + access + " refused the credentials (HTTP 401)"), e.getMessage());
            assertTrue(e.getMessage().contains(ClusterAccess.USER), e.getMessage());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void credentialsInTheUrlAreRefusedBecauseTheUrlIsRecorded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClusterAccess.of("https://admin:secret@search.example:9200", Map.of()));
        assertTrue(e.getMessage().contains("carries credentials"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClusterAccess.of("ftp://search.example", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ClusterAccess.of("http://x:9200", Map.of(ClusterAccess.USER, "only-user")));
    }

    @Test
    void missingIndexNamesItAndHowToCreateIt() throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        OpenSearchException e = assertThrows(OpenSearchException.class, () -> OpenSearchIndex.open(cluster.access(), "no-such-investigation"));
        assertEquals(Problem.MISSING_INDEX, e.problem());
        assertEquals("the OpenSearch cluster at " + cluster.url() + " has no index 'no-such-investigation'; create it with 'faultline index"
                + " --case DIR --opensearch " + cluster.url() + " --index no-such-investigation'", e.getMessage());
        OpenSearchException bad = assertThrows(OpenSearchException.class, () -> OpenSearchIndex.open(cluster.access(), "Upper/Case"));
        assertTrue(bad.getMessage().startsWith("'Upper/Case' cannot name an OpenSearch index"), bad.getMessage());
    }

    @Test
    void anIndexNotMadeByFaultlineIsRefusedAndLeftAlone() throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        ClusterClient client = new ClusterClient(cluster.access());
        client.require("PUT", "/someone-elses", "{\"mappings\":{\"properties\":{\"message\":{\"type\":\"text\"}}}}", "create a foreign index");
        client.require("POST", "/someone-elses/_doc?refresh=true", "{\"message\":\"not ours\"}", "index a foreign document");
        OpenSearchException e = assertThrows(OpenSearchException.class, () -> OpenSearchIndex.open(cluster.access(), "someone-elses"));
        assertEquals(Problem.FOREIGN_INDEX, e.problem());
        assertTrue(e.getMessage().startsWith("the OpenSearch index 'someone-elses' on " + cluster.url() + " was not made by Faultline"),
                e.getMessage());
        OpenSearchException rebuild = assertThrows(OpenSearchException.class, () -> OpenSearchIndex.build(cluster.access(), "someone-elses",
                null, java.util.stream.Stream::empty, IndexProgress.NONE));
        assertEquals(Problem.FOREIGN_INDEX, rebuild.problem());
        assertEquals(1, client.require("GET", "/someone-elses/_count", null, "count").path("count").asLong(), "the foreign index is untouched");
    }

    @Test
    void aFailedRebuildKeepsTheOldRecords() throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        var records = ConformanceEvidence.all(ConformanceEvidence.dataDir());
        OpenSearchIndex.build(cluster.access(), "interrupted", null, records::stream, IndexProgress.NONE);
        IllegalStateException failure = new IllegalStateException("evidence store failed");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> OpenSearchIndex.build(cluster.access(), "interrupted",
                null, () -> records.stream().peek(r -> {
                    if (r.kind().equals("crash")) {
                        throw failure;
                    }
                }), IndexProgress.NONE));
        assertEquals(failure, thrown);
        try (OpenSearchIndex index = OpenSearchIndex.open(cluster.access(), "interrupted")) {
            assertEquals(records.size(), index.documentCount());
            assertEquals(records.size(), index.search("", SearchOptions.defaults().withLimit(1)).totalHits());
        }
        ClusterClient client = new ClusterClient(cluster.access());
        assertEquals(1, client.require("GET", "/interrupted-*/_settings", null, "list").size(), "the half-built index was deleted");
    }

    @Test
    void anIndexOfAnotherInvestigationIsRefusedNamingItAndLeftAlone() throws Exception {
        LocalCluster cluster = LocalCluster.shared();
        var records = ConformanceEvidence.all(ConformanceEvidence.dataDir());
        IndexOwner first = new IndexOwner(IndexOwner.newId(), "Channel File 291", "/cases/cf291");
        IndexOwner second = new IndexOwner(IndexOwner.newId(), "Printer outage", "/cases/printer");
        OpenSearchIndex.build(cluster.access(), "same-name", null, first, records::stream, IndexProgress.NONE);
        OpenSearchException built = assertThrows(OpenSearchException.class,
                () -> OpenSearchIndex.build(cluster.access(), "same-name", null, second, java.util.stream.Stream::empty, IndexProgress.NONE));
        assertEquals(Problem.OTHER_INVESTIGATION, built.problem());
        assertEquals("the OpenSearch index 'same-name' on " + cluster.url() + " holds the records of another investigation (investigation"
                + " 'Channel File 291' in /cases/cf291), not of the one in /cases/printer; give this investigation its own index with"
                + " 'faultline index --case DIR --opensearch " + cluster.url() + " --index OTHER-NAME'", built.getMessage());
        OpenSearchException opened = assertThrows(OpenSearchException.class,
                () -> OpenSearchIndex.open(cluster.access(), "same-name", second.id(), second.folder()));
        assertEquals(Problem.OTHER_INVESTIGATION, opened.problem());
        assertThrows(OpenSearchException.class, () -> new RecordedIndex(cluster.url().toString(), "same-name", null, java.nio.file.Path.of("/cases/old"))
                .open(Map.of()), "a record without an id (made before indexes had owners) does not open an owned index");
        try (OpenSearchIndex index = OpenSearchIndex.open(cluster.access(), "same-name", first.id(), first.folder())) {
            assertEquals(records.size(), index.documentCount(), "the first investigation's records are untouched");
            // a write keeps the owner in the mapping (the held files are kept there too)
            index.addEvidence("e7".repeat(32), java.util.stream.Stream.of(new dev.faultline.core.evidence.EvidenceRecord(null, null, "h", "note",
                    "one more", Map.of(), null, new dev.faultline.core.evidence.SourceRef("more.txt", "e7".repeat(32), 1, -1, null))),
                    IndexProgress.NONE);
            assertEquals(records.size() + 1, index.documentCount());
        }
        assertEquals(Problem.OTHER_INVESTIGATION, assertThrows(OpenSearchException.class,
                () -> OpenSearchIndex.open(cluster.access(), "same-name", second.id(), second.folder())).problem(), "still owned after a write");
        OpenSearchIndex.build(cluster.access(), "same-name", null, first, records::stream, IndexProgress.NONE); // its own investigation rebuilds it
        try (OpenSearchIndex index = OpenSearchIndex.open(cluster.access(), "same-name", first.id(), first.folder())) {
            assertEquals(records.size(), index.documentCount());
        }
    }
}
