package dev.faultline.timeline.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.TimeHistogram;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelineQuery;

/**
 * Timesketch CSV written on several threads in the order of one thread: the query's time range is
 * cut into windows of about {@link #CHUNK_ROWS} rows (from the axis counts, which cost no record
 * read), each window is read and rendered into a byte buffer on a worker thread, and the buffers
 * are written in order. A window holds whole milliseconds, and the rows of one window come in the
 * order the one-thread scan gives them, so the bytes are the same. At most a few windows wait in
 * memory at a time.
 */
final class ParallelCsvExport {

    /** Rows per window (about 8 MB of CSV at 250 bytes a row). */
    static final int CHUNK_ROWS = 32_768;
    /** A window never grows past this (a millisecond holding more rows: the export runs on one thread). */
    private static final long MAX_CHUNK_ROWS = 1_000_000;
    private static final int PLAN_BUCKETS = 1024;

    private ParallelCsvExport() {
    }

    /** The threads an export uses: {@code faultline.export.threads}, else the processors (at most 4). */
    static int threads() {
        Integer set = Integer.getInteger("faultline.export.threads");
        return set != null ? Math.max(1, set) : Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Writes the rows (the header is already written) on {@code threads} threads in windows of about
     * {@code chunkRows} rows, or returns -1 when the rows fit in one window or cannot be cut into windows.
     */
    static long write(Timeline timeline, TimelineQuery query, List<String> fieldNames, OutputStream out, int threads, int chunkRows)
            throws QuerySyntaxException, IOException {
        if (threads < 2) {
            return -1;
        }
        List<long[]> windows = plan(timeline, query, chunkRows);
        if (windows == null || windows.size() < 2) {
            return -1;
        }
        if (query.newestFirst()) {
            java.util.Collections.reverse(windows);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "timeline-export");
            t.setDaemon(true);
            return t;
        });
        int ahead = threads * 2; // windows being rendered or waiting to be written, at most
        List<Future<Part>> parts = new ArrayList<>(windows.size());
        try {
            long rows = 0;
            for (int i = 0; i < windows.size(); i++) {
                while (parts.size() < windows.size() && parts.size() < i + ahead) {
                    long[] w = windows.get(parts.size());
                    TimelineQuery window = query.withWindow(Instant.ofEpochMilli(w[0]), Instant.ofEpochMilli(w[1]));
                    parts.add(pool.submit(() -> render(timeline, window, fieldNames)));
                }
                Part part = parts.get(i).get();
                parts.set(i, null);
                part.bytes().writeTo(out);
                rows += part.rows();
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the export was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof QuerySyntaxException q) {
                throw q;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Part(ByteArrayOutputStream bytes, long rows) {
    }

    private static Part render(Timeline timeline, TimelineQuery window, List<String> fieldNames) throws QuerySyntaxException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        TimesketchCsvWriter writer = new TimesketchCsvWriter(bytes, fieldNames, false);
        long rows = timeline.streamStored(window, (record, modelRow) -> {
            writer.write(timeline, record, modelRow);
            return true;
        });
        writer.finish();
        return new Part(bytes, rows);
    }

    /**
     * Windows [first ms, last ms] (both inclusive), oldest first, of about {@link #CHUNK_ROWS} rows
     * of the query each, or {@code null} when there are too few rows or a millisecond holds more
     * than {@link #MAX_CHUNK_ROWS}.
     */
    static List<long[]> plan(Timeline timeline, TimelineQuery query, int chunkRows) throws QuerySyntaxException, IOException {
        long[] span = timeline.index().timeSpan();
        if (span == null) {
            return null;
        }
        long from = Math.max(span[0], query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli());
        long to = Math.min(span[1], query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli());
        if (to < from) {
            return null;
        }
        List<long[]> windows = new ArrayList<>();
        long[] open = { from, 0 }; // start of the window being filled, rows in it
        if (!cut(timeline, query, from, to + 1, chunkRows, windows, open)) {
            return null;
        }
        if (open[1] > 0) {
            windows.add(new long[] { open[0], to });
        }
        return windows.size() < 2 ? null : windows;
    }

    /** Adds the windows of [from, to) to {@code windows}; false when a millisecond holds too many rows. */
    private static boolean cut(Timeline timeline, TimelineQuery query, long from, long to, int chunkRows, List<long[]> windows, long[] open)
            throws QuerySyntaxException, IOException {
        int buckets = (int) Math.min(PLAN_BUCKETS, to - from);
        TimeHistogram h = timeline.histogram(query, from, to, buckets, Lanes.NONE, 1);
        for (int b = 0; b < buckets; b++) {
            long rows = h.bucketTotal(b);
            long start = h.bucketStart(b);
            long end = b + 1 < buckets ? h.bucketStart(b + 1) : to;
            if (rows > 4L * chunkRows && end - start > 1) {
                if (!cut(timeline, query, start, end, chunkRows, windows, open)) {
                    return false;
                }
                continue;
            }
            if (rows > MAX_CHUNK_ROWS) {
                return false;
            }
            if (open[1] > 0 && open[1] + rows > chunkRows) {
                windows.add(new long[] { open[0], start - 1 });
                open[0] = start;
                open[1] = 0;
            }
            open[1] += rows;
        }
        return true;
    }
}
