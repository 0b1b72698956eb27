package dev.faultline.ui.timeline;

import java.io.IOException;
import java.util.Optional;

import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import dev.faultline.timeline.InvestigationTimelineIndex;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.timeline.Timeline;

/**
 * Writes the model's timeline events, tags and stars into the evidence index (so {@code tag:} and
 * {@code starred:true} find them in Search and the Timeline). The plan is read from the model on
 * the UI thread; this job writes it under the investigation's writer lock (when no other writer
 * holds it; else it tries again shortly) with an index opened only for the write, so no write
 * lock is held between syncs.
 */
final class TimelineSyncJob extends Job {

    static final Object FAMILY = TimelineSyncJob.class;

    private final InvestigationFolder folder;
    private final Timeline.SyncPlan plan;
    private final Runnable written;
    private int attempts;
    /** Whether the last run ended by scheduling the job again (another writer held the index). */
    private volatile boolean retrying;
    private static final int ATTEMPTS = 10;

    TimelineSyncJob(InvestigationFolder folder, Timeline.SyncPlan plan, Runnable written) {
        super("Indexing timeline events and tags");
        this.folder = folder;
        this.plan = plan;
        this.written = written;
        setSystem(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /**
     * Runs {@code finished} (on whichever thread ends the job) when the job is done for good: written, nothing to
     * write, given up or cancelled, not when it only waits to try again.
     */
    void whenFinished(Runnable finished) {
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!retrying || event.getResult().matches(IStatus.CANCEL)) { // cancelled while it waited to try again
                    removeJobChangeListener(this);
                    finished.run();
                }
            }
        });
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        retrying = false;
        try {
            Optional<InvestigationLock> free = InvestigationLock.ifFree(folder.root(), "Faultline workbench (timeline sync)");
            if (free.isEmpty()) {
                throw new LockObtainFailedException("another writer holds " + folder.root());
            }
            try (InvestigationLock lock = free.get(); InvestigationTimelineIndex index = InvestigationTimelineIndex.open(folder)) {
                if (index.timeline(folder.investigation()).apply(plan)) {
                    written.run();
                }
            }
            return Status.OK_STATUS;
        } catch (IOException e) {
            // another writer (an import, a rebuild) holds or replaces the index: try again shortly
            if (++attempts < ATTEMPTS && !monitor.isCanceled()) {
                retrying = true;
                schedule(1000);
                return Status.OK_STATUS;
            }
            if (e instanceof LockObtainFailedException) {
                return Status.OK_STATUS; // the writer that holds it syncs after its own save
            }
            IStatus failed = Status.warning("The timeline's events and tags could not be indexed: " + e.getMessage(), e);
            org.eclipse.core.runtime.ILog.of(TimelineSyncJob.class).log(failed); // a job's warning is not logged by itself
            return failed;
        }
    }
}
