package dev.faultline.index.opensearch.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.index.opensearch.OpenSearchException.Problem;

/**
 * Deletes the records of one evidence file (those written before a given insertion number, or all), with the core
 * search and bulk APIs only (no {@code _delete_by_query}: that comes from the reindex module, which
 * a cluster may not have).
 */
public final class EarlierRecords {

    private static final int PAGE = 1000;

    private final ClusterClient client;
    private final String index;

    public EarlierRecords(ClusterClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** Deletes the records with this source key and an insertion number below {@code beforeSeq}; returns how many. */
    public long delete(String sourceKey, long beforeSeq) throws OpenSearchException {
        return delete(sourceKey, Long.MIN_VALUE, beforeSeq);
    }

    /** Deletes every record with this source key; returns how many. */
    public long deleteAll(String sourceKey) throws OpenSearchException {
        return delete(sourceKey, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Deletes the records with this source key and an insertion number from {@code fromSeq} to below {@code beforeSeq}; returns how many. */
    public long delete(String sourceKey, long fromSeq, long beforeSeq) throws OpenSearchException {
        long deleted = 0;
        JsonNode after = null;
        while (true) {
            ObjectNode body = ClusterClient.JSON.createObjectNode();
            ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
            filter.addObject().putObject("term").put(FieldNames.SOURCE_KEY, sourceKey);
            if (fromSeq != Long.MIN_VALUE || beforeSeq != Long.MAX_VALUE) {
                ObjectNode range = filter.addObject().putObject("range").putObject(FieldNames.SEQ);
                if (fromSeq != Long.MIN_VALUE) {
                    range.put("gte", fromSeq);
                }
                if (beforeSeq != Long.MAX_VALUE) {
                    range.put("lt", beforeSeq);
                }
            }
            body.put("size", PAGE).put("_source", false).put("track_total_hits", false);
            body.putArray("sort").addObject().put(FieldNames.SEQ, "asc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = client.require("POST", "/" + index + "/_search", body.toString(),
                    "find the earlier records of an evidence file in index '" + index + "'").path("hits").path("hits");
            if (hits.isEmpty()) {
                return deleted;
            }
            ByteArrayOutputStream bulk = new ByteArrayOutputStream();
            for (JsonNode hit : hits) {
                ObjectNode action = ClusterClient.JSON.createObjectNode();
                action.putObject("delete").put("_index", index).put("_id", hit.path("_id").asText());
                bulk.writeBytes((action + "\n").getBytes(StandardCharsets.UTF_8));
                after = hit.path("sort");
            }
            ClusterClient.Response answer = client.send("POST", "/_bulk", bulk.toString(StandardCharsets.UTF_8), "application/x-ndjson");
            if (!answer.ok()) {
                throw client.failure(answer, "delete the earlier records of an evidence file from index '" + index + "'");
            }
            if (answer.body().path("errors").asBoolean(false)) {
                throw new OpenSearchException(Problem.REQUEST_FAILED, "the cluster at " + client.access()
                        + " did not delete every earlier record of an evidence file from index '" + index + "'", null);
            }
            deleted += hits.size();
            if (hits.size() < PAGE) {
                return deleted;
            }
        }
    }
}
