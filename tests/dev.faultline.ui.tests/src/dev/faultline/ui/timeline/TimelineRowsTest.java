package dev.faultline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.TimelineRow;

/**
 * A page found by counting time buckets (the scroll bar dragged far) holds the same rows as the
 * page reached by reading every page before it, in both orders, also inside one millisecond that
 * holds more rows than a search may skip; a record deep in that millisecond is found at its rank.
 */
class TimelineRowsTest {

    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    /** Records one a second, then {@link #DENSE} records in one millisecond, then one a second again. */
    private static final int BEFORE = 3_000;
    private static final int DENSE = 24_000;
    private static final int AFTER = 3_000;

    @TempDir
    Path dir;

    @Test
    void aPageFoundByCountingIsThePageReachedByReading() throws Exception {
        InvestigationFolder folder = InvestigationFolder.create(dir.resolve("case"));
        try (EvidenceIndex index = EvidenceIndex.open(folder.indexDir())) {
            index.add(records(), IndexProgress.NONE);
            Timeline timeline = new Timeline(folder.investigation(), index);
            for (boolean newest : new boolean[] { false, true }) {
                TimelineQuery query = TimelineQuery.all().withNewestFirst(newest);
                TimelineRows read = TimelineRows.of(timeline, query);
                assertEquals(BEFORE + DENSE + AFTER, read.total());
                List<String> inOrder = new ArrayList<>();
                for (int p = 0; p * TimelineRows.PAGE < read.total(); p++) {
                    read.load(p).forEach(r -> inOrder.add(r.id()));
                }
                assertEquals(read.total(), inOrder.size());
                // pages before, inside (near its start, middle and end) and after the dense millisecond
                int[] pages = { 7, (BEFORE + 600) / TimelineRows.PAGE, (BEFORE + DENSE / 2) / TimelineRows.PAGE,
                        (BEFORE + DENSE - 400) / TimelineRows.PAGE, (BEFORE + DENSE + 1_000) / TimelineRows.PAGE };
                // a record 5,000 rows into the crowded millisecond (a click on its mark) is found at its rank
                int deep = (newest ? AFTER : BEFORE) + 5_000;
                assertEquals(deep, RowSeeker.rank(read, inOrder.get(deep), START.plusSeconds(BEFORE).toEpochMilli()));
                for (int page : pages) {
                    TimelineRows counted = TimelineRows.of(timeline, query);
                    List<String> ids = counted.load(page).stream().map(TimelineRow::id).toList();
                    int from = page * TimelineRows.PAGE;
                    assertEquals(inOrder.subList(from, from + ids.size()), ids, (newest ? "newest" : "oldest") + " first, page " + page);
                    assertEquals(TimelineRows.PAGE, ids.size());
                }
            }
        }
    }

    private static List<EvidenceRecord> records() {
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < BEFORE + DENSE + AFTER; i++) {
            long second = i < BEFORE ? i : i < BEFORE + DENSE ? BEFORE : i - DENSE + 1;
            records.add(new EvidenceRecord(START.plusSeconds(second), null, "host-" + (i % 5), "log", "record " + i, Map.of(), null,
                    new SourceRef("dense.log", null, i + 1L, -1, null)));
        }
        return records;
    }
}
