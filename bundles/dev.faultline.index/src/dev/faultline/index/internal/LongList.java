package dev.faultline.index.internal;

import java.util.Arrays;

/** A growable list of primitive longs (times, host hashes of a million crashes without boxing). */
public final class LongList {

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
}
