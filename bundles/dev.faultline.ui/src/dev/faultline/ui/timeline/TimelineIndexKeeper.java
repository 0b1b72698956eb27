package dev.faultline.ui.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import dev.faultline.index.opensearch.RecordedIndex;
import dev.faultline.intake.EvidenceRecords;
import dev.faultline.timeline.InvestigationTimelineIndex;
import dev.faultline.timeline.Timeline;
import dev.faultline.ui.session.InvestigationSession;

/**
 * Keeps the model's timeline events, tags and stars in the evidence index whether or not the
 * Timeline view is open: when an investigation is opened and after each save, so Search finds the
 * curated events (kind {@code curated}) and {@code tag:} / {@code starred:true} work there too.
 * An index that does not exist yet while the evidence has records to index is left to whoever
 * builds it from the evidence (the Search view, an import): the Search view syncs through
 * {@link #sync(InvestigationSession, Runnable)} after its rebuild, else the next save or the
 * Timeline view syncs it.
 */
public final class TimelineIndexKeeper implements InvestigationSession.Listener {

    private boolean wasDirty;

    private TimelineIndexKeeper() {
    }

    /** Registers the keeper with the session; call once, on the UI thread, when the workbench is up. */
    public static void install(InvestigationSession session) {
        TimelineIndexKeeper keeper = new TimelineIndexKeeper();
        session.addListener(keeper);
        if (session.isOpen()) {
            keeper.opened(session);
        }
    }

    @Override
    public void opened(InvestigationSession session) {
        wasDirty = false;
        if (session.isOpen()) {
            sync(session);
        }
    }

    @Override
    public void changed(InvestigationSession session) {
        boolean dirty = session.isOpen() && session.isDirty();
        if (wasDirty && !dirty && session.isOpen()) {
            sync(session); // saved
        }
        wasDirty = dirty;
    }

    private static void sync(InvestigationSession session) {
        TimelineSyncJob job = syncJob(session);
        if (job != null) {
            job.schedule();
        }
    }

    /**
     * Syncs the open investigation now, e.g. after its index was rebuilt from the evidence (which
     * holds none of the model's events then); call on the UI thread. {@code done} runs on the UI
     * thread once the sync has finished: written, nothing to write, failed (logged), given up or cancelled.
     */
    public static void sync(InvestigationSession session, Runnable done) {
        TimelineSyncJob job = syncJob(session);
        if (job == null) {
            done.run();
            return;
        }
        Display display = Display.getCurrent();
        job.whenFinished(() -> {
            if (!display.isDisposed()) {
                display.asyncExec(done);
            }
        });
        job.schedule();
    }

    /**
     * Reads the plan here, on the UI thread, for a job that writes it (nothing is written when the
     * index holds it); {@code null} when there is nothing to sync into or the plan could not be read.
     */
    private static TimelineSyncJob syncJob(InvestigationSession session) {
        Path indexDir = session.folder().indexDir();
        try {
            if (RecordedIndex.of(session.folder().root()) == null && !hasCommit(indexDir) && EvidenceRecords.anyReadable(session.folder())) {
                return null;
            }
        } catch (IOException e) {
            ILog.of(TimelineIndexKeeper.class).warn("The timeline's events could not be indexed: " + e.getMessage(), e);
            return null;
        }
        try (InvestigationTimelineIndex index = InvestigationTimelineIndex.open(session.folder())) {
            Timeline.SyncPlan plan = index.timeline(session.investigation()).plan();
            // an open Timeline view counted before this wrote: it reads the rows again
            return new TimelineSyncJob(session.folder(), plan, TimelineIndexKeeper::refreshTimelineViews);
        } catch (IOException e) {
            ILog.of(TimelineIndexKeeper.class).warn("The timeline's events could not be indexed: " + e.getMessage(), e);
            return null;
        }
    }

    private static void refreshTimelineViews() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                for (IWorkbenchPage page : window.getPages()) {
                    if (page.findView(TimelineView.ID) instanceof TimelineView view) {
                        view.refreshRows();
                    }
                }
            }
        });
    }

    private static boolean hasCommit(Path indexDir) {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }
}
