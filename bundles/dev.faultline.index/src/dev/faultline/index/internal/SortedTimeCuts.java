package dev.faultline.index.internal;

import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;

/**
 * Where time buckets begin and end in the doc ids of one segment sorted newest first (the index
 * sort: time descending, records without a time last). In such a segment a bucket is a contiguous
 * range of doc ids, so its boundaries are found without reading every record's time: the time of
 * every {@value #STEP}th record is kept per segment (read once per segment reader), a boundary is
 * found by binary search in those and then by reading at most {@value #STEP} times forwards.
 */
public final class SortedTimeCuts {

    /** Every how many records a time is kept. */
    static final int STEP = 64;
    /** Kept times per segment reader (segments never change; a reader with new deletions is a new key). */
    private static final Map<IndexReader.CacheKey, long[]> SAMPLES = new WeakHashMap<>();
    private static final long MISSING = Long.MIN_VALUE;

    private final NumericDocValues values;
    private final int maxDoc;
    private int at = -1;
    private long value;
    private boolean present;

    private SortedTimeCuts(NumericDocValues values, int maxDoc) {
        this.values = values;
        this.maxDoc = maxDoc;
    }

    /**
     * {@code cuts[i]} = the first doc id whose time is before {@code starts[i]} (a record without a
     * time counts as before every time), for the ascending bucket starts {@code starts} (the last one
     * is the end of the last bucket, exclusive). Bucket {@code i} = the doc ids
     * {@code [cuts[i + 1], cuts[i])}; records at or after the end are {@code [0, cuts[last])}.
     */
    public static int[] cuts(LeafReader reader, String timeField, long[] starts) throws IOException {
        int[] cuts = new int[starts.length];
        NumericDocValues values = reader.getNumericDocValues(timeField);
        if (values == null) {
            return cuts; // no record of the segment has a time
        }
        long[] samples = samples(reader, timeField);
        SortedTimeCuts search = new SortedTimeCuts(values, reader.maxDoc());
        int low = 0;
        for (int i = starts.length - 1; i >= 0; i--) { // boundaries in increasing doc order: the values are read forwards only
            low = search.firstBefore(samples, starts[i], low);
            cuts[i] = low;
        }
        return cuts;
    }

    /** The first doc id of the segment without a time (= maxDoc when every record has one). */
    public static int untimedStart(LeafReader reader, String timeField) throws IOException {
        NumericDocValues values = reader.getNumericDocValues(timeField);
        if (values == null) {
            return 0;
        }
        return new SortedTimeCuts(values, reader.maxDoc()).firstBefore(samples(reader, timeField), MISSING, 0);
    }

    /** The time of docs 0, STEP, 2 STEP, ... ({@link #MISSING} for none), non-increasing. */
    private static long[] samples(LeafReader reader, String timeField) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        IndexReader.CacheKey key = helper == null ? null : helper.getKey();
        if (key != null) {
            synchronized (SAMPLES) {
                long[] known = SAMPLES.get(key);
                if (known != null) {
                    return known;
                }
            }
        }
        NumericDocValues values = reader.getNumericDocValues(timeField);
        long[] samples = new long[(reader.maxDoc() + STEP - 1) / STEP];
        for (int k = 0; k < samples.length; k++) {
            samples[k] = values.advanceExact(k * STEP) ? values.longValue() : MISSING;
        }
        if (key != null) {
            synchronized (SAMPLES) {
                SAMPLES.put(key, samples);
            }
        }
        return samples;
    }

    /**
     * The first doc at or after {@code low} whose time is before {@code time} or missing ({@code time}
     * = {@link #MISSING}: the first without a time); maxDoc when there is none.
     */
    private int firstBefore(long[] samples, long time, int low) throws IOException {
        // the first sample before the time: the boundary lies after the sample before it
        int lo = 0;
        int hi = samples.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time == MISSING ? samples[mid] == MISSING : samples[mid] < time) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int from = Math.max(low, lo == 0 ? 0 : (lo - 1) * STEP + 1);
        int to = lo == samples.length ? maxDoc : lo * STEP;
        for (int doc = from; doc < to; doc++) {
            if (before(doc, time)) {
                return doc;
            }
        }
        return Math.max(from, to);
    }

    private boolean before(int doc, long time) throws IOException {
        if (doc != at) {
            at = doc;
            present = values.advanceExact(doc);
            value = present ? values.longValue() : 0;
        }
        if (!present) {
            return true;
        }
        return time != MISSING && value < time;
    }
}
