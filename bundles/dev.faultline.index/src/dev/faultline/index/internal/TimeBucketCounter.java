package dev.faultline.index.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

/**
 * Counts every record of the index per time bucket and lane without reading a record's time: in a
 * segment sorted newest first a bucket is a range of doc ids ({@link SortedTimeCuts}), so one lane
 * is a difference of two doc ids per bucket, and lanes by host, kind or evidence file walk the doc
 * ids of each lane value's drill-down term (postings only, no doc value) against those ranges.
 * Only for the whole index (no filter) and only on segments sorted newest first; the caller counts
 * anything else with a collector.
 */
public final class TimeBucketCounter {

    /** The lane name of all records when counted without lanes. */
    private final String allLane;
    private final String noneLane;
    private final String timeField;
    private final long[] starts;
    private final int buckets;
    final Map<String, long[]> lanes = new HashMap<>();
    private long untimed;
    /** A lane value is dense when it holds at least 1/DENSE of the records in range. */
    private static final int DENSE = 32;
    private FixedBitSet bits;

    /**
     * @param starts the bucket starts, ascending, and the end of the last bucket (exclusive) last
     */
    public TimeBucketCounter(String timeField, long[] starts, String allLane, String noneLane) {
        this.timeField = timeField;
        this.starts = starts;
        this.buckets = starts.length - 1;
        this.allLane = allLane;
        this.noneLane = noneLane;
    }

    /**
     * Counts one sorted segment.
     *
     * @param drillDownField the facet drill-down field of the lanes (terms {@code dim<US>value}), or {@code null} for one lane
     * @param dim the facet dimension (the terms' prefix), or {@code null}
     */
    public void countSegment(LeafReaderContext leaf, String drillDownField, String dim) throws IOException {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        int[] cuts = SortedTimeCuts.cuts(reader, timeField, starts);
        long[] total = new long[buckets];
        for (int b = 0; b < buckets; b++) {
            total[b] = live(live, cuts[b + 1], cuts[b]);
        }
        untimed += live(live, SortedTimeCuts.untimedStart(reader, timeField), reader.maxDoc());
        if (drillDownField == null) {
            add(allLane, total);
            return;
        }
        long[] inLanes = new long[buckets];
        Terms terms = reader.terms(drillDownField);
        if (terms != null && cuts[0] > cuts[buckets]) {
            BytesRef prefix = new BytesRef(dim + '\u001f');
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            if (te.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
                do {
                    BytesRef term = te.term();
                    if (!StringHelper.startsWith(term, prefix)) {
                        break;
                    }
                    postings = te.postings(postings, PostingsEnum.NONE);
                    int first = postings.advance(cuts[buckets]);
                    if (first < cuts[0]) {
                        String name = term.utf8ToString().substring(prefix.length);
                        long[] row = lanes.computeIfAbsent(name, k -> new long[buckets]);
                        if (live == null && te.docFreq() >= (cuts[0] - cuts[buckets]) / DENSE) {
                            dense(postings, cuts, row, inLanes);
                        } else {
                            walk(postings, first, cuts, live, row, inLanes);
                        }
                    }
                } while (te.next() != null);
            }
        }
        long[] none = new long[buckets];
        boolean anyNone = false;
        for (int b = 0; b < buckets; b++) {
            none[b] = Math.max(0, total[b] - inLanes[b]); // a record with two values of the lane field is counted in both
            anyNone |= none[b] > 0;
        }
        if (anyNone) {
            add(noneLane, none);
        }
    }

    /** Adds another counter's counts (of other segments) to this one's. */
    public void addAll(TimeBucketCounter other) {
        for (Map.Entry<String, long[]> lane : other.lanes.entrySet()) {
            add(lane.getKey(), lane.getValue());
        }
        untimed += other.untimed;
    }

    /** Records of the whole index without a time (counted with the sorted segments). */
    public long untimed() {
        return untimed;
    }

    /** The lanes' counts so far. */
    public Map<String, long[]> lanes() {
        return lanes;
    }

    /**
     * A lane value with many records (e.g. one of a few kinds): its doc ids into a bit set of the
     * range (the codec fills dense blocks as bits), counted per bucket by popcount.
     */
    private void dense(PostingsEnum postings, int[] cuts, long[] row, long[] inLanes) throws IOException {
        int offset = cuts[buckets];
        int length = cuts[0] - offset;
        if (bits == null || bits.length() < length) {
            bits = new FixedBitSet(length);
        } else {
            bits.clear(0, length);
        }
        postings.intoBitSet(cuts[0], bits, offset);
        for (int b = 0; b < buckets; b++) {
            if (cuts[b] > cuts[b + 1]) {
                int n = bits.cardinality(cuts[b + 1] - offset, cuts[b] - offset);
                row[b] += n;
                inLanes[b] += n;
            }
        }
    }

    /** Adds a lane value's live docs from {@code first} on to its row per bucket (and to {@code inLanes}). */
    private void walk(PostingsEnum postings, int first, int[] cuts, Bits live, long[] row, long[] inLanes) throws IOException {
        int end = cuts[0];
        int b = buckets - 1;
        for (int doc = first; doc < end; doc = postings.nextDoc()) {
            while (doc >= cuts[b]) {
                b--;
            }
            if (live == null || live.get(doc)) {
                row[b]++;
                inLanes[b]++;
            }
        }
    }

    private static long live(Bits live, int from, int to) {
        if (live == null) {
            return Math.max(0, to - from);
        }
        long n = 0;
        for (int d = from; d < to; d++) {
            if (live.get(d)) {
                n++;
            }
        }
        return n;
    }

    private void add(String lane, long[] counts) {
        long[] sum = lanes.computeIfAbsent(lane, k -> new long[buckets]);
        for (int b = 0; b < buckets; b++) {
            sum[b] += counts[b];
        }
    }
}
