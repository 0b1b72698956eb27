package dev.faultline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

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
        Query inRange = new BooleanQuery.Builder().add(query, Occur.FILTER)
                .add(LongPoint.newRangeQuery(IndexFields.TIME, from, to - 1), Occur.FILTER).build();
        Query untimedQuery = new BooleanQuery.Builder().add(query, Occur.FILTER)
                .add(new FieldExistsQuery(IndexFields.TIME), Occur.MUST_NOT).build();
        String dvField = laneField == null ? null : DocumentMapper.facetField(laneField);
        Map<String, long[]> byLane = index.read(searcher -> searcher.search(inRange, new Manager(from, to, buckets, dvField)));
        long untimed = index.read(searcher -> (long) searcher.count(untimedQuery));
        return assemble(from, to, buckets, byLane, laneField == null, maxLanes, untimed, (System.nanoTime() - started) / 1000);
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

    private static TimeHistogram assemble(long from, long to, int buckets, Map<String, long[]> byLane, boolean oneLane, int maxLanes,
            long untimed, long micros) {
        List<Map.Entry<String, long[]>> lanes = new ArrayList<>(byLane.entrySet());
        lanes.sort((a, b) -> Long.compare(sum(b.getValue()), sum(a.getValue())));
        List<String> names = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        long[] other = null;
        if (oneLane) {
            names.add(ALL);
            rows.add(byLane.getOrDefault(ALL, new long[buckets]));
        } else {
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
    private record Manager(long from, long to, int buckets, String laneField) implements CollectorManager<BucketCollector, Map<String, long[]>> {

        @Override
        public BucketCollector newCollector() {
            return new BucketCollector(from, to, buckets, laneField);
        }

        @Override
        public Map<String, long[]> reduce(Collection<BucketCollector> collectors) {
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

    private static final class BucketCollector implements Collector {

        private final long from;
        private final double bucketsPerMilli;
        private final int buckets;
        private final String laneField;
        final Map<String, long[]> lanes = new HashMap<>();

        BucketCollector(long from, long to, int buckets, String laneField) {
            this.from = from;
            this.buckets = buckets;
            this.bucketsPerMilli = (double) buckets / (to - from);
            this.laneField = laneField;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues times = DocValues.getNumeric(context.reader(), IndexFields.TIME);
            if (laneField == null) {
                long[] all = lanes.computeIfAbsent(ALL, k -> new long[buckets]);
                return new Leaf(times) {
                    @Override
                    public void collect(int doc) throws IOException {
                        if (times.advanceExact(doc)) {
                            all[bucket(times.longValue())]++;
                        }
                    }
                };
            }
            SortedSetDocValues set = DocValues.getSortedSet(context.reader(), laneField);
            SortedDocValues single = DocValues.unwrapSingleton(set);
            int values = (int) Math.min(Integer.MAX_VALUE - 1, set.getValueCount());
            long[][] byOrd = new long[values + 1][];
            return new Leaf(times) {
                @Override
                public void collect(int doc) throws IOException {
                    if (!times.advanceExact(doc)) {
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
                    row[bucket(times.longValue())]++;
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

        private int bucket(long time) {
            int b = (int) ((time - from) * bucketsPerMilli);
            return b < 0 ? 0 : b >= buckets ? buckets - 1 : b;
        }

        /** Facet values are stored as {@code dim<US>value}. */
        private static String laneName(String stored) {
            int cut = stored.indexOf('\u001f');
            return cut >= 0 ? stored.substring(cut + 1) : stored;
        }

        private abstract static class Leaf implements LeafCollector {

            final NumericDocValues times;

            Leaf(NumericDocValues times) {
                this.times = times;
            }

            @Override
            public void setScorer(Scorable scorer) {
                // counts only
            }
        }
    }
}
