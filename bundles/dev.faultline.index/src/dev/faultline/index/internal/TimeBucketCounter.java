package dev.faultline.index.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts every record of the index per time bucket and lane without reading a record's time: in a
 * segment sorted newest first a bucket is a range of doc ids ({@link SortedTimeCuts}), so one lane
 * is a difference of two doc ids per bucket; lanes by host or kind walk the doc ids of each value's
 * keyword term (postings only; a value holding many records through a bit set and popcount) against
 * those ranges, lanes by evidence file each record's facet ordinal in the range.
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
     * @param termField the keyword field whose terms are the lane values, one per record (host, kind), or {@code null}
     * @param ordField the facet doc values field of the lanes (values {@code dim<US>value}) when there is no such
     *            keyword field (evidence file), or {@code null}; both {@code null}: one lane
     */
    public void countSegment(LeafReaderContext leaf, String termField, String ordField) throws IOException {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        int[] cuts = SortedTimeCuts.cuts(reader, timeField, starts);
        long[] total = new long[buckets];
        for (int b = 0; b < buckets; b++) {
            total[b] = live(live, cuts[b + 1], cuts[b]);
        }
        untimed += live(live, SortedTimeCuts.untimedStart(reader, timeField), reader.maxDoc());
        if (termField == null && ordField == null) {
            add(allLane, total);
            return;
        }
        long[] inLanes = new long[buckets];
        if (cuts[0] > cuts[buckets]) {
            if (termField != null) {
                countByTerms(reader, termField, cuts, live, inLanes);
            } else {
                countByOrds(reader, ordField, cuts, live, inLanes);
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

    /** Lanes from a keyword field's terms: each value's doc ids (postings, no doc values) against the edges. */
    private void countByTerms(LeafReader reader, String termField, int[] cuts, Bits live, long[] inLanes) throws IOException {
        Terms terms = reader.terms(termField);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            postings = te.postings(postings, PostingsEnum.NONE);
            int first = postings.advance(cuts[buckets]);
            if (first < cuts[0]) {
                long[] row = lanes.computeIfAbsent(term.utf8ToString(), k -> new long[buckets]);
                if (live == null && te.docFreq() >= (cuts[0] - cuts[buckets]) / DENSE) {
                    dense(postings, cuts, row, inLanes);
                } else {
                    walk(postings, first, cuts, live, row, inLanes);
                }
            }
        }
    }

    /** Lanes from a facet doc values field: each record's value (ordinal) in the range, no time read. */
    private void countByOrds(LeafReader reader, String ordField, int[] cuts, Bits live, long[] inLanes) throws IOException {
        SortedSetDocValues set = DocValues.getSortedSet(reader, ordField);
        SortedDocValues single = DocValues.unwrapSingleton(set);
        DocIdSetIterator docs = single != null ? single : set;
        long[][] byOrd = new long[(int) Math.min(Integer.MAX_VALUE - 1, set.getValueCount())][];
        int end = cuts[0];
        int b = buckets - 1;
        for (int doc = docs.advance(cuts[buckets]); doc < end; doc = docs.nextDoc()) {
            while (doc >= cuts[b]) {
                b--;
            }
            if (live != null && !live.get(doc)) {
                continue;
            }
            int ord = single != null ? single.ordValue() : (int) set.nextOrd();
            long[] row = byOrd[ord];
            if (row == null) {
                row = byOrd[ord] = new long[buckets];
            }
            row[b]++;
            inLanes[b]++;
        }
        for (int ord = 0; ord < byOrd.length; ord++) {
            if (byOrd[ord] != null) {
                String stored = (single != null ? single.lookupOrd(ord) : set.lookupOrd(ord)).utf8ToString();
                int cut = stored.indexOf('\u001f'); // facet values are dim<US>value
                add(cut >= 0 ? stored.substring(cut + 1) : stored, byOrd[ord]);
            }
        }
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
