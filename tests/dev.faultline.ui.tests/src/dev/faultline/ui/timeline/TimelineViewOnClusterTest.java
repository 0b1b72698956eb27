package dev.faultline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.index.IndexProgress;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.index.opensearch.RecordedIndex;
import dev.faultline.intake.EvidenceRecords;
import dev.faultline.ui.intake.TestImports;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.testing.FreshSample;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.TestCluster;
import dev.faultline.ui.testing.UiWait;

/**
 * The Timeline view of an investigation whose index is on an OpenSearch cluster reads it there: the
 * same rows in the same order as on the embedded index (records and the model's events, which the view
 * indexes on the cluster), the status naming the cluster index, a tag added in the view found by
 * {@code tag:} on the cluster, records of a workbench import indexed there. Uses the UI tests' one-node
 * cluster ({@link TestCluster}).
 */
@ExtendWith(ScreenshotOnFailure.class)
class TimelineViewOnClusterTest {

    @TempDir
    Path dir;

    @Test
    void readsTheRowsOfTheInvestigationsIndexOnTheCluster() throws Exception {
        Path data = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(data), "shared data folder absent: " + data.toAbsolutePath());
        TestCluster cluster = TestCluster.shared();
        FreshSample.run(dir, session -> run(session, cluster, data));
    }

    private void run(InvestigationSession session, TestCluster cluster, Path data) throws Exception {
        TestImports.importFile(session, data.resolve("loghub/Windows/Windows_2k.log")); // timed records (CBS, CSI)
        session.save();
        TimelineView view = (TimelineView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(TimelineView.ID);
        int events = session.investigation().getTimelineEvents().size();
        type(view.filter, "");
        UiWait.until(() -> view.rowTable.count() > events + 1000, 60_000, "the sample's events and the imported log's records");
        settle(view);
        int embeddedCount = view.rowTable.count();
        String embeddedStatus = view.status.getText();
        List<String> embedded = rows(view, 120);

        OpenSearchIndex.build(cluster.access(), "ui-timeline", null, () -> EvidenceRecords.of(session.folder()), IndexProgress.NONE);
        Path recorded = session.folder().root().resolve(RecordedIndex.FILE);
        Files.writeString(recorded, "{\"url\": \"" + cluster.url() + "\", \"index\": \"ui-timeline\"}\n", StandardCharsets.UTF_8);
        Path embeddedIndex = session.folder().indexDir();
        Path aside = dir.resolve("embedded-index");
        session.save();
        session.open(session.folder().root()); // opened again: the view reads the index DIR/opensearch.json names
        Files.move(embeddedIndex, aside); // nothing can read DIR/index now
        try {
            TimelineView onCluster = (TimelineView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(TimelineView.ID);
            type(onCluster.filter, "");
            try {
                UiWait.until(() -> onCluster.status.getText().contains("(index 'ui-timeline' on " + cluster.url() + ")"), 120_000,
                        "the rows read from the cluster");
                UiWait.until(() -> onCluster.rowTable.count() == embeddedCount && onCluster.status.getText().startsWith(embeddedStatus), 120_000,
                        "every row, read from the cluster (the model's events indexed there by the view)");
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; the view shows " + onCluster.rowTable.count() + " rows, status '"
                        + onCluster.status.getText() + "', lock free " + lockFree(session) + ", " + syncState(onCluster) + ", jobs " + java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
                                .map(j -> j.getName() + " (" + j.getState() + ")").toList(), e);
            }
            settle(onCluster);
            assertEquals(embeddedStatus + " (index 'ui-timeline' on " + cluster.url() + ")", onCluster.status.getText());
            assertEquals(embedded, rows(onCluster, 120), "the same rows in the same order");

            type(onCluster.filter, "kind:curated");
            UiWait.until(() -> onCluster.rowTable.count() == events, 60_000, "the model's events on the cluster");
            settle(onCluster);
            onCluster.table.setSelection(0);
            Event click = new Event();
            click.item = onCluster.table.getItem(0);
            onCluster.table.notifyListeners(SWT.Selection, click);
            UiWait.flush();
            TimelineActions actions = actions(onCluster);
            actions.tag("seen-on-cluster");
            settle(onCluster);
            type(onCluster.filter, "tag:seen-on-cluster");
            UiWait.until(() -> onCluster.rowTable.count() == 1, 60_000, "the tag found by tag: on the cluster");
            settle(onCluster);
            // the workbench's import indexes on the cluster too
            TestImports.importFile(session, data.resolve("evtx/plaso_test_data_evtx_System.evtx"));
            type(onCluster.filter, "");
            UiWait.until(() -> onCluster.rowTable.count() > embeddedCount, 120_000, "the imported records, read from the cluster");
            settle(onCluster);
            assertTrue(Files.notExists(embeddedIndex), "the view and the import used the cluster, nothing built DIR/index again");
        } finally {
            Files.delete(recorded);
            Files.move(aside, embeddedIndex);
        }
    }

    private static String syncState(TimelineView view) {
        try {
            dev.faultline.timeline.Timeline t = view.timeline();
            dev.faultline.timeline.Timeline.SyncPlan plan = t.plan();
            long expected = plan.curated().size() + (long) plan.marks().size();
            return "plan " + plan.curated().size() + " curated + " + plan.marks().size() + " marks, in sync " + t.index().inSync(plan.signature(), expected)
                    + ", curated on the cluster " + t.count("kind:curated") + ", index " + t.index();
        } catch (Exception e) {
            return "sync state: " + e;
        }
    }

    private static boolean lockFree(InvestigationSession session) {
        try {
            var free = dev.faultline.intake.InvestigationLock.ifFree(session.folder().root(), "test");
            if (free.isPresent()) {
                free.get().close();
            }
            return free.isPresent();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The time, host, source and message of the first rows (read as {@link TimelineViewTest} reads a cell). */
    private static List<String> rows(TimelineView view, int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(count, view.rowTable.count()); i++) {
            rows.add(TimelineViewTest.text(view, i, 0) + " | " + TimelineViewTest.text(view, i, 1) + " | " + TimelineViewTest.text(view, i, 2)
                    + " | " + TimelineViewTest.text(view, i, 4));
        }
        return rows;
    }

    private static TimelineActions actions(TimelineView view) throws Exception {
        return TimelineViewTest.actions(view);
    }

    private static void type(Text text, String value) {
        TimelineViewTest.type(text, value);
    }

    private static void settle(TimelineView view) {
        TimelineViewTest.settle(view, 60_000);
    }
}
