package dev.faultline.timeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.index.EmbeddedTimelineIndex;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexFields;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;
import dev.faultline.index.StoredRecord;
import dev.faultline.index.TimeHistogram;
import dev.faultline.index.TimelineEntries.Curated;
import dev.faultline.index.TimelineEntries.Marks;
import dev.faultline.index.TimelineIndex;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.Investigation;

/**
 * The merged timeline of an investigation: every timed record of its evidence index and every
 * timeline event of its model, in time order, read page by page or streamed through the index
 * (never loaded as a whole). The model's events and tags are written into the index by
 * {@link #sync()}; rows are read from the index and joined with the model's events and
 * annotations ({@link TimelineModel}).
 * <p>
 * Reads and writes the index through {@link TimelineIndex}, so the same timeline runs on the
 * embedded index and on an index on a cluster. Does not own the index: the caller opens and closes it.
 */
public final class Timeline {

    /** Rows per page, at most. */
    public static final int MAX_PAGE = SearchOptions.MAX_LIMIT;

    private final TimelineIndex index;
    private volatile TimelineModel model;

    /** The timeline of an investigation on its embedded index. */
    public Timeline(Investigation investigation, EvidenceIndex index) {
        this(investigation, new EmbeddedTimelineIndex(index));
    }

    /** The timeline of an investigation on whatever holds its index. */
    public Timeline(Investigation investigation, TimelineIndex index) {
        this.index = index;
        this.model = new TimelineModel(investigation);
    }

    public TimelineIndex index() {
        return index;
    }

    /** How many records match an index query (e.g. {@link TimelineQuery#queryText()}). */
    public long count(String queryText) throws QuerySyntaxException, IOException {
        return index.count(queryText);
    }

    public TimelineModel model() {
        return model;
    }

    /** Reads the model again (after edits), without touching the index; see {@link #sync()}. */
    public void reloadModel() {
        model = new TimelineModel(model.investigation());
    }

    /**
     * Reads the model again and makes the index hold its events and tags (nothing is written when
     * it already does).
     *
     * @return whether the index was written
     * @throws IOException also when another Faultline holds the index's write lock (Lucene's LockObtainFailedException)
     */
    public boolean sync() throws IOException {
        return apply(plan());
    }

    /** What the index must hold for the model (its events and tags), read from the model now; see {@link #apply}. */
    public record SyncPlan(String signature, List<Curated> curated, Map<String, Marks> marks) {
    }

    /**
     * Reads the model (where the model may be read, e.g. on the UI thread) and asks the index which
     * records the model's events and annotations name.
     */
    public SyncPlan plan() throws IOException {
        reloadModel();
        TimelineModel m = model;
        Set<String> present = index.present(m.referencedRecordIds());
        List<Curated> curated = m.curated(present);
        Map<String, Marks> marks = m.marks(present);
        return new SyncPlan(TimelineModel.signature(curated, marks), curated, marks);
    }

    /**
     * Writes a plan into the index unless it holds it already (may run in a background job).
     *
     * @return whether the index was written
     */
    public boolean apply(SyncPlan plan) throws IOException {
        if (index.inSync(plan.signature(), plan.curated().size() + (long) plan.marks().size())) {
            return false;
        }
        index.sync(plan.signature(), plan.curated(), plan.marks());
        return true;
    }

    /**
     * One page of rows.
     *
     * @param after the previous page's {@link TimelinePage#nextPage()}, or {@code null} for the first
     * @throws QuerySyntaxException when the filter is not a valid query
     */
    public TimelinePage page(TimelineQuery query, String after, int limit) throws QuerySyntaxException, IOException {
        return page(query, after, 0, limit);
    }

    /**
     * One page of rows, {@code offset} rows (at most {@link SearchOptions#MAX_OFFSET}) after the start of the query.
     * Oldest first, the search is limited to a time window from the query's start (or the cursor's
     * time) that holds enough rows: the index is sorted newest first, so an unlimited oldest-first
     * search would visit every row. The window grows from a millisecond eightfold until it holds
     * them (each step a count), so it holds at most about eight times the rows needed, also where
     * a minute holds a hundred thousand.
     */
    public TimelinePage page(TimelineQuery query, String after, int offset, int limit) throws QuerySyntaxException, IOException {
        if (query.newestFirst()) {
            return pageOf(query, after, offset, limit);
        }
        long[] span = index.timeSpan();
        if (span == null) {
            return pageOf(query, after, offset, limit);
        }
        long start = after != null ? TimeHistogram.cursorTime(after) : Math.max(span[0], query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli());
        long end = Math.min(span[1], query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli());
        long need = (long) offset + limit;
        long width = 1;
        while (true) {
            long windowEnd = end - start <= width ? end : start + width;
            TimelineQuery window = query.withWindow(java.time.Instant.ofEpochMilli(start), java.time.Instant.ofEpochMilli(Math.max(start, windowEnd)));
            if (windowEnd >= end) {
                return pageOf(window, after, offset, limit);
            }
            if (index.count(window.queryText()) >= need) {
                TimelinePage page = pageOf(window, after, offset, limit);
                if (page.rows().size() == limit) {
                    return new TimelinePage(page.rows(), page.total(), false, page.nextPage(), page.tookMillis());
                }
            }
            width = width > Long.MAX_VALUE / 16 ? Long.MAX_VALUE / 2 : width * 8;
        }
    }

    private TimelinePage pageOf(TimelineQuery query, String after, int offset, int limit) throws QuerySyntaxException, IOException {
        SearchOptions options = SearchOptions.defaults().withLimit(limit).withHighlight(false)
                .withSort(query.newestFirst() ? SortOrder.TIME_DESC : SortOrder.TIME).after(after).withOffset(after == null ? offset : 0);
        SearchResult result = index.search(query.queryText(), options);
        TimelineModel m = model;
        List<TimelineRow> rows = new ArrayList<>(result.hits().size());
        for (SearchHit hit : result.hits()) {
            rows.add(m.row(hit.id(), hit.record()));
        }
        return new TimelinePage(rows, result.totalHits(), result.totalHitsExact(), result.nextPage(), result.tookMillis());
    }

    /** The records of the query's filter that have no time (not on the timeline), newest first as indexed. */
    public TimelinePage untimed(TimelineQuery query, String after, int limit) throws QuerySyntaxException, IOException {
        SearchOptions options = SearchOptions.defaults().withLimit(limit).withHighlight(false).after(after);
        SearchResult result = index.search(query.untimedQueryText(), options);
        TimelineModel m = model;
        List<TimelineRow> rows = new ArrayList<>(result.hits().size());
        for (SearchHit hit : result.hits()) {
            rows.add(m.row(hit.id(), hit.record()));
        }
        return new TimelinePage(rows, result.totalHits(), result.totalHitsExact(), result.nextPage(), result.tookMillis());
    }

    /** How many records of the query's filter have no time. */
    public long untimedCount(TimelineQuery query) throws QuerySyntaxException, IOException {
        return index.count(query.untimedQueryText());
    }

    /** Receives rows of {@link #stream}; returns {@code false} to stop. */
    @FunctionalInterface
    public interface RowVisitor {
        boolean visit(TimelineRow row) throws IOException;
    }

    /**
     * Every timed row of the query in its order, one at a time.
     *
     * @return rows visited
     */
    public long stream(TimelineQuery query, RowVisitor visitor) throws QuerySyntaxException, IOException {
        TimelineModel m = model;
        return index.scanStored(query.filter(), query.from() == null ? null : query.from().toEpochMilli(),
                query.to() == null ? null : query.to().toEpochMilli(), query.newestFirst(), r -> visitor.visit(m.row(r.id(), r.toRecord())));
    }

    /**
     * Receives the records of {@link #streamStored}: the record's stored fields (a view refilled for
     * the next record) and, when the model adds to it ({@link TimelineModel#mentions}), its row,
     * else {@code null}; returns {@code false} to stop.
     */
    @FunctionalInterface
    public interface StoredRowVisitor {
        boolean visit(StoredRecord record, TimelineRow modelRow) throws IOException;
    }

    /**
     * Every timed record of the query in its order, as {@link #stream} gives them but without a
     * row per record where the model adds nothing to it: for exports of millions of rows.
     *
     * @return records visited
     */
    public long streamStored(TimelineQuery query, StoredRowVisitor visitor) throws QuerySyntaxException, IOException {
        TimelineModel m = model;
        return index.scanStored(query.filter(), query.from() == null ? null : query.from().toEpochMilli(),
                query.to() == null ? null : query.to().toEpochMilli(), query.newestFirst(),
                r -> visitor.visit(r, m.mentions(r.id()) ? m.row(r.id(), r.toRecord()) : null));
    }

    /**
     * Rows per time bucket and lane, counted in the index.
     *
     * @param from start (epoch ms, inclusive)
     * @param to end (epoch ms, exclusive)
     */
    public TimeHistogram histogram(TimelineQuery query, long from, long to, int buckets, Lanes lanes, int maxLanes)
            throws QuerySyntaxException, IOException {
        String field = switch (lanes) {
            case NONE -> null;
            case HOST, HOST_GROUP -> IndexFields.HOST;
            case SOURCE -> IndexFields.SOURCE;
            case KIND -> IndexFields.KIND;
        };
        TimeHistogram counted = named(index.histogram(query.filter(), from, to, buckets, field,
                lanes == Lanes.HOST_GROUP ? Integer.MAX_VALUE : maxLanes), lanes);
        return lanes == Lanes.HOST_GROUP ? HostGroupLanes.regroup(counted, hostGroups(), maxLanes) : counted;
    }

    /** The lane of records without the lanes' field named for a reader ({@link Lanes#missing()}) instead of the index's "(none)". */
    private static TimeHistogram named(TimeHistogram h, Lanes lanes) {
        int none = lanes == Lanes.NONE ? -1 : h.lanes().indexOf(TimeHistogram.NONE);
        if (none < 0) {
            return h;
        }
        List<String> names = new ArrayList<>(h.lanes());
        names.set(none, lanes.missing());
        return new TimeHistogram(h.from(), h.to(), List.copyOf(names), h.counts(), h.untimed(), h.tookMicros());
    }

    /** The first and last time of the query's rows, or {@code null} when there are none. */
    public long[] bounds(TimelineQuery query) throws QuerySyntaxException, IOException {
        TimelinePage newest = pageOf(query.withNewestFirst(true), null, 0, 1);
        if (newest.rows().isEmpty()) {
            return null;
        }
        TimelinePage oldest = page(query.withNewestFirst(false), null, 0, 1); // windowed: fast on a newest-first index
        return new long[] { oldest.rows().get(0).time().toEpochMilli(), newest.rows().get(0).time().toEpochMilli() };
    }

    /** Lower-cased host name → name of the first host group listing the host as a representative. */
    private Map<String, String> hostGroups() {
        Map<String, String> groups = new java.util.HashMap<>();
        for (HostGroup group : model.investigation().getHostGroups()) {
            for (Host host : group.getRepresentatives()) {
                if (host.getName() != null) {
                    groups.putIfAbsent(host.getName().toLowerCase(java.util.Locale.ROOT), group.getName());
                }
            }
        }
        return groups;
    }
}
