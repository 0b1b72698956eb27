package dev.faultline.ui.timeline;

import java.io.IOException;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.faultline.index.QuerySyntaxException;

/**
 * Reads the pages the table shows, one at a time in one job: only the pages of the latest window
 * are read (the scroll bar dragged across ten million rows asks for many windows; the ones passed
 * over are never read), in order, so a page after a loaded one follows its cursor instead of
 * seeking. A page that must be found by counting is read once the wish has held still for
 * {@value #SETTLE_MILLIS} ms (a dragged scroll bar asks for another window every few milliseconds),
 * and left between the steps of finding it when the window has moved on.
 * Each page read is handed to the UI thread.
 */
final class RowPager {

    static final int SETTLE_MILLIS = 40;
    private final Display display;
    /** Called on the UI thread with the rows and the page number that was read. */
    private final BiConsumer<TimelineRows, Integer> loaded;
    private final Job job;
    private TimelineRows rows;
    private int firstPage;
    private int lastPage = -1;
    private long wishedAt;

    RowPager(Display display, BiConsumer<TimelineRows, Integer> loaded) {
        this.display = display;
        this.loaded = loaded;
        this.job = new Job("Reading timeline rows") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return readWanted(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == TimelineView.LOAD_FAMILY;
            }
        };
        job.setSystem(true);
    }

    /** The pages {@code first..last} of {@code r} are wanted now (earlier wishes are dropped). */
    void want(TimelineRows r, int first, int last) {
        synchronized (this) {
            if (r == rows && first == firstPage && last == lastPage && allLoaded(r, first, last)) {
                return;
            }
            rows = r;
            firstPage = first;
            lastPage = last;
            wishedAt = System.nanoTime();
        }
        job.schedule();
    }

    private static boolean allLoaded(TimelineRows r, int first, int last) {
        for (int p = first; p <= last; p++) {
            if (!r.isLoaded(p)) {
                return false;
            }
        }
        return true;
    }

    private synchronized boolean wanted(TimelineRows r, int page) {
        return r == rows && page >= firstPage && page <= lastPage;
    }

    private IStatus readWanted(IProgressMonitor monitor) {
        while (!monitor.isCanceled()) {
            TimelineRows r;
            int page = -1;
            long still;
            synchronized (this) {
                r = rows;
                still = (System.nanoTime() - wishedAt) / 1_000_000;
                for (int p = firstPage; r != null && p <= lastPage; p++) {
                    if (!r.isLoaded(p)) {
                        page = p;
                        break;
                    }
                }
            }
            if (page < 0) {
                return Status.OK_STATUS;
            }
            if (r.needsSeek(page) && still < SETTLE_MILLIS) {
                try {
                    Thread.sleep(SETTLE_MILLIS - still);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                }
                continue;
            }
            int reading = page;
            try {
                if (r.load(page, () -> !wanted(r, reading)) == null) {
                    continue; // the window moved on while it was being found
                }
            } catch (IOException | QuerySyntaxException e) {
                return Status.error("Reading timeline rows failed: " + e.getMessage(), e);
            }
            if (!display.isDisposed()) {
                display.asyncExec(() -> loaded.accept(r, reading));
            }
        }
        return Status.CANCEL_STATUS;
    }

    void cancel() {
        job.cancel();
    }
}
