package dev.faultline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.timeline.TimelineTimes;
import dev.faultline.timeline.export.ExportFormat;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.testing.FreshSample;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;

/**
 * The Timeline view on the sample: filter to one host, switch the zone, add an event by hand,
 * tag it, undo and redo, export Timesketch CSV.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TimelineViewTest {

    private static final String HOST = "checkin-kiosk-01 (illustrative)";

    @TempDir
    Path dir;

    @Test
    void filterZoneAddTagUndoRedoAndExport() throws Exception {
        FreshSample.run(dir, this::run); // a fresh sample: other tests import into the shared one
    }

    private void run(InvestigationSession session) throws Exception {
        TimelineView view = (TimelineView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(TimelineView.ID);
        settle(view);
        int sampleEvents = session.investigation().getTimelineEvents().size();
        UiWait.until(() -> view.rowTable.count() == sampleEvents, 60_000, "the sample's " + sampleEvents + " events"); // the first test in a cold workbench
        assertTrue(text(view, 0, 4).length() > 0, "the oldest event is shown");
        assertTrue(view.status.getText().startsWith(sampleEvents + " events"), view.status.getText());

        // add an event by hand on one of the sample's hosts
        TimelineActions actions = actions(view);
        assertTrue(actions.addEvent(Instant.parse("2024-07-19T04:24:00Z"), HOST, "Kiosk shows a blue screen (seen by the analyst)"));
        UiWait.until(() -> view.rowTable.count() == sampleEvents + 1, 30_000, "the added event");

        // filter to that host, as typed
        type(view.filter, "host:\"" + HOST + "\"");
        UiWait.until(() -> view.rowTable.count() == 1, 30_000, "one event on " + HOST);
        settle(view);
        assertTrue(view.status.getText().startsWith("1 event matches"), view.status.getText());
        assertEquals("2024-07-19 04:24:00.000", text(view, 0, 0));
        assertEquals(HOST, text(view, 0, 1));
        assertEquals("analyst", text(view, 0, 2));

        // switch the zone: display only
        view.zoneCombo.setText("Europe/Berlin");
        view.zoneCombo.notifyListeners(SWT.DefaultSelection, new Event());
        UiWait.flush();
        assertEquals("Time (Europe/Berlin)", view.table.getColumn(0).getText());
        assertEquals("2024-07-19 06:24:00.000", text(view, 0, 0));
        assertEquals(Instant.parse("2024-07-19T04:24:00Z"), session.investigation().getTimelineEvents().get(sampleEvents).getInstant(),
                "the stored instant stays UTC");

        // tag it, through the command stack
        view.table.setSelection(0);
        Event click = new Event();
        click.item = view.table.getItem(0);
        view.table.notifyListeners(SWT.Selection, click);
        UiWait.flush();
        assertTrue(view.details.getText().contains("added by hand"), view.details.getText());
        actions.tag("first-blue-screen");
        settle(view);
        UiWait.until(() -> "first-blue-screen".equals(text(view, 0, 5)), 30_000, "the tag in the table");
        type(view.filter, "tag:first-blue-screen");
        UiWait.until(() -> view.rowTable.count() == 1, 30_000, "the tagged event found by tag:");
        settle(view);

        session.commandStack().undo();
        settle(view);
        UiWait.until(() -> view.rowTable.count() == 0, 30_000, "no tagged event after undo");
        session.commandStack().redo();
        settle(view);
        UiWait.until(() -> view.rowTable.count() == 1, 30_000, "the tag back after redo");
        UiWait.until(() -> "first-blue-screen".equals(text(view, 0, 5)), 30_000, "the tag in the table after redo");

        // export Timesketch CSV of everything
        type(view.filter, "");
        UiWait.until(() -> view.rowTable.count() == sampleEvents + 1, 30_000, "all events again");
        Path csv = dir.resolve("timeline.csv");
        Job export = actions.export(csv, ExportFormat.TIMESKETCH_CSV);
        UiWait.until(() -> export.getResult() != null, 60_000, "the export job");
        assertTrue(export.getResult().isOK(), export.getResult().getMessage());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("message,datetime,timestamp_desc,timestamp,"), lines.get(0));
        assertEquals(sampleEvents + 1 + 1, lines.size(), "header and one line per event");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Kiosk shows a blue screen (seen by the analyst),2024-07-19T04:24:00.000000+00:00,")
                && l.contains("first-blue-screen") && l.contains(HOST)), String.join("\n", lines));

        // jump to the last event: it is selected and its record shown
        Instant last = session.investigation().getTimelineEvents().stream().map(e -> e.getInstant()).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElseThrow();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        view.jumpTo(TimelineTimes.format(last, berlin).replace(' ', 'T'));
        settle(view);
        UiWait.until(() -> view.selectedRow() != null, 30_000, "the jumped-to event selected");
        assertEquals(last, view.selectedRow().time(), "the jumped-to event");
        assertTrue(view.details.getText().startsWith(TimelineTimes.format(last, berlin)), view.details.getText());
        settle(view);
    }

    /** The view's actions (Tag, Star, Add Event ...), as its menus and toolbar run them. */
    static TimelineActions actions(TimelineView view) throws Exception {
        var field = TimelineView.class.getDeclaredField("actions");
        field.setAccessible(true);
        return (TimelineActions) field.get(view);
    }

    /** Types {@code value} into a field and presses Enter. */
    static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        UiWait.flush();
    }

    /** Waits for the view's jobs (counting, paging, indexing) and their UI updates. */
    private static void settle(TimelineView view) {
        settle(view, 30_000);
    }

    /** Waits at most {@code millis} (twice) for the view's jobs and their UI updates. */
    static void settle(TimelineView view, long millis) {
        UiWait.until(() -> !view.busy(), millis, "the timeline's jobs");
        UiWait.flush();
        UiWait.until(() -> !view.busy(), millis, "the timeline's jobs");
    }

    /** The text of a cell of the row of {@code rank}, scrolled into view and read first. */
    static String text(TimelineView view, int rank, int column) {
        RankedTable rows = view.rowTable;
        if (rank < rows.top() || rank >= rows.top() + view.table.getItemCount()) {
            rows.scrollTo(rank);
        }
        UiWait.until(() -> rows.rowAt(rank) != null && !view.table.getItem(rank - rows.top()).getText(0).equals("\u2026"), 30_000,
                "row " + rank + " to be read");
        return view.table.getItem(rank - rows.top()).getText(column);
    }
}
