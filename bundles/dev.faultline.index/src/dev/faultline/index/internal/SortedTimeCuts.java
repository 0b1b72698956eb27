package dev.faultline.index.internal;

import java.io.IOException;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;

/**
 * Where time buckets begin and end in the doc ids of one segment sorted newest first (the index
 * sort: time descending, records without a time last). In such a segment a bucket is a contiguous
 * range of doc ids, so its boundaries are found by binary search on the time doc values —
 * O(buckets × log(docs)) value reads instead of one per record.
 */
public final class SortedTimeCuts {

    private final LeafReader reader;
    private final String timeField;
    private NumericDocValues values;

    private SortedTimeCuts(LeafReader reader, String timeField) {
        this.reader = reader;
        this.timeField = timeField;
    }

    /**
     * {@code cuts[i]} = the first doc id whose time is before {@code starts[i]} (a record without a
     * time counts as before every time), for the ascending bucket starts {@code starts} (the last one
     * is the end of the last bucket, exclusive). Bucket {@code i} = the doc ids
     * {@code [cuts[i + 1], cuts[i])}; records at or after the end are {@code [0, cuts[last])}.
     */
    public static int[] cuts(LeafReader reader, String timeField, long[] starts) throws IOException {
        int[] cuts = new int[starts.length];
        if (reader.getNumericDocValues(timeField) == null) {
            return cuts; // no record of the segment has a time
        }
        SortedTimeCuts search = new SortedTimeCuts(reader, timeField);
        int low = 0;
        for (int i = starts.length - 1; i >= 0; i--) {
            low = search.firstBefore(starts[i], low, reader.maxDoc());
            cuts[i] = low;
        }
        return cuts;
    }

    /** The first doc id of the segment without a time (= maxDoc when every record has one). */
    public static int untimedStart(LeafReader reader, String timeField) throws IOException {
        if (reader.getNumericDocValues(timeField) == null) {
            return 0;
        }
        return new SortedTimeCuts(reader, timeField).firstBefore(Long.MIN_VALUE, 0, reader.maxDoc());
    }

    /**
     * The first doc in [low, high) whose time is before {@code time} or missing ({@code time} =
     * {@link Long#MIN_VALUE}: the first without a time), {@code high} when there is none.
     */
    private int firstBefore(long time, int low, int high) throws IOException {
        int lo = low;
        int hi = high;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before(mid, time)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private boolean before(int doc, long time) throws IOException {
        if (values == null || doc <= values.docID()) {
            values = reader.getNumericDocValues(timeField); // iterators only go forwards
        }
        if (!values.advanceExact(doc)) {
            return true;
        }
        return values.longValue() < time;
    }
}
