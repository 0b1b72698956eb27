package dev.faultline.ui.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.opensearch.RecordedIndex;
import dev.faultline.index.IndexCanceledException;
import dev.faultline.intake.ImportBatch;
import dev.faultline.intake.InvestigationIndex;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.intake.InvestigationLockedException;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.ui.search.MonitorIndexProgress;

/**
 * Replaces the search index's records of evidence files whose reading an undo or redo of a re-read
 * changed back or forth, under the investigation's writer lock (a cancelled or failed run leaves the
 * index's last commit; {@code faultline index} or Rebuild Index make it agree again).
 */
final class RereadIndexJob extends Job {

    /** Jobs of this family run one after the other (an undo quickly followed by a redo). */
    static final Object FAMILY = RereadIndexJob.class;

    private final InvestigationFolder folder;
    private final List<ImportBatch.Reread> rereads;

    RereadIndexJob(InvestigationFolder folder, List<ImportBatch.Reread> rereads) {
        super("Reading " + rereads.size() + " evidence files again into the search index");
        this.folder = folder;
        this.rereads = List.copyOf(rereads);
        setRule(new FolderRule(folder));
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), IProgressMonitor.UNKNOWN);
        try (InvestigationLock lock = InvestigationLock.acquire(folder.root(), "Faultline workbench (re-read)", Duration.ofSeconds(60),
                holder -> progress.subTask("Waiting for " + holder + " to finish writing the investigation"))) {
            MonitorIndexProgress indexed = new MonitorIndexProgress(progress);
            RecordedIndex cluster = RecordedIndex.of(folder.root());
            // the investigation's own index: on its cluster when it has one, as the import job writes it
            try (EvidenceSearch index = cluster != null ? ImportJob.open(cluster) : InvestigationIndex.open(folder, List.of(), indexed)) {
                InvestigationIndex.reread(index, folder, rereads, indexed);
            }
            return Status.OK_STATUS;
        } catch (IndexCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (InvestigationLockedException e) {
            return Status.error("The search index was not updated: " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            return Status.error("Reading the evidence again into the search index failed: " + e.getMessage(), e);
        }
    }

    /** One re-read index job per investigation folder at a time, in the order scheduled. */
    private record FolderRule(InvestigationFolder folder) implements org.eclipse.core.runtime.jobs.ISchedulingRule {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule instanceof FolderRule other && other.folder.root().equals(folder.root());
        }
    }
}
