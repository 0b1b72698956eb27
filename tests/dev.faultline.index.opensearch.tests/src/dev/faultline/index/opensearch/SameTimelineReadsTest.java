package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.EmbeddedTimelineIndex;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;
import dev.faultline.index.StoredRecord;
import dev.faultline.index.TimelineEntries;
import dev.faultline.index.TimelineEntries.Curated;
import dev.faultline.index.TimelineEntries.Marks;
import dev.faultline.index.TimelineIndex;

/**
 * The timeline reads the same through {@link TimelineIndex} on both backends: counts, time span,
 * pages, streamed rows (in time order, both directions, in windows; every stored value a Timesketch
 * export reads), the CSV columns, and the model's curated events and marks written by a sync
 * ({@code tag:}, {@code starred:true}, {@code kind:curated}, in step or not) — also after a second sync
 * that takes marks off and replaces the events.
 */
class SameTimelineReadsTest {

    @TempDir
    Path tmp;

    @Test
    void pagesStreamsColumnsAndTheModelsEntriesAreTheSameOnBothBackends() throws Exception {
        List<EvidenceRecord> records = new ArrayList<>(ConformanceEvidence.all(ConformanceEvidence.dataDir()));
        Instant start = Instant.parse("2024-07-19T04:09:00Z");
        for (int i = 0; i < 40; i++) { // fields of several name lists, raw texts that are and are not the message
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(i % 2 == 0 ? "EventID" : "Provider", "v" + i);
            if (i % 3 == 0) {
                fields.put("Channel", "System");
            }
            records.add(new EvidenceRecord(start.plusSeconds(i * 7L), "t" + i, "win-" + (i % 4), "event", "windows event " + i, fields,
                    i % 5 == 0 ? "raw line " + i : null, new SourceRef("win.evtx", "f5".repeat(32), 0, 1000L * i, "r" + i)));
        }
        LocalCluster cluster = LocalCluster.shared();
        OpenSearchIndex.build(cluster.access(), "timeline", null, records::stream, IndexProgress.NONE);
        try (EvidenceIndex embeddedIndex = EvidenceIndex.open(tmp.resolve("index"));
                OpenSearchIndex remoteIndex = OpenSearchIndex.open(cluster.access(), "timeline")) {
            embeddedIndex.add(records.stream(), IndexProgress.NONE);
            TimelineIndex embedded = new EmbeddedTimelineIndex(embeddedIndex);
            TimelineIndex remote = new OpenSearchTimelineIndex(remoteIndex);

            assertEquals(java.util.Arrays.toString(embedded.timeSpan()), java.util.Arrays.toString(remote.timeSpan()));
            for (String query : List.of("", "time:[* TO *]", "-time:[* TO *]", "kind:event", "sshd AND time:[2005-06-01T00:00:00.000Z TO *]",
                    "host:win-1 OR host:win-2")) {
                assertEquals(embedded.count(query), remote.count(query), query);
            }
            Long from = start.plusSeconds(20).toEpochMilli();
            Long to = start.plusSeconds(200).toEpochMilli();
            for (String query : List.of("", "windows OR kernel", "kind:event")) {
                for (Long[] window : new Long[][] { { null, null }, { from, to }, { null, to }, { from, null } }) {
                    for (boolean newestFirst : new boolean[] { false, true }) {
                        String what = query + " " + window[0] + ".." + window[1] + (newestFirst ? " newest first" : " oldest first");
                        List<String> a = scan(embedded, query, window[0], window[1], newestFirst);
                        List<String> b = scan(remote, query, window[0], window[1], newestFirst);
                        assertEquals(a.size(), b.size(), what);
                        assertEquals(times(a), times(b), what + ": the same times in the same order");
                        sameRows(byId(a), byId(b), what);
                    }
                    assertEquals(new java.util.TreeSet<>(embedded.fieldNames(query, window[0], window[1], 1000)),
                            new java.util.TreeSet<>(remote.fieldNames(query, window[0], window[1], 1000)), query + " columns");
                }
            }
            assertTrue(remote.fieldNames("kind:event", null, null, 1000).containsAll(List.of("EventID", "Provider", "Channel")));
            assertEquals(1, remote.fieldNames("kind:event", null, null, 1).size(), "at most max names");

            // the model's entries: a curated event, a tag and a star on records
            SearchResult some = embedded.search("kind:event", SearchOptions.defaults().withLimit(3).withHighlight(false).withSort(SortOrder.TIME));
            List<String> ids = some.hits().stream().map(SearchHit::id).toList();
            List<String> asked = new ArrayList<>(ids);
            asked.add("nowhere.log@1");
            assertEquals(embedded.present(asked), remote.present(asked));
            assertEquals(3, remote.present(asked).size());
            EvidenceRecord event = new EvidenceRecord(start.plusMillis(1500), null, "falcon-01", TimelineEntries.CURATED, "Channel File 291 released",
                    Map.of("eventKind", "release"), null, new SourceRef("analyst", null, 0, -1, null));
            List<Curated> curated = List.of(new Curated("event:e1", event, new Marks(List.of("release"), true)));
            Map<String, Marks> marks = new LinkedHashMap<>();
            marks.put(ids.get(0), new Marks(List.of("RootCause", "csagent"), false));
            marks.put(ids.get(1), new Marks(List.of(), true));
            for (TimelineIndex index : List.of(embedded, remote)) {
                assertFalse(index.inSync("sig-1", 3), index.toString());
                index.sync("sig-1", curated, marks);
                assertTrue(index.inSync("sig-1", 3), index.toString());
                assertFalse(index.inSync("sig-2", 3), index.toString());
            }
            for (String query : List.of("tag:rootcause", "tag:csagent", "tag:release", "starred:true", "kind:curated", "Channel AND 291", "*:*")) {
                assertEquals(hits(embedded, query), hits(remote, query), query);
            }
            assertEquals(List.of("event:e1"), hits(remote, "kind:curated"));
            assertEquals(List.of(ids.get(0)), hits(remote, "tag:rootcause"));
            assertEquals(List.of(ids.get(1)), hits(remote, "starred:true AND -kind:curated"));
            assertEquals(scan(embedded, "", null, null, false).size(), scan(remote, "", null, null, false).size());
            // a second sync: the tag taken off, the event replaced by another
            List<Curated> replaced = List.of(new Curated("event:e2", event, Marks.NONE));
            Map<String, Marks> fewer = Map.of(ids.get(1), new Marks(List.of(), true));
            for (TimelineIndex index : List.of(embedded, remote)) {
                index.sync("sig-2", replaced, fewer);
                assertTrue(index.inSync("sig-2", 2), index.toString());
                assertFalse(index.inSync("sig-1", 3), index.toString());
            }
            for (String query : List.of("tag:rootcause", "tag:release", "starred:true", "kind:curated", "*:*")) {
                assertEquals(hits(embedded, query), hits(remote, query), query + " after the second sync");
            }
            assertEquals(List.of(), hits(remote, "tag:rootcause"));
            assertEquals(List.of("event:e2"), hits(remote, "kind:curated"));
            assertEquals(embedded.count("*:*"), remote.count("*:*"));
        }
    }

    /** Every streamed row as {@code time|id|what a Timesketch row reads of it}. */
    private static List<String> scan(TimelineIndex index, String query, Long from, Long to, boolean newestFirst) throws Exception {
        List<String> rows = new ArrayList<>();
        index.scanStored(query, from, to, newestFirst, (StoredRecord r) -> {
            rows.add(r.time() + "|" + r.id() + "|" + r.toRecord() + "|" + r.text().substring(r.messageStart(), r.messageEnd()) + "|"
                    + r.fields().count() + "|" + r.file() + "|" + r.sha256() + "|" + r.line() + "|" + r.offset() + "|" + r.recordId() + "|"
                    + r.timeText() + "|" + r.host() + "|" + r.kind());
            return true;
        });
        return rows;
    }

    /** The same rows by id (the first difference named, not every row printed). */
    private static void sameRows(Map<String, String> a, Map<String, String> b, String what) {
        assertEquals(new java.util.TreeSet<>(a.keySet()), new java.util.TreeSet<>(b.keySet()), what + ": the same ids");
        for (String id : a.keySet()) {
            assertEquals(a.get(id), b.get(id), what + ": row " + id);
        }
    }

    private static List<String> times(List<String> rows) {
        return rows.stream().map(r -> r.substring(0, r.indexOf('|'))).toList();
    }

    private static Map<String, String> byId(List<String> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String r : rows) {
            int a = r.indexOf('|');
            int b = r.indexOf('|', a + 1);
            out.put(r.substring(a + 1, b), r);
        }
        return out;
    }

    private static List<String> hits(TimelineIndex index, String query) throws Exception {
        SearchResult r = index.search(query, SearchOptions.defaults().withLimit(500).withHighlight(false).withSort(SortOrder.TIME));
        return r.hits().stream().map(SearchHit::id).toList();
    }
}
