package dev.faultline.ui.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexCanceledException;
import dev.faultline.index.opensearch.ClusterAccess;
import dev.faultline.index.opensearch.IndexOwner;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.index.opensearch.RecordedIndex;
import dev.faultline.intake.EvidenceRecords;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Builds an investigation's evidence index again from its evidence files, when it is missing,
 * damaged or of an older layout: {@code DIR/index}, or its index on a cluster when {@code DIR/opensearch.json}
 * names one. A cancelled or failed rebuild leaves the index as it was.
 */
final class RebuildIndexJob extends Job {

    private final InvestigationFolder folder;

    RebuildIndexJob(InvestigationFolder folder) {
        super("Rebuilding the evidence index");
        this.folder = folder;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the evidence of " + folder.root().getFileName(), IProgressMonitor.UNKNOWN);
        MonitorIndexProgress indexed = new MonitorIndexProgress(progress);
        try (InvestigationLock lock = InvestigationLock.acquire(folder.root(), "Faultline workbench (index rebuild)", Duration.ofSeconds(60),
                holder -> progress.subTask("Waiting for " + holder + " to finish writing the investigation"))) {
            RecordedIndex cluster = RecordedIndex.of(folder.root());
            if (cluster != null) { // the investigation's index is on a cluster: rebuilt there, for the same investigation
                OpenSearchIndex.build(ClusterAccess.of(cluster.url(), System.getenv()), cluster.index(), null,
                        cluster.investigation() == null ? null
                                : new IndexOwner(cluster.investigation(), folder.investigation().getTitle(), folder.root().toString()),
                        () -> EvidenceRecords.of(folder), indexed);
                return Status.OK_STATUS;
            }
            EvidenceIndex.rebuild(folder.indexDir(), () -> EvidenceRecords.of(folder), indexed);
            return Status.OK_STATUS;
        } catch (IndexCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return Status.error("Rebuilding the evidence index of " + folder.root() + " failed: " + e.getMessage(), e);
        }
    }
}
