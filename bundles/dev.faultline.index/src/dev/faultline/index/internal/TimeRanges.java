package dev.faultline.index.internal;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.Query;

import dev.faultline.index.IndexFields;

/**
 * Queries of a time range. The index is sorted by time (newest first), so in each segment the
 * records of a range are one run of doc ids, found by binary search on the time doc values
 * ({@link IndexSortSortedNumericDocValuesRangeQuery}; counted in O(log n)), with the time points as
 * the fallback where a segment is not sorted. Every time ({@code [* TO *]}) is "has a time".
 */
public final class TimeRanges {

    private TimeRanges() {
    }

    /** The records with a time in [low, high] (epoch milliseconds, both inclusive). */
    public static Query between(long low, long high) {
        if (low == Long.MIN_VALUE && high == Long.MAX_VALUE) {
            return new FieldExistsQuery(IndexFields.TIME);
        }
        return new IndexSortSortedNumericDocValuesRangeQuery(IndexFields.TIME, low, high, LongPoint.newRangeQuery(IndexFields.TIME, low, high));
    }
}
