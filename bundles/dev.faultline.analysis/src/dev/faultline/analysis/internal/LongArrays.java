package dev.faultline.analysis.internal;

import java.util.Arrays;

/** Sorted arrays of host hashes and times: growing, merging, intersecting. */
public final class LongArrays {

    private long[] values = new long[16];
    private int size;

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Sorts {@code values} in place and returns its distinct values. */
    public static long[] sortedUnique(long[] values) {
        if (values.length == 0) {
            return values;
        }
        Arrays.sort(values);
        int n = 1;
        for (int i = 1; i < values.length; i++) {
            if (values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return n == values.length ? values : Arrays.copyOf(values, n);
    }

    /** How many values of sorted {@code a} are in sorted {@code b}. */
    public static long countIn(long[] a, long[] b) {
        long n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** The values of sorted {@code a} that are not in sorted {@code b}. */
    public static long[] notIn(long[] a, long[] b) {
        LongArrays out = new LongArrays();
        int j = 0;
        for (long v : a) {
            while (j < b.length && b[j] < v) {
                j++;
            }
            if (j >= b.length || b[j] != v) {
                out.add(v);
            }
        }
        return out.toArray();
    }

    public static boolean contains(long[] sorted, long value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }
}
