package dev.faultline.index.opensearch.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.IndexFields;
import dev.faultline.index.SearchContract;
import dev.faultline.index.SortOrder;
import dev.faultline.index.opensearch.OpenSearchException;

/**
 * Whole-index reads for the fleet analyses: every hit of a filter in the embedded index's order
 * ({@code search_after} on time and insertion number, doc values only, or the stored record), every distinct combination of keyword
 * values with its count (a composite aggregation, page by page), and records by document id.
 */
public final class FleetPages {

    private static final int PAGE = 5000;

    /** What is done with each hit; may throw (a cancelled scan). */
    @FunctionalInterface
    public interface HitAction {
        void accept(JsonNode hit) throws IOException;
    }

    /** What is done with each distinct combination of values and how many records have it. */
    @FunctionalInterface
    public interface BucketAction {
        void accept(List<String> key, long count) throws IOException;
    }

    private final ClusterClient client;
    private final String index;

    public FleetPages(ClusterClient client, String index) {
        this.client = client;
        this.index = index;
    }

    private JsonNode search(ObjectNode body, String doing) throws OpenSearchException {
        return client.require("POST", "/" + index + "/_search", body.toString(), doing + " in index '" + index + "'");
    }

    private static ObjectNode filtered(List<? extends JsonNode> filters) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
        filters.forEach(filter::add);
        body.put("track_total_hits", false);
        return body;
    }

    /**
     * The embedded index's order: it keeps its records sorted newest first (untimed last), later records
     * first among equal times; so the first records a scan meets, and the first of equal times, are the same.
     */
    private static void newestFirst(ObjectNode body) {
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject(FieldNames.of(IndexFields.TIME)).put("order", "desc").put("missing",
                SearchContract.missingTime(SortOrder.TIME_DESC));
        sort.addObject().putObject(FieldNames.SEQ).put("order", "desc");
    }

    /** Every hit of the filters, in the embedded index's order (newest first), with {@code docValues} in {@code fields} and the record when {@code withRecord}. */
    public void eachHit(List<? extends JsonNode> filters, List<String> docValues, boolean withRecord, HitAction action) throws IOException {
        JsonNode after = null;
        while (true) {
            ObjectNode body = filtered(filters);
            body.put("size", PAGE);
            if (withRecord) {
                body.putObject("_source").putArray("includes").add(FieldNames.RECORD);
            } else {
                body.put("_source", false);
            }
            ArrayNode fields = body.putArray("docvalue_fields");
            docValues.forEach(fields::add);
            newestFirst(body);
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = search(body, "read the fleet records").path("hits").path("hits");
            for (JsonNode hit : hits) {
                action.accept(hit);
                after = hit.path("sort");
            }
            if (hits.size() < PAGE) {
                return;
            }
        }
    }

    /** Every combination of values of {@code fields} (records missing one are left out) among the filter's hits, with its count. */
    public void eachComposite(List<? extends JsonNode> filters, List<String> fields, BucketAction action) throws IOException {
        JsonNode after = null;
        while (true) {
            ObjectNode body = filtered(filters);
            body.put("size", 0);
            ObjectNode composite = body.putObject("aggs").putObject("values").putObject("composite");
            composite.put("size", PAGE);
            ArrayNode sources = composite.putArray("sources");
            for (String field : fields) {
                sources.addObject().putObject(field).putObject("terms").put("field", field);
            }
            if (after != null) {
                composite.set("after", after);
            }
            JsonNode values = search(body, "count the fleet records").path("aggregations").path("values");
            for (JsonNode bucket : values.path("buckets")) {
                List<String> key = new ArrayList<>(fields.size());
                for (String field : fields) {
                    key.add(bucket.path("key").path(field).asText());
                }
                action.accept(key, bucket.path("doc_count").asLong());
            }
            after = values.get("after_key");
            if (after == null || values.path("buckets").size() < PAGE) {
                return;
            }
        }
    }

    /** The first {@code n} records of the filter in the embedded index's order (newest first). */
    public List<EvidenceRecord> first(List<? extends JsonNode> filters, int n) throws OpenSearchException {
        ObjectNode body = filtered(filters);
        body.put("size", n);
        body.putObject("_source").putArray("includes").add(FieldNames.RECORD);
        newestFirst(body);
        List<EvidenceRecord> records = new ArrayList<>(n);
        for (JsonNode hit : search(body, "read example records").path("hits").path("hits")) {
            records.add(DocumentJson.record(hit.path("_source").path(FieldNames.RECORD)));
        }
        return records;
    }

    /** The records with these document ids. */
    public Map<String, EvidenceRecord> records(Collection<String> ids) throws OpenSearchException {
        Map<String, EvidenceRecord> records = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += PAGE) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + PAGE));
            ObjectNode body = ClusterClient.JSON.createObjectNode();
            chunk.forEach(body.putObject("query").putObject("ids").putArray("values")::add);
            body.put("size", chunk.size());
            body.putObject("_source").putArray("includes").add(FieldNames.RECORD);
            for (JsonNode hit : search(body, "read example records").path("hits").path("hits")) {
                records.put(hit.path("_id").asText(), DocumentJson.record(hit.path("_source").path(FieldNames.RECORD)));
            }
        }
        return records;
    }
}
