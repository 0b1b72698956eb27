package dev.faultline.index.opensearch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.index.IndexedDocument;
import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.index.opensearch.OpenSearchException.Problem;
import dev.faultline.index.opensearch.internal.ClusterClient.Response;

/**
 * Sends documents to one index in bulk requests of a few megabytes, one request in flight while
 * the next is built. A refused document ends the load with an exception naming it and the
 * cluster's reason; a cluster that is busy (HTTP 429) gets the same request again after a pause
 * (document ids are stable, so a repeated request overwrites rather than duplicates).
 */
public final class BulkLoader implements AutoCloseable {

    private static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final int MAX_DOCUMENTS = 2_000;
    private static final int RETRIES = 6;

    private final ClusterClient client;
    private final String index;
    private ByteArrayOutputStream batch = new ByteArrayOutputStream(MAX_BYTES + 64 * 1024);
    private int documents;
    private CompletableFuture<Response> inFlight;
    private byte[] inFlightBody;

    public BulkLoader(ClusterClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public void add(IndexedDocument doc) throws IOException {
        DocumentJson.writeBulkIndex(batch, index, doc);
        documents++;
        if (documents >= MAX_DOCUMENTS || batch.size() >= MAX_BYTES) {
            send();
        }
    }

    private void send() throws OpenSearchException {
        awaitInFlight();
        if (documents == 0) {
            return;
        }
        inFlightBody = batch.toByteArray();
        inFlight = client.sendAsync("POST", "/_bulk", inFlightBody, "application/x-ndjson");
        batch = new ByteArrayOutputStream(MAX_BYTES + 64 * 1024);
        documents = 0;
    }

    private void awaitInFlight() throws OpenSearchException {
        if (inFlight == null) {
            return;
        }
        Response response = client.await(inFlight, "POST", "/_bulk");
        inFlight = null;
        for (int attempt = 1; response.status() == 429 && attempt <= RETRIES; attempt++) {
            try {
                Thread.sleep(500L << attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OpenSearchException(Problem.REQUEST_FAILED, "interrupted while the cluster at " + client.access() + " was busy", e);
            }
            response = client.send("POST", "/_bulk", new String(inFlightBody, java.nio.charset.StandardCharsets.UTF_8), "application/x-ndjson");
        }
        if (!response.ok()) {
            throw client.failure(response, "index documents into '" + index + "'");
        }
        if (response.body().path("errors").asBoolean(false)) {
            for (JsonNode item : response.body().path("items")) {
                JsonNode result = item.path("index");
                if (result.has("error")) {
                    throw new OpenSearchException(Problem.REQUEST_FAILED, "the OpenSearch cluster at " + client.access() + " refused record '"
                            + result.path("_id").asText() + "' for index '" + index + "': " + result.path("error").path("type").asText() + ": "
                            + result.path("error").path("reason").asText() + causedBy(result.path("error")), null);
                }
            }
        }
    }

    private static String causedBy(JsonNode error) {
        JsonNode cause = error.path("caused_by");
        return cause.isMissingNode() ? "" : " (" + cause.path("type").asText() + ": " + cause.path("reason").asText() + ")";
    }

    /** Sends what is left and waits until every request was answered. */
    public void finish() throws OpenSearchException {
        send();
        awaitInFlight();
    }

    /** Drops what was not sent and waits for a request in flight (its answer is ignored). */
    @Override
    public void close() {
        if (inFlight != null) {
            inFlight.handle((r, e) -> null).join();
            inFlight = null;
        }
    }
}
