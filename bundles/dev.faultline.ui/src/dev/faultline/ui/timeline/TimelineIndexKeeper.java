package dev.faultline.ui.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
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
 * builds it from the evidence (the Search view, an import); the next save or the Timeline view
 * syncs it then.
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

    /** Reads the plan here, on the UI thread, and writes it in a job (nothing is written when the index holds it). */
    private static void sync(InvestigationSession session) {
        Path indexDir = session.folder().indexDir();
        try {
            if (RecordedIndex.of(session.folder().root()) == null && !hasCommit(indexDir) && EvidenceRecords.anyReadable(session.folder())) {
                return;
            }
        } catch (IOException e) {
            ILog.of(TimelineIndexKeeper.class).warn("The timeline's events could not be indexed: " + e.getMessage(), e);
            return;
        }
        try (InvestigationTimelineIndex index = InvestigationTimelineIndex.open(session.folder())) {
            Timeline.SyncPlan plan = index.timeline(session.investigation()).plan();
            // an open Timeline view counted before this wrote: it reads the rows again
            new TimelineSyncJob(session.folder(), plan, TimelineIndexKeeper::refreshTimelineViews).schedule();
        } catch (IOException e) {
            ILog.of(TimelineIndexKeeper.class).warn("The timeline's events could not be indexed: " + e.getMessage(), e);
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
