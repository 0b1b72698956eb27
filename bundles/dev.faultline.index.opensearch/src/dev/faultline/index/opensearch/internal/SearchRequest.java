package dev.faultline.index.opensearch.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.search.Query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.FacetValue;
import dev.faultline.index.IndexFields;
import dev.faultline.index.IndexedDocument;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.SearchContract;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;
import dev.faultline.index.opensearch.OpenSearchException;

/**
 * One search on the cluster, answered like the embedded index answers it: the same sort (time and
 * insertion number, records without a time last), the same page cursors ({@code search_after} on
 * those values), totals exact up to {@value SearchContract#COUNT_EXACTLY_UP_TO} (always with facets),
 * facets as {@code terms} aggregations (most frequent first, then by value), highlights made on the
 * client from the stored text. Facets are always counted on every hit (the cluster spreads the work),
 * so {@link SearchResult#facetSampleRate()} is 1.
 */
public final class SearchRequest {

    private final ClusterClient client;
    private final String index;
    private final String typed;
    private final SearchOptions options;

    public SearchRequest(ClusterClient client, String index, String typed, SearchOptions options) {
        this.client = client;
        this.index = index;
        this.typed = typed;
        this.options = options;
    }

    public SearchResult run() throws QuerySyntaxException, OpenSearchException {
        long started = System.nanoTime();
        Query query = SearchContract.parse(typed);
        Object[] after = null;
        if (options.after() != null) {
            try {
                after = SearchContract.afterValues(options.sort(), options.after());
            } catch (IllegalArgumentException e) {
                throw new QuerySyntaxException(typed, 0, e.getMessage());
            }
        }
        int offset = after == null ? options.offset() : 0;
        int wanted = offset + options.limit();
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.set("query", new QueryTranslator(typed).translate(query));
        body.put("from", offset).put("size", options.limit());
        if (options.facets()) {
            body.put("track_total_hits", true);
        } else {
            body.put("track_total_hits", Math.max(SearchContract.COUNT_EXACTLY_UP_TO, wanted));
        }
        sort(body.putArray("sort"));
        if (after != null) {
            ArrayNode values = body.putArray("search_after");
            if (options.sort() == SortOrder.RELEVANCE) {
                values.add(((Number) after[0]).floatValue());
            } else {
                values.add(((Number) after[0]).longValue());
            }
            values.add(((Number) after[1]).longValue());
        }
        body.putObject("_source").putArray("includes").add(FieldNames.RECORD).add(FieldNames.of(IndexFields.ID));
        if (options.facets()) {
            ObjectNode aggs = body.putObject("aggs");
            for (String dim : IndexFields.FACETS) {
                ObjectNode terms = aggs.putObject(dim).putObject("terms");
                terms.put("field", FieldNames.facet(dim)).put("size", options.facetValues())
                        .put("shard_size", Math.max(100, options.facetValues() * 20));
                ArrayNode order = terms.putArray("order");
                order.addObject().put("_count", "desc");
                order.addObject().put("_key", "asc");
            }
        }
        String path = "/" + index + "/_search" + (options.sort() == SortOrder.RELEVANCE ? "?search_type=dfs_query_then_fetch" : "");
        JsonNode answer = client.require("POST", path, body.toString(), "search index '" + index + "'");
        JsonNode total = answer.path("hits").path("total");
        long totalHits = total.path("value").asLong();
        boolean exact = "eq".equals(total.path("relation").asText("eq"));
        Function<String, List<String>> highlighter = SearchContract.highlighter(query, options);
        List<SearchHit> hits = new ArrayList<>();
        JsonNode last = null;
        for (JsonNode hit : answer.path("hits").path("hits")) {
            EvidenceRecord record = DocumentJson.record(hit.path("_source").path(FieldNames.RECORD));
            float score = options.sort() == SortOrder.RELEVANCE ? (float) hit.path("sort").path(0).asDouble() : 0f;
            hits.add(new SearchHit(hitId(hit), score, record, highlighter.apply(IndexedDocument.fullText(record))));
            last = hit;
        }
        boolean knownLast = exact && after == null && totalHits <= wanted;
        String next = null;
        if (hits.size() == options.limit() && !knownLast && last != null) {
            JsonNode values = last.path("sort");
            Object first = options.sort() == SortOrder.RELEVANCE ? (Object) (float) values.path(0).asDouble() : (Object) values.path(0).asLong();
            next = SearchContract.cursor(options.sort(), first, values.path(1).asLong());
        }
        Map<String, List<FacetValue>> facets = Map.of();
        if (options.facets()) {
            facets = new LinkedHashMap<>();
            for (String dim : IndexFields.FACETS) {
                List<FacetValue> values = new ArrayList<>();
                for (JsonNode bucket : answer.path("aggregations").path(dim).path("buckets")) {
                    values.add(new FacetValue(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
                }
                facets.put(dim, List.copyOf(values));
            }
        }
        return new SearchResult(typed, totalHits, exact, hits, next, facets, 1, (System.nanoTime() - started) / 1_000_000);
    }

    /** The hit id, as stored (the document id is shortened when the hit id is too long for one). */
    private static String hitId(JsonNode hit) {
        return hit.path("_source").path(FieldNames.of(IndexFields.ID)).asText(hit.path("_id").asText());
    }

    private void sort(ArrayNode sort) {
        switch (options.sort()) {
            case TIME_DESC -> {
                sort.addObject().putObject(FieldNames.of(IndexFields.TIME)).put("order", "desc").put("missing",
                        SearchContract.missingTime(SortOrder.TIME_DESC));
                sort.addObject().putObject(FieldNames.SEQ).put("order", "desc");
            }
            case TIME -> {
                sort.addObject().putObject(FieldNames.of(IndexFields.TIME)).put("order", "asc").put("missing",
                        SearchContract.missingTime(SortOrder.TIME));
                sort.addObject().putObject(FieldNames.SEQ).put("order", "asc");
            }
            case RELEVANCE -> {
                sort.addObject().put("_score", "desc");
                sort.addObject().putObject(FieldNames.SEQ).put("order", "asc");
            }
        }
    }
}
