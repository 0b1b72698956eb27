package dev.faultline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;

import dev.faultline.index.internal.SortedTimeCuts;
import dev.faultline.index.internal.TimeBucketCounter;
import dev.faultline.index.internal.TimeRanges;

/**
 * Records per time bucket and lane (host, kind or evidence file), counted in the index from the
 * time and lane doc values of the matching records: no record is loaded. The busiest
 * {@code maxLanes} lanes are kept; the rest are summed into {@value #OTHER}.
 *
 * @param from start of the first bucket, epoch milliseconds (inclusive)
 * @param to end of the last bucket (exclusive)
 * @param lanes lane names, busiest first; one lane named {@value #ALL} when counted without lanes
 * @param counts {@code counts[lane][bucket]}
 * @param untimed records of the query without a time (not in any bucket)
 * @param tookMicros time spent counting
 */
public record TimeHistogram(long from, long to, List<String> lanes, long[][] counts, long untimed, long tookMicros) {

    /** The lane of all records when counted without lanes. */
    public static final String ALL = "all";
    /** The lane summing the lanes beyond {@code maxLanes}. */
    public static final String OTHER = "(other)";
    /** The lane of records without a value for the lane field. */
    public static final String NONE = "(none)";
    public static final int MAX_BUCKETS = 100_000;
    private static final Sort NEWEST_FIRST = new Sort(PageCursor.sortFields(SortOrder.TIME_DESC));

    public int buckets() {
        return counts.length == 0 ? 0 : counts[0].length;
    }

    /** Start of bucket {@code i} (epoch milliseconds). */
    public long bucketStart(int i) {
        return from + (long) ((double) (to - from) * i / buckets());
    }

    /** Records in bucket {@code i} over all lanes. */
    public long bucketTotal(int i) {
        long sum = 0;
        for (long[] lane : counts) {
            sum += lane[i];
        }
        return sum;
    }

    /** Records in all buckets and lanes (the timed records of the query in [from, to)). */
    public long total() {
        long sum = 0;
        for (long[] lane : counts) {
            for (long c : lane) {
                sum += c;
            }
        }
        return sum;
    }

    /**
     * Counts the records of {@code queryText} in [from, to) in {@code buckets} equal buckets.
     *
     * @param laneField {@link IndexFields#HOST}, {@link IndexFields#KIND}, {@link IndexFields#SOURCE}, or {@code null} for one lane
     * @param maxLanes lanes kept (the rest become {@value #OTHER})
     * @throws QuerySyntaxException when the query cannot be parsed
     */
    public static TimeHistogram count(EvidenceIndex index, String queryText, long from, long to, int buckets, String laneField, int maxLanes)
            throws QuerySyntaxException, IOException {
        if (to <= from) {
            throw new IllegalArgumentException("the time range is empty or reversed: " + from + " .. " + to);
        }
        if (buckets < 1 || buckets > MAX_BUCKETS) {
            throw new IllegalArgumentException("buckets must be 1.." + MAX_BUCKETS + ", got " + buckets);
        }
        if (laneField != null && !List.of(IndexFields.HOST, IndexFields.KIND, IndexFields.SOURCE).contains(laneField)) {
            throw new IllegalArgumentException("lanes are host, kind or source, got " + laneField);
        }
        long started = System.nanoTime();
        Query query = index.query(queryText == null ? "" : queryText);
        long[] starts = new long[buckets + 1];
        for (int i = 0; i < buckets; i++) {
            starts[i] = from + (long) ((double) (to - from) * i / buckets);
        }
        starts[buckets] = to;
        String dvField = laneField == null ? null : DocumentMapper.facetField(laneField);
        if (query instanceof MatchAllDocsQuery) {
            // the whole index: bucket boundaries by binary search in each sorted segment, no record read
            TimeBucketCounter counted = index.read(searcher -> {
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                if (!leaves.stream().allMatch(leaf -> sortedNewestFirst(leaf.reader()))) {
                    return null;
                }
                // segments counted on the index's search threads (the caller's too), then added up
                List<java.util.concurrent.Callable<TimeBucketCounter>> tasks = new ArrayList<>();
                for (LeafReaderContext leaf : leaves) {
                    tasks.add(() -> {
                        TimeBucketCounter one = new TimeBucketCounter(IndexFields.TIME, starts, ALL, NONE);
                        // host and kind are keyword terms equal to their facet values; an evidence file has two terms (path, name)
                        one.countSegment(leaf, IndexFields.SOURCE.equals(laneField) ? null : laneField,
                                IndexFields.SOURCE.equals(laneField) ? dvField : null);
                        return one;
                    });
                }
                TimeBucketCounter counter = new TimeBucketCounter(IndexFields.TIME, starts, ALL, NONE);
                for (TimeBucketCounter one : searcher.getTaskExecutor().invokeAll(tasks)) {
                    counter.addAll(one);
                }
                return counter;
            });
            if (counted != null) {
                return fold(from, to, buckets, counted.lanes(), laneField == null, maxLanes, counted.untimed(),
                        (System.nanoTime() - started) / 1000);
            }
        }
        Query inRange = new BooleanQuery.Builder().add(query, Occur.FILTER)
                .add(TimeRanges.between(from, to - 1), Occur.FILTER).build();
        Query untimedQuery = new BooleanQuery.Builder().add(query, Occur.FILTER)
                .add(new FieldExistsQuery(IndexFields.TIME), Occur.MUST_NOT).build();
        Map<String, long[]> byLane = index.read(searcher -> searcher.search(inRange, new Manager(starts, dvField)));
        long untimed = index.read(searcher -> (long) searcher.count(untimedQuery));
        return fold(from, to, buckets, byLane, laneField == null, maxLanes, untimed, (System.nanoTime() - started) / 1000);
    }

    /** Whether a segment is sorted as the index sorts (newest first, records without a time last). */
    static boolean sortedNewestFirst(LeafReader reader) {
        Sort sort = reader.getMetaData().sort();
        return sort != null && sort.equals(NEWEST_FIRST);
    }

    /**
     * The first and last time of any record of the index (from the points of the time field, in
     * constant time; records deleted since the last merge may widen it), or {@code null} when no
     * record has a time.
     */
    public static long[] timeSpan(EvidenceIndex index) throws IOException {
        return index.read(searcher -> {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.index.PointValues points = leaf.reader().getPointValues(IndexFields.TIME);
                if (points != null && points.size() > 0) {
                    min = Math.min(min, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
                    max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
                }
            }
            return min == Long.MAX_VALUE ? null : new long[] { min, max };
        });
    }

    /** The time of the last row of a page of an oldest-first search (its {@link SearchResult#nextPage()} cursor). */
    public static long cursorTime(String cursor) {
        return ((Number) PageCursor.decode(SortOrder.TIME, cursor).fields[0]).longValue();
    }

    /** How many records match {@code queryText} (exactly; constant time for a single term). */
    public static long count(EvidenceIndex index, String queryText) throws QuerySyntaxException, IOException {
        Query query = index.query(queryText == null ? "" : queryText);
        return index.read(searcher -> (long) searcher.count(query));
    }

    /** The first and last time of the records of {@code queryText}, or {@code null} when none has a time. */
    public static long[] bounds(EvidenceIndex index, String queryText) throws QuerySyntaxException, IOException {
        SearchOptions one = SearchOptions.defaults().withLimit(1).withHighlight(false);
        SearchResult newest = index.search(queryText, one.withSort(SortOrder.TIME_DESC));
        if (newest.hits().isEmpty() || newest.hits().get(0).timestamp() == null) {
            return null;
        }
        SearchResult oldest = index.search(queryText, one.withSort(SortOrder.TIME));
        return new long[] { oldest.hits().get(0).timestamp().toEpochMilli(), newest.hits().get(0).timestamp().toEpochMilli() };
    }

    /**
     * The histogram of counted lanes, whichever backend counted them: the busiest {@code maxLanes} lanes
     * (most records first, equal counts by name), the rest summed into {@value #OTHER}; counted without
     * lanes, the one lane {@value #ALL}.
     *
     * @param byLane counts per bucket of each lane ({@value #ALL} when counted without lanes)
     * @param oneLane whether the records were counted without lanes
     */
    public static TimeHistogram fold(long from, long to, int buckets, Map<String, long[]> byLane, boolean oneLane, int maxLanes,
            long untimed, long micros) {
        List<String> names = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        if (oneLane) {
            names.add(ALL);
            rows.add(byLane.getOrDefault(ALL, new long[buckets]));
        } else {
            List<Map.Entry<String, long[]>> lanes = new ArrayList<>(byLane.entrySet());
            lanes.sort((a, b) -> {
                int c = Long.compare(sum(b.getValue()), sum(a.getValue()));
                return c != 0 ? c : a.getKey().compareTo(b.getKey());
            });
            long[] other = null;
            for (Map.Entry<String, long[]> lane : lanes) {
                if (names.size() < maxLanes) {
                    names.add(lane.getKey());
                    rows.add(lane.getValue());
                } else {
                    if (other == null) {
                        other = new long[buckets];
                    }
                    for (int i = 0; i < buckets; i++) {
                        other[i] += lane.getValue()[i];
                    }
                }
            }
            if (other != null) {
                names.add(OTHER);
                rows.add(other);
            }
        }
        return new TimeHistogram(from, to, List.copyOf(names), rows.toArray(new long[0][]), untimed, micros);
    }

    private static long sum(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    /** One collector per slice of segments; their lane counts are added up at the end. */
    private record Manager(long[] starts, String laneField) implements CollectorManager<BucketCollector, Map<String, long[]>> {

        @Override
        public BucketCollector newCollector() {
            return new BucketCollector(starts, laneField);
        }

        @Override
        public Map<String, long[]> reduce(Collection<BucketCollector> collectors) {
            int buckets = starts.length - 1;
            Map<String, long[]> total = new HashMap<>();
            for (BucketCollector c : collectors) {
                for (Map.Entry<String, long[]> e : c.lanes.entrySet()) {
                    long[] sum = total.computeIfAbsent(e.getKey(), k -> new long[buckets]);
                    for (int i = 0; i < buckets; i++) {
                        sum[i] += e.getValue()[i];
                    }
                }
            }
            return total;
        }
    }

    /**
     * Counts the matching records of a filtered query. In a segment sorted newest first a record's
     * bucket follows from its doc id ({@link SortedTimeCuts}); elsewhere from its time doc value.
     */
    private static final class BucketCollector implements Collector {

        private final long[] starts;
        private final int buckets;
        private final double bucketsPerMilli;
        private final String laneField;
        final Map<String, long[]> lanes = new HashMap<>();

        BucketCollector(long[] starts, String laneField) {
            this.starts = starts;
            this.buckets = starts.length - 1;
            this.bucketsPerMilli = (double) buckets / (starts[buckets] - starts[0]);
            this.laneField = laneField;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Buckets bucketOf = sortedNewestFirst(context.reader()) ? new DocBuckets(SortedTimeCuts.cuts(context.reader(), IndexFields.TIME, starts))
                    : new TimeBuckets(DocValues.getNumeric(context.reader(), IndexFields.TIME));
            if (laneField == null) {
                long[] all = lanes.computeIfAbsent(ALL, k -> new long[buckets]);
                return new Leaf() {
                    @Override
                    public void collect(int doc) throws IOException {
                        int b = bucketOf.bucket(doc);
                        if (b >= 0) {
                            all[b]++;
                        }
                    }
                };
            }
            SortedSetDocValues set = DocValues.getSortedSet(context.reader(), laneField);
            SortedDocValues single = DocValues.unwrapSingleton(set);
            int values = (int) Math.min(Integer.MAX_VALUE - 1, set.getValueCount());
            long[][] byOrd = new long[values + 1][];
            return new Leaf() {
                @Override
                public void collect(int doc) throws IOException {
                    int b = bucketOf.bucket(doc);
                    if (b < 0) {
                        return;
                    }
                    int ord = values;
                    if (single != null) {
                        if (single.advanceExact(doc)) {
                            ord = single.ordValue();
                        }
                    } else if (set.advanceExact(doc)) {
                        ord = (int) set.nextOrd();
                    }
                    long[] row = byOrd[ord];
                    if (row == null) {
                        row = byOrd[ord] = new long[buckets];
                    }
                    row[b]++;
                }

                @Override
                public void finish() throws IOException {
                    for (int ord = 0; ord <= values; ord++) {
                        if (byOrd[ord] == null) {
                            continue;
                        }
                        String name = ord == values ? NONE : laneName(set.lookupOrd(ord).utf8ToString());
                        long[] sum = lanes.computeIfAbsent(name, k -> new long[buckets]);
                        for (int i = 0; i < buckets; i++) {
                            sum[i] += byOrd[ord][i];
                        }
                    }
                }
            };
        }

        /** Facet values are stored as {@code dim<US>value}. */
        private static String laneName(String stored) {
            int cut = stored.indexOf('\u001f');
            return cut >= 0 ? stored.substring(cut + 1) : stored;
        }

        /** The bucket of a collected doc, or -1 when it is outside [from, to) or has no time. */
        private interface Buckets {
            int bucket(int doc) throws IOException;
        }

        /** Buckets as doc id ranges of a sorted segment (docs arrive in increasing order within a leaf). */
        private final class DocBuckets implements Buckets {
            private final int[] cuts;
            private int b;

            DocBuckets(int[] cuts) {
                this.cuts = cuts;
                this.b = buckets - 1;
            }

            @Override
            public int bucket(int doc) {
                if (doc < cuts[buckets] || doc >= cuts[0]) {
                    return -1;
                }
                if (doc < cuts[b + 1]) {
                    b = buckets - 1; // went backwards: start again
                }
                while (doc >= cuts[b]) {
                    b--;
                }
                return b;
            }
        }

        /** Buckets from the time doc value (segments not sorted by time). */
        private final class TimeBuckets implements Buckets {
            private final NumericDocValues times;

            TimeBuckets(NumericDocValues times) {
                this.times = times;
            }

            @Override
            public int bucket(int doc) throws IOException {
                if (!times.advanceExact(doc)) {
                    return -1;
                }
                long time = times.longValue();
                if (time < starts[0] || time >= starts[buckets]) {
                    return -1;
                }
                int b = (int) Math.min(buckets - 1, Math.max(0, (time - starts[0]) * bucketsPerMilli));
                while (b > 0 && time < starts[b]) {
                    b--;
                }
                while (b < buckets - 1 && time >= starts[b + 1]) {
                    b++;
                }
                return b;
            }
        }

        private abstract static class Leaf implements LeafCollector {

            @Override
            public void setScorer(Scorable scorer) {
                // counts only
            }
        }
    }
}
