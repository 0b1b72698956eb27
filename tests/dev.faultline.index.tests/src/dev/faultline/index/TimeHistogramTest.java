package dev.faultline.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/**
 * {@link TimeHistogram#count}: the whole index counted from bucket boundaries in the sorted segments
 * (no record's time read) gives exactly the counts of every record's time put into
 * {@link TimeHistogram#bucketStart} buckets — over several segments, with deleted records, records
 * without a time, without a host, at bucket edges, before and after the range — and so does a
 * filtered count (the collector).
 */
class TimeHistogramTest {

    private static final long T0 = Instant.parse("2024-07-19T04:00:00Z").toEpochMilli();

    @TempDir
    Path tmp;

    private record Rec(Long time, String host, String kind, String source) {
    }

    private static List<Rec> batch(Random random, int n, String source) {
        List<Rec> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Long time = i % 17 == 0 ? null : T0 + random.nextInt(10_000) * 37L + (i % 5 == 0 ? 0 : random.nextInt(37));
            String host = i % 11 == 0 ? null : "host-" + random.nextInt(7);
            out.add(new Rec(time, host, i % 3 == 0 ? "event" : "syslog", source));
        }
        return out;
    }

    private static void add(EvidenceIndex index, String sha, List<Rec> recs) throws Exception {
        index.addEvidence(sha, records(sha, recs).stream(), IndexProgress.NONE);
    }

    /** Two files in one write, their records alternating: every segment of that commit holds records of both. */
    private static void addTogether(EvidenceIndex index, String sha1, List<Rec> recs1, String sha2, List<Rec> recs2) throws Exception {
        List<EvidenceRecord> one = records(sha1, recs1);
        List<EvidenceRecord> two = records(sha2, recs2);
        List<EvidenceRecord> mixed = new ArrayList<>();
        for (int i = 0; i < Math.max(one.size(), two.size()); i++) {
            if (i < one.size()) {
                mixed.add(one.get(i));
            }
            if (i < two.size()) {
                mixed.add(two.get(i));
            }
        }
        index.add(mixed.stream(), IndexProgress.NONE);
    }

    private static List<EvidenceRecord> records(String sha, List<Rec> recs) {
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < recs.size(); i++) {
            Rec r = recs.get(i);
            records.add(new EvidenceRecord(r.time() == null ? null : Instant.ofEpochMilli(r.time()), null, r.host(), r.kind(), "message " + i,
                    Map.of(), null, new SourceRef(r.source(), sha, i + 1, -1, null)));
        }
        return records;
    }

    /** Counts by every record's time, lanes as the index names them (lower-cased facet values), untimed in [0][0] of a side map. */
    private static Map<String, long[]> expected(List<Rec> recs, TimeHistogram h, String lanes) {
        Map<String, long[]> out = new TreeMap<>();
        int buckets = h.buckets();
        for (Rec r : recs) {
            if (r.time() == null || r.time() < h.from() || r.time() >= h.to()) {
                continue;
            }
            int b = buckets - 1;
            while (r.time() < h.bucketStart(b)) {
                b--;
            }
            String lane = switch (lanes) {
                case "none" -> TimeHistogram.ALL;
                case "host" -> r.host() == null ? TimeHistogram.NONE : r.host();
                case "kind" -> r.kind();
                default -> r.source();
            };
            out.computeIfAbsent(lane, k -> new long[buckets])[b]++;
        }
        return out;
    }

    private static Map<String, long[]> actual(TimeHistogram h) {
        Map<String, long[]> out = new TreeMap<>();
        for (int i = 0; i < h.lanes().size(); i++) {
            long sum = 0;
            for (long c : h.counts()[i]) {
                sum += c;
            }
            if (sum > 0) {
                out.put(h.lanes().get(i), h.counts()[i]);
            }
        }
        return out;
    }

    @Test
    void wholeIndexAndFilteredCountsEqualCountingEveryRecordsTime() throws Exception {
        Random random = new Random(42);
        List<Rec> kept = new ArrayList<>();
        try (EvidenceIndex index = EvidenceIndex.open(tmp.resolve("index"))) {
            Map<String, List<Rec>> files = new HashMap<>();
            for (int f = 0; f < 5; f++) {
                String sha = String.valueOf((char) ('a' + f)).repeat(64);
                files.put(sha, batch(random, 700 + 150 * f, "file-" + f + ".log"));
            }
            for (String sha : List.of("a", "b", "d")) { // one commit each
                add(index, sha.repeat(64), files.get(sha.repeat(64)));
            }
            addTogether(index, "c".repeat(64), files.get("c".repeat(64)), "e".repeat(64), files.get("e".repeat(64)));
            index.removeEvidence(List.of("b".repeat(64))); // a whole segment deleted
            files.remove("b".repeat(64));
            // replaced: deleted and added again; its old records were in segments with e's, which keep them as deletions
            // (whatever the writer's background merges did before: they cannot drop the deletions of the last commit)
            add(index, "c".repeat(64), files.get("c".repeat(64)));
            files.values().forEach(kept::addAll);
            long untimed = kept.stream().filter(r -> r.time() == null).count();
            String everyKind = "kind:event OR kind:syslog";

            long[][] ranges = { { T0, T0 + 370_000 }, { T0 + 37 * 100, T0 + 37 * 5000 }, { T0 - 1000, T0 + 37 * 5000 + 1 }, { T0 + 5, T0 + 6 } };
            for (long[] range : ranges) {
                for (int buckets : new int[] { 1, 7, 400 }) {
                    for (String lanes : new String[] { "none", "host", "kind", "source" }) {
                        String field = switch (lanes) {
                            case "none" -> null;
                            case "host" -> IndexFields.HOST;
                            case "kind" -> IndexFields.KIND;
                            default -> IndexFields.SOURCE;
                        };
                        TimeHistogram whole = TimeHistogram.count(index, "", range[0], range[1], buckets, field, 100);
                        TimeHistogram filtered = TimeHistogram.count(index, everyKind, range[0], range[1], buckets, field, 100);
                        Map<String, long[]> want = expected(kept, whole, lanes);
                        String what = lanes + " " + buckets + " buckets " + (range[0] - T0) + ".." + (range[1] - T0);
                        assertEquals(want.keySet(), actual(whole).keySet(), what);
                        for (String lane : want.keySet()) {
                            assertArrayEquals(want.get(lane), actual(whole).get(lane), what + " whole index, lane " + lane);
                            assertArrayEquals(want.get(lane), actual(filtered).get(lane), what + " filtered, lane " + lane);
                        }
                        assertEquals(untimed, whole.untimed(), what);
                        assertEquals(untimed, filtered.untimed(), what);
                    }
                }
            }
            assertTrue(untimed > 0);
            // the whole-index counts above took the sorted-segment path, over several segments with deletions
            assertTrue(index.read(searcher -> searcher.getIndexReader().leaves().size() > 1
                    && searcher.getIndexReader().leaves().stream().allMatch(leaf -> TimeHistogram.sortedNewestFirst(leaf.reader()))
                    && searcher.getIndexReader().leaves().stream().anyMatch(leaf -> leaf.reader().hasDeletions())));
            // a filter that is not the whole index: one host, by kind
            TimeHistogram oneHost = TimeHistogram.count(index, "host:host-3", T0, T0 + 370_000, 50, IndexFields.KIND, 10);
            List<Rec> host3 = kept.stream().filter(r -> "host-3".equals(r.host())).toList();
            Map<String, long[]> want = expected(host3, oneHost, "kind");
            for (String lane : want.keySet()) {
                assertArrayEquals(want.get(lane), actual(oneHost).get(lane), "host-3 lane " + lane);
            }
        }
    }

    @Test
    void foldKeepsTheBusiestLanesTiesByNameAndSumsTheRest() {
        Map<String, long[]> byLane = new HashMap<>();
        byLane.put("zeta", new long[] { 2, 1 });
        byLane.put("alpha", new long[] { 0, 3 });
        byLane.put("mid", new long[] { 1, 1 });
        byLane.put("big", new long[] { 5, 0 });
        byLane.put("low", new long[] { 0, 1 });
        TimeHistogram h = TimeHistogram.fold(0, 10, 2, byLane, false, 3, 4, 0);
        assertEquals(List.of("big", "alpha", "zeta", TimeHistogram.OTHER), h.lanes(), "most records first, equal counts by name");
        assertArrayEquals(new long[] { 1, 2 }, h.counts()[3], "mid and low summed");
        assertEquals(4, h.untimed());
        assertEquals(List.of("alpha", "big", "low", "mid", "zeta"), TimeHistogram.fold(0, 10, 2, byLane, false, 5, 0, 0).lanes().stream().sorted().toList());
        assertEquals(5, TimeHistogram.fold(0, 10, 2, byLane, false, 5, 0, 0).lanes().size(), "no (other) when every lane fits");
        TimeHistogram one = TimeHistogram.fold(0, 10, 2, Map.of(), true, 3, 0, 0);
        assertEquals(List.of(TimeHistogram.ALL), one.lanes(), "counted without lanes: one lane, also when nothing was counted");
        assertArrayEquals(new long[] { 0, 0 }, one.counts()[0]);
    }
}
