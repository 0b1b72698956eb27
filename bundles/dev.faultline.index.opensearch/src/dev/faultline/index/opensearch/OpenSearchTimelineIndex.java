package dev.faultline.index.opensearch;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.index.IndexFields;
import dev.faultline.index.IndexedDocument;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.SearchContract;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;
import dev.faultline.index.StoredRecord;
import dev.faultline.index.TimeHistogram;
import dev.faultline.index.TimeOrderedScan;
import dev.faultline.index.TimelineEntries.Curated;
import dev.faultline.index.TimelineEntries.Marks;
import dev.faultline.index.TimelineIndex;
import dev.faultline.index.opensearch.internal.ClusterClient;
import dev.faultline.index.opensearch.internal.ClusterTimelineEntries;
import dev.faultline.index.opensearch.internal.DocumentJson;
import dev.faultline.index.opensearch.internal.FieldNames;
import dev.faultline.index.opensearch.internal.QueryTranslator;

/**
 * The timeline on an index on a cluster: pages by the same search as {@link OpenSearchIndex#search}
 * (cursor paging), time-axis counts by {@link OpenSearchTimeCounts}, streamed rows by
 * {@code search_after} pages of {@value #SCAN_PAGE} in time order (insertion order within a
 * millisecond), and the model's events and marks written as the embedded index writes them
 * ({@link ClusterTimelineEntries}).
 */
public final class OpenSearchTimelineIndex implements TimelineIndex {

    /** Records per request of a stream. */
    static final int SCAN_PAGE = SearchOptions.MAX_LIMIT;
    /** Distinct lists of field names looked up one request each before the rest are read record by record. */
    private static final int MAX_NAME_LISTS = 2_000;

    private final OpenSearchIndex index;

    public OpenSearchTimelineIndex(OpenSearchIndex index) {
        this.index = index;
    }

    public OpenSearchIndex index() {
        return index;
    }

    @Override
    public SearchResult search(String query, SearchOptions options) throws QuerySyntaxException, IOException {
        return index.search(query, options);
    }

    @Override
    public long count(String query) throws QuerySyntaxException, IOException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        String typed = query == null ? "" : query;
        body.set("query", new QueryTranslator(typed).translate(SearchContract.parse(typed)));
        return index.client().require("POST", "/" + index.name() + "/_count", body.toString(), "count records of index '" + index.name() + "'")
                .path("count").asLong();
    }

    @Override
    public long[] timeSpan() throws IOException {
        return OpenSearchTimeCounts.timeSpan(index);
    }

    @Override
    public TimeHistogram histogram(String query, long from, long to, int buckets, String laneField, int maxLanes)
            throws QuerySyntaxException, IOException {
        return OpenSearchTimeCounts.count(index, query, from, to, buckets, laneField, maxLanes);
    }

    /** The query of the timed records of {@code query} in [from, to] (both inclusive), in the query syntax. */
    static String timed(String query, Long from, Long to) {
        String window = "time:[" + (from == null ? "*" : Instant.ofEpochMilli(from)) + " TO " + (to == null ? "*" : Instant.ofEpochMilli(to)) + "]";
        return query == null || query.isBlank() ? window : "(" + query + ") AND " + window;
    }

    @Override
    public long scanStored(String query, Long from, Long to, boolean newestFirst, TimeOrderedScan.StoredVisitor visitor)
            throws QuerySyntaxException, IOException {
        String timed = timed(query, from, to);
        SearchOptions page = SearchOptions.defaults().withLimit(SCAN_PAGE).withHighlight(false)
                .withSort(newestFirst ? SortOrder.TIME_DESC : SortOrder.TIME);
        StoredRecord view = new StoredRecord();
        long visited = 0;
        String after = null;
        do {
            SearchResult result = index.search(timed, page.after(after));
            for (SearchHit hit : result.hits()) {
                view.fill(hit.id(), hit.record());
                visited++;
                if (!visitor.visit(view)) {
                    return visited;
                }
            }
            after = result.nextPage();
        } while (after != null);
        return visited;
    }

    /**
     * The names from the list term ({@link IndexedDocument#FIELD_NAMES}) of the first record of each
     * distinct list in time order: one request per list (the records of the lists seen are left out of
     * the next), so few requests however many records; records whose list is too long for a term are
     * read one by one.
     */
    @Override
    public Set<String> fieldNames(String query, Long from, Long to, int max) throws QuerySyntaxException, IOException {
        String typed = timed(query, from, to);
        ObjectNode translated = new QueryTranslator(typed).translate(SearchContract.parse(typed));
        String field = FieldNames.of(IndexedDocument.FIELD_NAMES);
        Set<String> names = new LinkedHashSet<>();
        Set<String> lists = new LinkedHashSet<>();
        boolean tooLong = false;
        while (names.size() < max && lists.size() < MAX_NAME_LISTS) {
            ObjectNode body = ClusterClient.JSON.createObjectNode();
            ObjectNode bool = body.putObject("query").putObject("bool");
            bool.putArray("filter").add(translated);
            ArrayNode seen = bool.putArray("must_not").addObject().putObject("terms").putArray(field);
            lists.forEach(seen::add);
            body.put("size", 1).put("track_total_hits", false);
            ArrayNode sort = body.putArray("sort");
            sort.addObject().putObject(FieldNames.of(IndexFields.TIME)).put("order", "asc");
            sort.addObject().putObject(FieldNames.SEQ).put("order", "asc");
            body.putObject("_source").putArray("includes").add(FieldNames.RECORD + ".f").add(FieldNames.RECORD + ".fo");
            JsonNode hits = index.client().require("POST", "/" + index.name() + "/_search", body.toString(),
                    "read the field names of index '" + index.name() + "'").path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            Map<String, String> fields = DocumentJson.record(hits.get(0).path("_source").path(FieldNames.RECORD)).fields();
            String list = IndexedDocument.fieldNamesTerm(fields);
            if (!lists.add(list)) {
                tooLong = true; // a list the cluster does not match as its term: read the records themselves
                break;
            }
            if (list.equals(IndexedDocument.FIELD_NAMES_TOO_LONG)) {
                tooLong = true;
            } else {
                add(names, IndexedDocument.fieldNamesOf(list), max);
            }
        }
        if (tooLong || lists.size() >= MAX_NAME_LISTS) { // rare: read the records themselves
            scanStored(query, from, to, false, record -> {
                add(names, List.copyOf(record.toRecord().fields().keySet()), max);
                return names.size() < max;
            });
        }
        return names;
    }

    private static void add(Set<String> names, List<String> more, int max) {
        for (String name : more) {
            if (names.size() >= max) {
                return;
            }
            names.add(name);
        }
    }

    @Override
    public Set<String> present(Collection<String> ids) throws IOException {
        return new ClusterTimelineEntries(index.client(), index.name()).present(ids);
    }

    @Override
    public boolean inSync(String signature, long expected) throws IOException {
        return new ClusterTimelineEntries(index.client(), index.name()).inSync(signature, expected);
    }

    @Override
    public long sync(String signature, List<Curated> curated, Map<String, Marks> marks) throws IOException {
        return new ClusterTimelineEntries(index.client(), index.writeIndex()).sync(signature, curated, marks, index.nextSeq());
    }

    @Override
    public String toString() {
        return index.toString();
    }
}
