package dev.faultline.ui.timeline;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.faultline.index.QuerySyntaxException;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.TimelineRow;

/**
 * Finds the rank of a row in a job (Jump to, a click on a mark of the time axis) and selects it:
 * the rows before a time are counted in the index, then the record is looked for in the pages
 * its millisecond's rows lie on (several records, even thousands, may share the millisecond).
 */
final class RowSeeker {

    /** Pages of one millisecond read at most to find a record in it. */
    private static final int MAX_PAGES = 50;
    private final TimelineView view;

    RowSeeker(TimelineView view) {
        this.view = view;
    }

    /** Selects the row {@code id} at {@code time}, or the first row at or after that time (before it, newest first) when id is null. */
    void select(TimelineRows rows, String id, long time) {
        if (rows == null) {
            return;
        }
        Job job = new Job("Finding the timeline row") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    int rank = rank(rows, id, time);
                    view.table.getDisplay().asyncExec(() -> {
                        if (!view.table.isDisposed() && view.rows() == rows) {
                            view.rowTable.select(rank);
                        }
                    });
                } catch (IOException | QuerySyntaxException | IllegalArgumentException e) {
                    view.table.getDisplay().asyncExec(() -> view.problem("Cannot jump there: " + e.getMessage()));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == TimelineView.LOAD_FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    static int rank(TimelineRows rows, String id, long time) throws QuerySyntaxException, IOException {
        TimelineQuery q = rows.query();
        // the rows before it in the table's order: older ones (newer ones, newest first)
        Instant lo = q.newestFirst() ? Instant.ofEpochMilli(time + 1) : q.from();
        Instant hi = q.newestFirst() ? q.to() : Instant.ofEpochMilli(time - 1);
        long before = lo != null && hi != null && lo.isAfter(hi) ? 0
                : rows.timeline().count(new TimelineQuery(q.filter(), lo, hi, q.newestFirst()).queryText());
        int rank = (int) Math.min(before, Math.max(0, rows.total() - 1));
        if (id == null) {
            return rank;
        }
        // the record is among the rows of its millisecond: read the pages they lie on (at most MAX_PAGES)
        long atThatTime = rows.timeline().count(
                new TimelineQuery(q.filter(), Instant.ofEpochMilli(time), Instant.ofEpochMilli(time), q.newestFirst()).queryText());
        int page = rank / TimelineRows.PAGE;
        int last = page + (int) Math.min(MAX_PAGES - 1, (rank % TimelineRows.PAGE + atThatTime) / TimelineRows.PAGE);
        for (int p = page; p <= last; p++) {
            List<TimelineRow> loaded = rows.load(p);
            for (int k = 0; k < loaded.size(); k++) {
                if (loaded.get(k).id().equals(id)) {
                    return p * TimelineRows.PAGE + k;
                }
            }
        }
        return rank;
    }
}
