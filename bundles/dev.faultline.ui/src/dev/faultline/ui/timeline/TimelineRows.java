package dev.faultline.ui.timeline;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.TimeHistogram;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelinePage;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.TimelineRow;

/**
 * The rows of the virtual table, read from the index a page at a time and kept in a small cache.
 * The next page follows the previous one's cursor; a page far from any loaded one (the scroll bar
 * dragged to the middle of ten million rows) is found by counting: the time buckets before it are
 * counted in the index until the page lies in one bucket within a short offset, so no row before
 * it is read.
 */
final class TimelineRows {

    static final int PAGE = 200;
    private static final int CACHED_PAGES = 64;
    private static final int SEEK_BUCKETS = 1024;
    /**
     * Rows a page found by counting may start after the start of its time bucket: the buckets are
     * narrowed until at most this many are to be skipped, because the page's search visits them.
     */
    private static final int SEEK_SKIP = 1_000;
    /** Steps of {@link SearchOptions#MAX_LIMIT} rows passed by cursor in one millisecond. */
    private static final int MAX_STEPS = 50;

    private final Timeline timeline;
    private final TimelineQuery query;
    private final long total;
    private final long first;
    private final long last;
    private final Map<Integer, List<TimelineRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<TimelineRow>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Map<Integer, String> cursorAfter = new java.util.HashMap<>();

    private TimelineRows(Timeline timeline, TimelineQuery query, long total, long first, long last) {
        this.timeline = timeline;
        this.query = query;
        this.total = total;
        this.first = first;
        this.last = last;
    }

    /** Counts the rows of a query (exactly, in the index) and prepares to page through them. */
    static TimelineRows of(Timeline timeline, TimelineQuery query) throws QuerySyntaxException, IOException {
        long count = timeline.count(query.queryText());
        long[] bounds = count == 0 ? new long[] { 0, 0 } : timeline.bounds(query);
        return new TimelineRows(timeline, query, count, bounds[0], bounds[1]);
    }

    long total() {
        return total;
    }

    TimelineQuery query() {
        return query;
    }

    Timeline timeline() {
        return timeline;
    }

    synchronized TimelineRow loaded(int index) {
        List<TimelineRow> page = pages.get(index / PAGE);
        int at = index % PAGE;
        return page != null && at < page.size() ? page.get(at) : null;
    }

    synchronized boolean isLoaded(int pageNumber) {
        return pages.containsKey(pageNumber);
    }

    /** Whether reading a page means counting time buckets (no page before it was read). */
    synchronized boolean needsSeek(int pageNumber) {
        return pageNumber > 0 && !cursorAfter.containsKey(pageNumber - 1);
    }

    /** Reads a page (blocking: call from a job). */
    List<TimelineRow> load(int pageNumber) throws QuerySyntaxException, IOException {
        return load(pageNumber, () -> false);
    }

    /**
     * Reads a page (blocking: call from a job), or returns {@code null} when {@code unwanted} says,
     * between the steps of finding it by counting, that it is no longer wanted.
     */
    List<TimelineRow> load(int pageNumber, BooleanSupplier unwanted) throws QuerySyntaxException, IOException {
        String cursor;
        synchronized (this) {
            List<TimelineRow> cached = pages.get(pageNumber);
            if (cached != null) {
                return cached;
            }
            cursor = pageNumber == 0 ? null : cursorAfter.get(pageNumber - 1);
        }
        TimelinePage page;
        if (pageNumber == 0) {
            page = timeline.page(query, null, PAGE);
        } else if (cursor != null) {
            page = timeline.page(query, cursor, PAGE);
        } else {
            page = seek((long) pageNumber * PAGE, unwanted);
            if (page == null) {
                return null;
            }
        }
        synchronized (this) {
            pages.put(pageNumber, page.rows());
            if (page.nextPage() != null) {
                cursorAfter.put(pageNumber, page.nextPage());
            }
        }
        return page.rows();
    }

    /**
     * The page {@code skip} rows into a millisecond that holds more rows than a search may skip: the
     * rows before it are passed by cursor in steps of {@link SearchOptions#MAX_LIMIT} (at most
     * {@value #MAX_STEPS} steps; beyond, the page is the last one reached, its rank approximate).
     */
    private TimelinePage withinMillisecond(TimelineQuery from, long skip, BooleanSupplier unwanted) throws QuerySyntaxException, IOException {
        String cursor = null;
        long left = skip;
        for (int step = 0; step < MAX_STEPS && left > 0; step++) {
            if (unwanted.getAsBoolean()) {
                return null;
            }
            TimelinePage passed = timeline.page(from, cursor, (int) Math.min(left, SearchOptions.MAX_LIMIT));
            if (passed.nextPage() == null) {
                break;
            }
            cursor = passed.nextPage();
            left -= passed.rows().size();
        }
        return timeline.page(from, cursor, PAGE);
    }

    /** The page starting at row {@code index}, found by counting time buckets. */
    private TimelinePage seek(long index, BooleanSupplier unwanted) throws QuerySyntaxException, IOException {
        long lo = first;
        long hi = last + 1;
        long skip = index;
        while (true) {
            if (unwanted.getAsBoolean()) {
                return null;
            }
            int buckets = (int) Math.max(1, Math.min(SEEK_BUCKETS, hi - lo));
            TimeHistogram h = timeline.histogram(query.withWindow(null, null), lo, hi, buckets, Lanes.NONE, 1);
            long[] counts = h.counts()[0];
            int b = 0;
            if (query.newestFirst()) {
                b = buckets - 1;
                while (b > 0 && skip >= counts[b]) {
                    skip -= counts[b];
                    b--;
                }
            } else {
                while (b < buckets - 1 && skip >= counts[b]) {
                    skip -= counts[b];
                    b++;
                }
            }
            long bucketFrom = h.bucketStart(b);
            long bucketTo = b + 1 < buckets ? h.bucketStart(b + 1) : hi;
            if (skip <= SEEK_SKIP || bucketTo - bucketFrom <= 1) {
                // from the bucket's start (its end, newest first) to the end of the query: the cursor then serves the whole query
                TimelineQuery from = query.newestFirst() ? query.withWindow(query.from(), Instant.ofEpochMilli(bucketTo - 1))
                        : query.withWindow(Instant.ofEpochMilli(bucketFrom), query.to());
                TimelinePage page = skip <= SearchOptions.MAX_OFFSET - PAGE ? timeline.page(from, null, (int) skip, PAGE) : withinMillisecond(from, skip, unwanted);
                if (page == null) {
                    return null;
                }
                return new TimelinePage(page.rows(), total, true, page.nextPage(), page.tookMillis());
            }
            lo = bucketFrom;
            hi = bucketTo;
        }
    }

}
