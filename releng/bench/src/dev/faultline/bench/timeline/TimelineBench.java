package dev.faultline.bench.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.TimeHistogram;
import dev.faultline.index.TimeOrderedScan;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Investigation;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelinePage;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.export.ExportFormat;
import dev.faultline.timeline.export.TimelineExport;

/**
 * {@code INDEX_DIR ROUNDS}: on an evidence index, the timeline's interactive paths and its export,
 * with a bare Lucene stored-fields scan of the same index as the ceiling of the export. Prints
 * {@code op=.. p50ms=.. p99ms=..} for the timed operations (after a warm-up) and
 * {@code op=export events=.. seconds=.. rate=..} for the streams.
 */
public final class TimelineBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String parts = args.length > 2 ? args[2] : "all"; // all | interactive (axis and pages) | streams (ceiling and export)
        Investigation investigation = FaultlineFactory.eINSTANCE.createInvestigation();
        try (EvidenceIndex index = EvidenceIndex.open(dir)) {
            Timeline timeline = new Timeline(investigation, index);
            timeline.sync();
            long[] bounds = timeline.bounds(TimelineQuery.all());
            long from = bounds[0];
            long to = bounds[1] + 1;
            System.out.println("op=size events=" + index.documentCount() + " from=" + bounds[0] + " to=" + bounds[1]);
            if (!parts.equals("streams")) {
                interactive(timeline, from, to, rounds);
            }
            if (!parts.equals("interactive")) {
                streams(dir, index, timeline);
            }
        }
    }

    private static void interactive(Timeline timeline, long from, long to, int rounds) throws Exception {
        time("axis-counts-one-lane", rounds, () -> timeline.histogram(TimelineQuery.all(), from, to, 400, Lanes.NONE, 12));
        time("axis-counts-by-host", rounds, () -> timeline.histogram(TimelineQuery.all(), from, to, 400, Lanes.HOST, 12));
        time("axis-counts-by-kind", rounds, () -> timeline.histogram(TimelineQuery.all(), from, to, 400, Lanes.KIND, 12));
        time("axis-counts-by-source", rounds, () -> timeline.histogram(TimelineQuery.all(), from, to, 400, Lanes.SOURCE, 12));
        // filtered axes take the collector (every matching record's doc id and lane value, no time read)
        time("axis-counts-filtered-host", rounds, () -> timeline.histogram(TimelineQuery.all().withFilter("host:host-42"), from, to, 400, Lanes.NONE, 12));
        time("axis-counts-filtered-text-by-host", rounds,
                () -> timeline.histogram(TimelineQuery.all().withFilter("error"), from, to, 400, Lanes.HOST, 12));
        System.out.println("op=filtered-sizes host42=" + timeline.histogram(TimelineQuery.all().withFilter("host:host-42"), from, to, 1, Lanes.NONE, 1).total()
                + " error=" + timeline.histogram(TimelineQuery.all().withFilter("error"), from, to, 1, Lanes.NONE, 1).total());
        time("first-page-oldest", rounds, () -> timeline.page(TimelineQuery.all(), null, 100));
        time("first-page-newest", rounds, () -> timeline.page(TimelineQuery.all().withNewestFirst(true), null, 100));
        TimelinePage first = timeline.page(TimelineQuery.all(), null, 100);
        time("next-page-oldest", rounds, () -> timeline.page(TimelineQuery.all(), first.nextPage(), 100));
        time("first-page-filtered-host", rounds, () -> timeline.page(TimelineQuery.all().withFilter("host:host-42"), null, 100));
        TimeHistogram h = timeline.histogram(TimelineQuery.all(), from, to, 400, Lanes.HOST, 12);
        System.out.println("op=axis-check lanes=" + h.lanes().size() + " total=" + h.total() + " untimed=" + h.untimed());
    }

    /** The streams, each run twice (the second JIT-warm): the ceiling and the export on one and on two threads. */
    private static void streams(Path dir, EvidenceIndex index, Timeline timeline) throws Exception {
        try (StoredFieldsCeiling bare = new StoredFieldsCeiling(dir)) {
            bare.layout();
            long[] crc = new long[2];
            for (String round : new String[] { "", "-again" }) {
                long t0 = System.nanoTime();
                long scanned = TimeOrderedScan.storedFieldsScan(index);
                report("ceiling-stored-fields-scan" + round, scanned, t0);
                for (int threads : new int[] { 1, 2 }) {
                    System.setProperty("faultline.export.threads", String.valueOf(threads));
                    Counting sink = new Counting();
                    t0 = System.nanoTime();
                    long exported = TimelineExport.write(timeline, TimelineQuery.all(), ExportFormat.TIMESKETCH_CSV, ZoneOffset.UTC, sink);
                    report("export-timesketch-csv" + (threads == 1 ? "" : "-2threads") + round, exported, t0);
                    System.out.println("op=export-bytes" + (threads == 1 ? "" : "-2threads") + round + " bytes=" + sink.bytes + " crc32c="
                            + Long.toHexString(sink.crc.getValue()));
                    crc[threads - 1] = sink.crc.getValue();
                }
                System.out.println("op=export-same-bytes" + round + " same=" + (crc[0] == crc[1]));
                t0 = System.nanoTime();
                report("ceiling-2threads" + round, bare.scan(2, StoredFieldsCeiling.document()), t0);
            }
            long t0 = System.nanoTime();
            report("ceiling-part-decompress-only", bare.scan(1, StoredFieldsCeiling.decompressOnly()), t0);
            t0 = System.nanoTime();
            report("ceiling-part-decode-all", bare.scan(1, StoredFieldsCeiling.decodeAll()), t0);
            t0 = System.nanoTime();
            report("ceiling-part-document", bare.scan(1, StoredFieldsCeiling.document()), t0);
        }
        long t0 = System.nanoTime();
        int names = TimeOrderedScan.fieldNames(index, "", null, null, TimelineExport.MAX_FIELD_COLUMNS).size();
        System.out.printf("op=export-field-names names=%d ms=%.1f%n", names, (System.nanoTime() - t0) / 1e6);
        t0 = System.nanoTime();
        long scanned = TimeOrderedScan.scanStored(index, "", null, null, false, r -> true);
        report("scan-time-ordered-stored", scanned, t0);
    }

    private interface Op {
        Object run() throws Exception;
    }

    private static void time(String name, int rounds, Op op) throws Exception {
        long warm = System.nanoTime() + 3_000_000_000L;
        int w = 0;
        while (System.nanoTime() < warm || w < 3) {
            op.run();
            w++;
        }
        long[] ns = new long[rounds];
        long[] cpu = new long[rounds];
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int i = 0; i < rounds; i++) {
            long c = os.getProcessCpuTime();
            long t = System.nanoTime();
            op.run();
            ns[i] = System.nanoTime() - t;
            cpu[i] = os.getProcessCpuTime() - c;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        long p50 = ns[(rounds - 1) / 2];
        long p99 = ns[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.99) - 1)];
        // CPU time of the whole JVM during the operation (all its threads: the search threads, and any GC)
        System.out.printf("op=%s p50ms=%.1f p99ms=%.1f cpu50ms=%.1f%n", name, p50 / 1e6, p99 / 1e6, cpu[(rounds - 1) / 2] / 1e6);
    }

    private static void report(String name, long events, long startedNanos) {
        double s = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf("op=%s events=%d seconds=%.2f rate=%.0f%n", name, events, s, events / s);
    }

    /** Counts what an export writes and its CRC-32C (the export itself, without the disk). */
    private static final class Counting extends OutputStream {
        long bytes;
        final java.util.zip.CRC32C crc = new java.util.zip.CRC32C();

        @Override
        public void write(int b) {
            bytes++;
            crc.update(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            bytes += len;
            crc.update(b, off, len);
        }
    }
}
