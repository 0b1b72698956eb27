package dev.faultline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.timeline.TimelineRow;
import dev.faultline.timeline.TimelineTimes;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;

/**
 * The Timeline view's table over a window far larger than the rows on screen (300,000 records, one
 * a second): End reaches the last row, the scroll bar reaches the middle, the wheel and the keys move
 * through the ranks, Jump to selects the right record, and newest first turns it round. Records
 * without a host get the axis lane "(no host)".
 */
@ExtendWith(ScreenshotOnFailure.class)
class TimelineLargeWindowTest {

    private static final int RECORDS = 300_000;
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theTableReachesEveryRowOfALargeWindow() throws Exception {
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        Path previous = session.folder().root();
        if (session.isDirty()) {
            session.save();
        }
        Path large = dir.resolve("large");
        session.create(large);
        try {
            try (EvidenceIndex index = EvidenceIndex.open(session.folder().indexDir())) {
                index.add(records(), IndexProgress.NONE);
            }
            session.open(large);
            TimelineView view = (TimelineView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(TimelineView.ID);
            view.zoneCombo.setText("UTC"); // an earlier test may have left another zone
            view.zoneCombo.notifyListeners(SWT.DefaultSelection, new Event());
            UiWait.until(() -> view.rowTable.count() == RECORDS, 60_000, RECORDS + " rows");
            settle(view);
            RankedTable rows = view.rowTable;
            assertTrue(view.table.getItemCount() > 0 && view.table.getItemCount() < 200, "the table holds the rows on screen only: "
                    + view.table.getItemCount());
            assertEquals(time(0), TimelineViewTest.text(view, 0, 0), "the oldest row first");
            assertTrue(view.status.getText().startsWith("300,000 events"), view.status.getText());

            // End: the last row, selected, its record in the details
            key(view, SWT.END);
            settle(view);
            assertEquals(RECORDS - 1, rows.top() + view.table.getItemCount() - 1, "the last rank is shown");
            assertEquals(time(RECORDS - 1), TimelineViewTest.text(view, RECORDS - 1, 0));
            assertEquals(java.util.List.of(RECORDS - 1), rows.selectedRanks());
            UiWait.until(() -> view.selectedRow() != null, 30_000, "the last row read");
            assertEquals(message(RECORDS - 1), view.selectedRow().message());
            assertTrue(view.details.getText().contains(message(RECORDS - 1)), view.details.getText());

            // the scroll bar dragged to the middle
            int middle = RECORDS / 2;
            view.rowTable.slider.setSelection(middle);
            view.rowTable.slider.notifyListeners(SWT.Selection, new Event());
            settle(view);
            assertEquals(middle, rows.top());
            assertEquals(time(middle), TimelineViewTest.text(view, middle, 0));
            assertEquals(message(middle + 1), rowAt(view, middle + 1).message());

            // the wheel: three rows down a notch; the arrow keys move the selection by one
            Event wheel = new Event();
            wheel.count = -3;
            view.table.notifyListeners(SWT.MouseVerticalWheel, wheel);
            assertEquals(middle + 3, rows.top());
            key(view, SWT.PAGE_UP);
            key(view, SWT.ARROW_DOWN);
            settle(view);
            int selected = RECORDS - 1 - (rows.visible() - 1) + 1;
            assertEquals(java.util.List.of(selected), rows.selectedRanks(), "Page Up then Down from the last row");
            assertEquals(message(selected), view.selectedRow().message());

            // Jump to a time: the row at that time is selected and shown
            int target = 123_456;
            view.jumpTo(TimelineTimes.format(START.plusSeconds(target), ZoneOffset.UTC).replace(' ', 'T'));
            settle(view);
            assertEquals(java.util.List.of(target), rows.selectedRanks());
            assertTrue(target >= rows.top() && target < rows.top() + view.table.getItemCount(), "the jumped-to row is on screen");
            UiWait.until(() -> view.selectedRow() != null, 30_000, "the jumped-to row read");
            assertEquals(message(target), view.selectedRow().message());

            // newest first: the last record is the first row
            view.newestFirst.setSelection(true);
            view.newestFirst.notifyListeners(SWT.Selection, new Event());
            settle(view);
            assertEquals(0, rows.top());
            assertEquals(time(RECORDS - 1), TimelineViewTest.text(view, 0, 0));
            assertEquals(time(0), TimelineViewTest.text(view, RECORDS - 1, 0));

            // every other record has no host: its lane is named so
            UiWait.until(() -> view.axis.model() != null && view.axis.model().lanes().contains("(no host)"), 30_000, "the (no host) lane");
            view.newestFirst.setSelection(false); // as the other tests expect it
        } finally {
            session.open(previous);
            UiWait.flush();
        }
    }

    private static TimelineRow rowAt(TimelineView view, int rank) {
        TimelineViewTest.text(view, rank, 0);
        return view.rowTable.rowAt(rank);
    }

    private static void key(TimelineView view, int keyCode) {
        Event e = new Event();
        e.keyCode = keyCode;
        view.table.notifyListeners(SWT.KeyDown, e);
        UiWait.flush();
    }

    private static void settle(TimelineView view) {
        TimelineViewTest.settle(view, 60_000);
    }

    private static String time(int i) {
        return TimelineTimes.format(START.plusSeconds(i), ZoneOffset.UTC);
    }

    private static String message(int i) {
        return "synthetic record " + i;
    }

    /** One record a second; the even ones on one of seven hosts, the odd ones without a host. */
    private static Iterable<EvidenceRecord> records() {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < RECORDS;
            }

            @Override
            public EvidenceRecord next() {
                int n = i++;
                String host = n % 2 == 0 ? "host-" + (n % 7) : null;
                return new EvidenceRecord(START.plusSeconds(n), null, host, "log", message(n), Map.of(), message(n),
                        new SourceRef("synthetic.log", null, n + 1L, -1, null));
            }
        };
    }
}
