package dev.faultline.index.opensearch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.IndexFields;
import dev.faultline.index.TimelineEntries;
import dev.faultline.index.TimelineEntries.Curated;
import dev.faultline.index.TimelineEntries.Marks;
import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.index.opensearch.OpenSearchException.Problem;

/**
 * The model's timeline events and the analysts' marks in an index on the cluster, written as the
 * embedded index writes them ({@link TimelineEntries#indexed}: the same mark, signature, tag and star
 * terms), so {@code tag:} and {@code starred:true} filter alike and {@link #inSync} tells the same.
 * A sync is not one commit on a cluster: one interrupted leaves the index out of step with the model,
 * which {@link #inSync} sees, so the next sync writes it all again.
 */
public final class ClusterTimelineEntries {

    private static final int PAGE = 1000;

    private final ClusterClient client;
    private final String index;

    /** @param index the index read, and written by {@link #sync} (a concrete index or an alias of one) */
    public ClusterTimelineEntries(ClusterClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** The ids of {@code ids} that name a record in the index. */
    public Set<String> present(Collection<String> ids) throws OpenSearchException {
        Set<String> found = new LinkedHashSet<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += PAGE) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + PAGE));
            for (JsonNode hit : byIds(chunk, false)) {
                found.add(hit.path("_source").path(FieldNames.of(IndexFields.ID)).asText());
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : all) {
            if (found.contains(id)) {
                ordered.add(id);
            }
        }
        return ordered;
    }

    /** Whether every document a sync of this signature writes is there, and none of another. */
    public boolean inSync(String signature, long expected) throws OpenSearchException {
        return count(TimelineEntries.SIGNATURE, signature) == expected && count(TimelineEntries.MARK, "1") == expected;
    }

    /**
     * Replaces what an earlier sync wrote: deletes its curated events, writes each earlier or newly
     * marked record again with its marks (none: as a plain record, under its insertion number), then
     * adds the curated events from {@code nextSeq} on.
     *
     * @return documents written with marks or as curated events
     */
    public long sync(String signature, List<Curated> curated, Map<String, Marks> marks, long nextSeq) throws IOException {
        client.require("POST", "/" + index + "/_refresh", null, "refresh index '" + index + "'");
        List<String> earlierCurated = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (JsonNode hit : withTerm(TimelineEntries.MARK, "1")) {
            String id = hit.path("_source").path(FieldNames.of(IndexFields.ID)).asText();
            if (hit.path("_source").path(FieldNames.of(TimelineEntries.CURATED_MARK)).isMissingNode()) {
                touched.add(id);
            } else {
                earlierCurated.add(hit.path("_id").asText());
            }
        }
        for (JsonNode hit : withTerm(TimelineEntries.CURATED_MARK, "1")) {
            if (!earlierCurated.contains(hit.path("_id").asText())) {
                earlierCurated.add(hit.path("_id").asText());
            }
        }
        touched.addAll(marks.keySet());
        long written = 0;
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        List<String> wanted = List.copyOf(touched);
        for (int i = 0; i < wanted.size(); i += PAGE) {
            for (JsonNode hit : byIds(wanted.subList(i, Math.min(wanted.size(), i + PAGE)), true)) {
                stored.put(hit.path("_source").path(FieldNames.of(IndexFields.ID)).asText(), hit.path("_source"));
            }
        }
        delete(earlierCurated);
        try (BulkLoader bulk = new BulkLoader(client, index)) {
            for (String id : touched) {
                JsonNode source = stored.get(id);
                if (source == null || id.startsWith(TimelineEntries.CURATED_ID_PREFIX)) {
                    continue; // not in the index, or an earlier curated event (deleted above)
                }
                EvidenceRecord record = DocumentJson.record(source.path(FieldNames.RECORD));
                Marks m = marks.getOrDefault(id, Marks.NONE);
                bulk.add(TimelineEntries.indexed(record, id, source.path(FieldNames.SEQ).asLong(), m, signature, false));
                written += m.isEmpty() ? 0 : 1;
            }
            long seq = nextSeq;
            for (Curated c : curated) {
                bulk.add(TimelineEntries.indexed(c.record(), c.id(), seq++, c.marks(), signature, true));
                written++;
            }
            bulk.finish();
        }
        client.require("POST", "/" + index + "/_refresh", null, "refresh index '" + index + "'");
        return written;
    }

    private long count(String field, String value) throws OpenSearchException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.putObject("query").putObject("term").put(FieldNames.of(field), value);
        return client.require("POST", "/" + index + "/_count", body.toString(), "count the timeline entries of index '" + index + "'")
                .path("count").asLong();
    }

    /** The hits of records with these ids, with their id (and their record and insertion number when {@code whole}). */
    private JsonNode byIds(List<String> ids, boolean whole) throws OpenSearchException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        ArrayNode terms = body.putObject("query").putObject("terms").putArray(FieldNames.of(IndexFields.ID));
        ids.forEach(terms::add);
        body.put("size", Math.max(1, ids.size() * 2)).put("track_total_hits", false);
        ArrayNode includes = body.putObject("_source").putArray("includes").add(FieldNames.of(IndexFields.ID));
        if (whole) {
            includes.add(FieldNames.RECORD).add(FieldNames.SEQ);
        }
        return client.require("POST", "/" + index + "/_search", body.toString(), "look records up by id in index '" + index + "'")
                .path("hits").path("hits");
    }

    /** Every record with this term (page by page), with its id and whether it is a curated event. */
    private List<JsonNode> withTerm(String field, String value) throws OpenSearchException {
        List<JsonNode> all = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = ClusterClient.JSON.createObjectNode();
            body.putObject("query").putObject("term").put(FieldNames.of(field), value);
            body.put("size", PAGE).put("track_total_hits", false);
            body.putArray("sort").addObject().put(FieldNames.SEQ, "asc");
            body.putObject("_source").putArray("includes").add(FieldNames.of(IndexFields.ID)).add(FieldNames.of(TimelineEntries.CURATED_MARK));
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = client.require("POST", "/" + index + "/_search", body.toString(), "find the timeline entries of index '" + index + "'")
                    .path("hits").path("hits");
            hits.forEach(all::add);
            if (hits.size() < PAGE) {
                return all;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    private void delete(List<String> documentIds) throws OpenSearchException {
        for (int i = 0; i < documentIds.size(); i += PAGE) {
            ByteArrayOutputStream bulk = new ByteArrayOutputStream();
            for (String id : documentIds.subList(i, Math.min(documentIds.size(), i + PAGE))) {
                ObjectNode action = ClusterClient.JSON.createObjectNode();
                action.putObject("delete").put("_index", index).put("_id", id);
                bulk.writeBytes((action + "\n").getBytes(StandardCharsets.UTF_8));
            }
            ClusterClient.Response answer = client.send("POST", "/_bulk", bulk.toString(StandardCharsets.UTF_8), "application/x-ndjson");
            if (!answer.ok() || answer.body().path("errors").asBoolean(false)) {
                throw new OpenSearchException(Problem.REQUEST_FAILED, "the cluster at " + client.access()
                        + " did not delete the earlier timeline events from index '" + index + "'", null);
            }
        }
    }
}
