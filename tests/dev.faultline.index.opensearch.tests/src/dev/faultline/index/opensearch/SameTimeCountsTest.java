package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexFields;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.TimeHistogram;

/**
 * The timeline's time-axis counts are the same on both backends: per bucket and lane (none, host,
 * kind, evidence file), for several queries, bucket counts (also more buckets than milliseconds, and
 * ranges that do not divide evenly) and the records without a time; the busiest lanes are kept in the
 * same order (equal counts by name) and the rest summed into (other): one folding for both
 * ({@link TimeHistogram#fold}). The embedded index is changing how it places a time that is exactly a
 * bucket's start (rounding), so the axes are chosen clear of that.
 */
class SameTimeCountsTest {

    @TempDir
    Path tmp;

    @Test
    void countsPerBucketAndLaneAreTheSameOnBothBackends() throws Exception {
        List<EvidenceRecord> records = new ArrayList<>(ConformanceEvidence.all(ConformanceEvidence.dataDir()));
        Instant start = Instant.parse("2024-07-19T04:09:00Z");
        for (int i = 0; i < 300; i++) { // records on bucket edges, every 250 ms; hosts of 150, 100 and 50 records (no ties among the busiest lanes)
            records.add(new EvidenceRecord(start.plusMillis(250L * i), null, "edge-" + (i < 150 ? 0 : i < 250 ? 1 : 2), i % 2 == 0 ? "event" : "log", "edge " + i, Map.of(),
                    null, new SourceRef("edges.log", "e1".repeat(32), i + 1, -1, null)));
        }
        LocalCluster cluster = LocalCluster.shared();
        OpenSearchIndex.build(cluster.access(), "counts", null, records::stream, IndexProgress.NONE);
        try (EvidenceIndex embedded = EvidenceIndex.open(tmp.resolve("index"));
                OpenSearchIndex remote = OpenSearchIndex.open(cluster.access(), "counts")) {
            embedded.add(records.stream(), IndexProgress.NONE);
            long[] span = TimeHistogram.timeSpan(embedded);
            assertArrayEquals(span, OpenSearchTimeCounts.timeSpan(remote));
            long edgeFrom = start.toEpochMilli();
            long edgeTo = edgeFrom + 75_000;
            record Axis(String query, long from, long to, int buckets) {
            }
            List<Axis> axes = List.of(new Axis("", span[0], span[1] + 1, 240), new Axis("*:*", span[0], span[1] + 1, 1),
                    new Axis("authentication OR sshd", span[0], span[1] + 1, 97), new Axis("", edgeFrom, edgeTo, 300),
                    new Axis("edge", edgeFrom, edgeTo, 7), new Axis("", edgeFrom, edgeFrom + 40, 100), new Axis("kind:event", edgeFrom, edgeTo, 1000));
            long[] times = records.stream().filter(r -> r.timestamp() != null).mapToLong(r -> r.timestamp().toEpochMilli()).toArray();
            int compared = 0;
            for (Axis axis : axes) {
                long from = clearOfBucketStarts(times, axis.from(), axis.to(), axis.buckets());
                for (String lane : new String[] { null, IndexFields.HOST, IndexFields.KIND, IndexFields.SOURCE }) {
                    TimeHistogram a = TimeHistogram.count(embedded, axis.query(), from, axis.to(), axis.buckets(), lane, 1000);
                    TimeHistogram b = OpenSearchTimeCounts.count(remote, axis.query(), from, axis.to(), axis.buckets(), lane, 1000);
                    String what = axis + " lanes " + lane;
                    assertEquals(lanes(a), lanes(b), what);
                    assertEquals(a.total(), b.total(), what);
                    assertEquals(a.untimed(), b.untimed(), what);
                    if (lane != null) { // the busiest two and (other): one folding on both backends, ties by name
                        TimeHistogram a2 = TimeHistogram.count(embedded, axis.query(), from, axis.to(), axis.buckets(), lane, 2);
                        TimeHistogram b2 = OpenSearchTimeCounts.count(remote, axis.query(), from, axis.to(), axis.buckets(), lane, 2);
                        assertEquals(a2.lanes(), b2.lanes(), what + " at most 2");
                        for (int i = 0; i < a2.lanes().size(); i++) {
                            assertArrayEquals(a2.counts()[i], b2.counts()[i], what + " at most 2, lane " + a2.lanes().get(i));
                        }
                    }
                    compared++;
                }
            }
            assertEquals(28, compared);
            long from = clearOfBucketStarts(times, span[0], span[1] + 1, 50);
            TimeHistogram hosts = TimeHistogram.count(embedded, "", from, span[1] + 1, 50, IndexFields.HOST, 3);
            assertTrue(hosts.lanes().contains(TimeHistogram.OTHER), hosts.lanes().toString());
            TimeHistogram remoteHosts = OpenSearchTimeCounts.count(remote, "", from, span[1] + 1, 50, IndexFields.HOST, 3);
            assertEquals(hosts.lanes().get(0), remoteHosts.lanes().get(0), "the busiest lane first");
            assertArrayEquals(hosts.counts()[3], remoteHosts.counts()[3], "the lanes beyond the third summed");
        }
    }

    /**
     * {@code from}, moved earlier by whole milliseconds until no record's time is one where the embedded
     * index's two bucket rules disagree: {@code (int) ((time - from) * buckets / (to - from))} (until
     * Dec 2026) and the bucket whose {@link TimeHistogram#bucketStart} is the last at or before the time
     * (since; the cluster's rule). They differ only for a time on a bucket start, by rounding.
     */
    private static long clearOfBucketStarts(long[] times, long from, long to, int buckets) {
        for (long f = from; f > from - 1000; f--) {
            long[] starts = OpenSearchTimeCounts.boundaries(f, to, buckets);
            double perMilli = (double) buckets / (to - f);
            boolean clear = true;
            for (long t : times) {
                if (t < f || t >= to) {
                    continue;
                }
                int byRatio = (int) Math.min(buckets - 1, Math.max(0, (t - f) * perMilli));
                int byStart = java.util.Arrays.binarySearch(starts, 0, buckets, t);
                byStart = byStart >= 0 ? byStart : -byStart - 2;
                while (byStart + 1 < buckets && starts[byStart + 1] == t) {
                    byStart++; // empty buckets (more buckets than milliseconds) share a start: the time is in the last
                }
                if (byRatio != byStart) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                return f;
            }
        }
        throw new AssertionError("no start within 1 s before " + from + " keeps the records off ambiguous bucket starts");
    }

    private static Map<String, String> lanes(TimeHistogram histogram) {
        Map<String, String> lanes = new TreeMap<>();
        for (int i = 0; i < histogram.lanes().size(); i++) {
            lanes.put(histogram.lanes().get(i), java.util.Arrays.toString(histogram.counts()[i]));
        }
        return lanes;
    }
}
