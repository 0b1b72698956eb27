package dev.faultline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.index.TimeHistogram;
import dev.faultline.index.TimelineEntries;

class TimelineMergeTest {

    @TempDir
    Path dir;

    @Test
    void modelEventsAndRecordsAreMergedInTimeOrderAndAnImportedEventAppearsOnce() throws Exception {
        try (TimelineFixture f = new TimelineFixture(dir)) {
            assertTrue(f.timeline.sync(), "the first sync writes the model's events");
            List<TimelineRow> rows = all(f.timeline, TimelineQuery.all());
            assertEquals(TimelineFixture.TIMED + 1, rows.size(), "40 timed records + the hand-added event; the mapped one not twice");
            for (int i = 1; i < rows.size(); i++) {
                assertFalse(rows.get(i).time().isBefore(rows.get(i - 1).time()), "oldest first at row " + i);
            }
            assertEquals(rows.size(), new HashSet<>(rows.stream().map(TimelineRow::id).toList()).size(), "no row twice");
            TimelineRow mapped = rows.stream().filter(r -> r.event() == f.cited).findFirst().orElseThrow();
            assertFalse(mapped.isCurated(), "the mapped event is shown as its evidence record");
            assertEquals(TimelineFixture.FILE, mapped.source().file());
            assertEquals(10, mapped.source().line());
            TimelineRow hand = rows.stream().filter(TimelineRow::isCurated).findFirst().orElseThrow();
            assertSame(f.handAdded, hand.event());
            assertTrue(hand.isHandAdded());
            assertEquals("host-a", hand.host());
            assertEquals("note", hand.kind());
            assertEquals(Instant.parse("2024-07-19T04:09:30Z"), hand.time());
            assertEquals(mapped.time(), rows.get(rows.indexOf(hand) - 1).time(), "the hand-added event right after 04:09");
        }
    }

    @Test
    void newestFirstWindowFilterAndUntimed() throws Exception {
        try (TimelineFixture f = new TimelineFixture(dir)) {
            f.timeline.sync();
            TimelinePage newest = f.timeline.page(TimelineQuery.all().withNewestFirst(true), null, 3);
            assertEquals(Instant.parse("2024-07-19T04:39:00Z"), newest.rows().get(0).time());
            TimelineQuery window = TimelineQuery.all().withWindow(Instant.parse("2024-07-19T04:10:00Z"), Instant.parse("2024-07-19T04:19:59Z"));
            assertEquals(10, all(f.timeline, window).size());
            assertEquals(20, all(f.timeline, TimelineQuery.all().withFilter("host:host-b")).size());
            assertEquals(21, all(f.timeline, TimelineQuery.all().withFilter("host:host-a")).size(), "the hand-added event is on host-a");
            assertEquals(1, all(f.timeline, TimelineQuery.all().withFilter("kind:" + TimelineEntries.CURATED)).size());
            assertEquals(TimelineFixture.UNTIMED, f.timeline.untimedCount(TimelineQuery.all()));
            TimelinePage untimed = f.timeline.untimed(TimelineQuery.all(), null, 50);
            assertEquals(TimelineFixture.UNTIMED, untimed.rows().size());
            assertTrue(untimed.rows().stream().allMatch(r -> r.time() == null));
        }
    }

    @Test
    void streamGivesThePagesOrder() throws Exception {
        try (TimelineFixture f = new TimelineFixture(dir)) {
            f.timeline.sync();
            for (boolean newest : new boolean[] { false, true }) {
                TimelineQuery q = TimelineQuery.all().withNewestFirst(newest);
                List<Instant> streamed = new ArrayList<>();
                long n = f.timeline.stream(q, row -> streamed.add(row.time()));
                assertEquals(TimelineFixture.TIMED + 1, n);
                assertEquals(all(f.timeline, q).stream().map(TimelineRow::time).toList(), streamed);
            }
        }
    }

    @Test
    void syncWritesOnlyWhenTheModelOrIndexChanged() throws Exception {
        try (TimelineFixture f = new TimelineFixture(dir)) {
            assertTrue(f.timeline.sync());
            assertFalse(f.timeline.sync(), "nothing changed");
            f.handAdded.setMessage("edited");
            assertTrue(f.timeline.sync());
            assertEquals(1, f.index.search("edited", dev.faultline.index.SearchOptions.defaults()).totalHits());
        }
    }

    @Test
    void histogramCountsPerLaneInTheIndex() throws Exception {
        try (TimelineFixture f = new TimelineFixture(dir)) {
            f.timeline.sync();
            long from = TimelineFixture.START.toEpochMilli();
            TimeHistogram byHost = f.timeline.histogram(TimelineQuery.all(), from, from + 40 * 60_000, 40, Lanes.HOST, 10);
            assertEquals(List.of("host-a", "host-b"), byHost.lanes());
            assertEquals(41, byHost.total());
            assertEquals(TimelineFixture.UNTIMED, byHost.untimed());
            assertEquals(1, byHost.counts()[0][9], "04:09 on host-a: the hand-added event (the record of 04:09 is host-b's)");
            assertEquals(1, byHost.counts()[1][9]);
            assertEquals(0, byHost.counts()[1][8]);
            TimeHistogram groups = f.timeline.histogram(TimelineQuery.all(), from, from + 40 * 60_000, 4, Lanes.HOST_GROUP, 10);
            assertEquals(List.of("Windows fleet", "(no group)"), groups.lanes());
            assertEquals(21, sum(groups.counts()[0]));
            TimeHistogram one = f.timeline.histogram(TimelineQuery.all().withFilter("host:host-b"), from, from + 40 * 60_000, 1, Lanes.NONE, 10);
            assertEquals(20, one.total());
            assertNotNull(f.timeline.bounds(TimelineQuery.all()));
        }
    }

    @Test
    void recordsAfterTheYear9999AndBeforeTheYear0ArePagedInBothOrders() throws Exception {
        try (TimelineFixture f = new TimelineFixture(dir)) {
            f.timeline.sync();
            Instant far = Instant.parse("+12024-07-19T04:09:00.500Z");
            Instant early = Instant.parse("-0044-03-15T12:00:00Z");
            f.index.add(List.of(
                    new dev.faultline.core.evidence.EvidenceRecord(far, "12024-07-19 04:09:00.5", "host-z", "syslog", "far future", java.util.Map.of(),
                            null, new dev.faultline.core.evidence.SourceRef("far.log", null, 1, -1, null)),
                    new dev.faultline.core.evidence.EvidenceRecord(early, "-44-03-15 12:00", "host-z", "syslog", "ides of march", java.util.Map.of(),
                            null, new dev.faultline.core.evidence.SourceRef("far.log", null, 2, -1, null))),
                    dev.faultline.index.IndexProgress.NONE);
            List<TimelineRow> oldest = all(f.timeline, TimelineQuery.all());
            assertEquals(TimelineFixture.TIMED + 3, oldest.size());
            assertEquals(early, oldest.get(0).time());
            assertEquals(far, oldest.get(oldest.size() - 1).time());
            List<TimelineRow> newest = all(f.timeline, TimelineQuery.all().withNewestFirst(true));
            assertEquals(far, newest.get(0).time());
            assertEquals(1, f.timeline.page(TimelineQuery.all().withWindow(far, far), null, 5).rows().size(), "a window in the year 12024");
            assertEquals(List.of(far), all(f.timeline, TimelineQuery.all().withWindow(Instant.parse("2025-01-01T00:00:00Z"), null))
                    .stream().map(TimelineRow::time).toList(), "oldest first from 2025: only the far one");
            assertEquals(2, f.timeline.bounds(TimelineQuery.all()).length);
            assertEquals(far.toEpochMilli(), f.timeline.bounds(TimelineQuery.all())[1]);
        }
    }

    static long sum(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    static List<TimelineRow> all(Timeline timeline, TimelineQuery query) throws Exception {
        List<TimelineRow> rows = new ArrayList<>();
        String cursor = null;
        do {
            TimelinePage page = timeline.page(query, cursor, 7);
            rows.addAll(page.rows());
            cursor = page.nextPage();
        } while (cursor != null);
        return rows;
    }
}
