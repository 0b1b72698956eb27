package dev.faultline.index.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.index.IndexFields;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.SearchContract;
import dev.faultline.index.TimeHistogram;
import dev.faultline.index.opensearch.internal.ClusterClient;
import dev.faultline.index.opensearch.internal.FieldNames;
import dev.faultline.index.opensearch.internal.QueryTranslator;

/**
 * The timeline's time-axis counts ({@link TimeHistogram}) of an index on a cluster: records of a query
 * per time bucket and lane, counted by the cluster with a {@code range} aggregation whose ranges are
 * the buckets ({@link TimeHistogram#bucketStart} to the next bucket's start), under a {@code terms}
 * aggregation of the lane's facet field; no record is fetched.
 * Requests stay under the cluster's bucket limit by splitting lanes and ranges. A record with several
 * values of the lane field counts in each of their lanes (the embedded index counts it in the first).
 */
public final class OpenSearchTimeCounts {

    /** Buckets one request may ask for (the cluster's default {@code search.max_buckets} is 65,535). */
    private static final int MAX_BUCKETS_PER_REQUEST = 60_000;
    private static final String NONE_KEY = "none";

    private OpenSearchTimeCounts() {
    }

    /**
     * Counts like {@link TimeHistogram#count(dev.faultline.index.EvidenceIndex, String, long, long, int, String, int)}.
     *
     * @throws QuerySyntaxException when the query cannot be parsed
     */
    public static TimeHistogram count(OpenSearchIndex index, String queryText, long from, long to, int buckets, String laneField, int maxLanes)
            throws QuerySyntaxException, IOException {
        if (to <= from) {
            throw new IllegalArgumentException("the time range is empty or reversed: " + from + " .. " + to);
        }
        if (buckets < 1 || buckets > TimeHistogram.MAX_BUCKETS) {
            throw new IllegalArgumentException("buckets must be 1.." + TimeHistogram.MAX_BUCKETS + ", got " + buckets);
        }
        if (laneField != null && !List.of(IndexFields.HOST, IndexFields.KIND, IndexFields.SOURCE).contains(laneField)) {
            throw new IllegalArgumentException("lanes are host, kind or source, got " + laneField);
        }
        long started = System.nanoTime();
        String typed = queryText == null ? "" : queryText;
        ObjectNode query = new QueryTranslator(typed).translate(SearchContract.parse(typed));
        long[] bounds = boundaries(from, to, buckets);
        ClusterClient client = index.client();
        String path = "/" + index.name() + "/_search";
        Map<String, long[]> byLane = new LinkedHashMap<>();
        if (laneField == null) {
            byLane.put(TimeHistogram.ALL, counts(client, path, query, bounds));
        } else {
            String field = FieldNames.facet(laneField);
            List<String> lanes = lanes(client, path, query, field, from, to);
            int perRequest = Math.max(1, MAX_BUCKETS_PER_REQUEST / buckets);
            for (int i = 0; i < lanes.size(); i += perRequest) {
                List<String> group = lanes.subList(i, Math.min(lanes.size(), i + perRequest));
                Map<String, long[]> counted = new HashMap<>();
                countLanes(client, path, query, bounds, field, group, counted);
                group.forEach(lane -> byLane.put(laneName(lane), counted.getOrDefault(lane, new long[buckets])));
            }
        }
        long untimed = untimed(client, index.name(), query);
        return TimeHistogram.fold(from, to, buckets, byLane, laneField == null, maxLanes, untimed, (System.nanoTime() - started) / 1000);
    }

    /** The first and last time of any record of the index, or {@code null} when no record has a time. */
    public static long[] timeSpan(OpenSearchIndex index) throws IOException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", false);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("first").putObject("min").put("field", FieldNames.of(IndexFields.TIME));
        aggs.putObject("last").putObject("max").put("field", FieldNames.of(IndexFields.TIME));
        JsonNode answer = index.client().require("POST", "/" + index.name() + "/_search", body.toString(), "read the time span of index '"
                + index.name() + "'").path("aggregations");
        JsonNode first = answer.path("first").path("value");
        return first.isNumber() ? new long[] { first.asLong(), answer.path("last").path("value").asLong() } : null;
    }

    /**
     * {@code bounds[i]}: the first millisecond of bucket {@code i}, {@link TimeHistogram#bucketStart}
     * ({@code from + (long) ((double) (to - from) * i / buckets)}); {@code bounds[buckets] = to}.
     */
    static long[] boundaries(long from, long to, int buckets) {
        long[] bounds = new long[buckets + 1];
        for (int i = 0; i < buckets; i++) {
            bounds[i] = from + (long) ((double) (to - from) * i / buckets);
        }
        bounds[buckets] = to;
        return bounds;
    }

    private static ObjectNode filtered(ObjectNode query, long from, long to) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", false);
        ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
        filter.add(query);
        filter.addObject().putObject("range").putObject(FieldNames.of(IndexFields.TIME)).put("gte", from).put("lt", to);
        return body;
    }

    /** The range aggregation of buckets {@code first} to {@code last - 1}. */
    private static ObjectNode axis(long[] bounds, int first, int last) {
        ObjectNode range = ClusterClient.JSON.createObjectNode();
        ObjectNode spec = range.putObject("range");
        spec.put("field", FieldNames.of(IndexFields.TIME));
        ArrayNode ranges = spec.putArray("ranges");
        for (int i = first; i < last; i++) {
            ranges.addObject().put("from", bounds[i]).put("to", bounds[i + 1]);
        }
        return range;
    }

    private static void readAxis(JsonNode axis, long[] counts, int first) {
        int i = first;
        for (JsonNode bucket : axis.path("buckets")) {
            counts[i++] += bucket.path("doc_count").asLong();
        }
    }

    /** The counts of all records, the buckets split over requests under the bucket limit. */
    private static long[] counts(ClusterClient client, String path, ObjectNode query, long[] bounds) throws OpenSearchException {
        int buckets = bounds.length - 1;
        long[] counts = new long[buckets];
        for (int first = 0; first < buckets; first += MAX_BUCKETS_PER_REQUEST) {
            int last = Math.min(buckets, first + MAX_BUCKETS_PER_REQUEST);
            ObjectNode body = filtered(query, bounds[first], bounds[last]);
            body.putObject("aggs").set("axis", axis(bounds, first, last));
            JsonNode answer = client.require("POST", path, body.toString(), "count records per time bucket").path("aggregations");
            readAxis(answer.path("axis"), counts, first);
        }
        return counts;
    }

    /**
     * Counts of a group of lanes ({@code "=" + value}, so that a value "none" is not {@link #NONE_KEY}, the records
     * without a value) in one request per slice of buckets.
     */
    private static void countLanes(ClusterClient client, String path, ObjectNode query, long[] bounds, String field, List<String> group,
            Map<String, long[]> counted) throws OpenSearchException {
        int buckets = bounds.length - 1;
        int slice = Math.max(1, MAX_BUCKETS_PER_REQUEST / group.size());
        for (int first = 0; first < buckets; first += slice) {
            int last = Math.min(buckets, first + slice);
            ObjectNode body = filtered(query, bounds[first], bounds[last]);
            ObjectNode aggs = body.putObject("aggs");
            List<String> named = group.stream().filter(lane -> !lane.equals(NONE_KEY)).toList();
            if (!named.isEmpty()) {
                ObjectNode lanes = aggs.putObject("lanes");
                ObjectNode terms = lanes.putObject("terms");
                terms.put("field", field).put("size", named.size());
                ArrayNode include = terms.putArray("include");
                named.forEach(lane -> include.add(lane.substring(1)));
                lanes.putObject("aggs").set("axis", axis(bounds, first, last));
            }
            if (group.contains(NONE_KEY)) {
                ObjectNode missing = aggs.putObject("none");
                missing.putObject("missing").put("field", field);
                missing.putObject("aggs").set("axis", axis(bounds, first, last));
            }
            JsonNode answer = client.require("POST", path, body.toString(), "count records per time bucket and lane").path("aggregations");
            for (JsonNode lane : answer.path("lanes").path("buckets")) {
                readAxis(lane.path("axis"), counted.computeIfAbsent("=" + lane.path("key").asText(), k -> new long[buckets]), first);
            }
            if (group.contains(NONE_KEY)) {
                readAxis(answer.path("none").path("axis"), counted.computeIfAbsent(NONE_KEY, k -> new long[buckets]), first);
            }
        }
    }

    /** The lanes with records in the range: {@code "=" + value}, and {@link #NONE_KEY} when some record has no value. */
    private static List<String> lanes(ClusterClient client, String path, ObjectNode query, String field, long from, long to)
            throws OpenSearchException {
        ObjectNode body = filtered(query, from, to);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("lanes").putObject("terms").put("field", field).put("size", MAX_BUCKETS_PER_REQUEST);
        aggs.putObject("none").putObject("missing").put("field", field);
        JsonNode answer = client.require("POST", path, body.toString(), "list the lanes of the time axis").path("aggregations");
        List<String> lanes = new ArrayList<>();
        for (JsonNode lane : answer.path("lanes").path("buckets")) {
            lanes.add("=" + lane.path("key").asText());
        }
        if (answer.path("none").path("doc_count").asLong() > 0) {
            lanes.add(NONE_KEY);
        }
        return lanes;
    }

    private static String laneName(String lane) {
        return lane.equals(NONE_KEY) ? TimeHistogram.NONE : lane.substring(1);
    }

    private static long untimed(ClusterClient client, String index, ObjectNode query) throws OpenSearchException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("filter").add(query);
        bool.putArray("must_not").addObject().putObject("exists").put("field", FieldNames.of(IndexFields.TIME));
        return client.require("POST", "/" + index + "/_count", body.toString(), "count the records without a time").path("count").asLong();
    }
}
