package dev.faultline.ui.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import dev.faultline.core.formats.ParseOptions;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.index.opensearch.RecordedIndex;
import dev.faultline.intake.EvidenceImporter;
import dev.faultline.intake.FileReport;
import dev.faultline.intake.ImportBatch;
import dev.faultline.intake.ImportMonitor;
import dev.faultline.intake.InvestigationIndex;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.intake.InvestigationLockedException;
import dev.faultline.model.Evidence;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.ui.search.MonitorIndexProgress;

/**
 * Imports the wizard's files in the background: copies and reads each file (progress per file,
 * cancel between records), then adds the new evidence's records to the search index, and replaces
 * those of files read again under another format (or zone, year). The model
 * objects are handed to {@code whenDone} (on the job's thread) to be added through the command
 * stack; files finished before a cancel are kept.
 */
public class ImportJob extends Job {

    private final InvestigationFolder folder;
    private final List<ImportRow> rows;
    private final ImportBatch batch;
    private final BiConsumer<ImportBatch, List<FileReport>> whenDone;
    private static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private final ParseOptions options;

    ImportJob(InvestigationFolder folder, List<ImportRow> rows, ParseOptions options, BiConsumer<ImportBatch, List<FileReport>> whenDone) {
        super("Importing evidence");
        this.options = options;
        this.folder = folder;
        this.rows = List.copyOf(rows);
        this.batch = new ImportBatch(folder.investigation());
        this.whenDone = whenDone;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + rows.size() + " files", rows.size() * 10 + 10);
        // a file already in the investigation is read again when its row shows another format (or zone, year)
        EvidenceImporter importer = new EvidenceImporter(folder, System.getProperty("user.name", "unknown"), options).allowRereadsAsDetected();
        List<FileReport> reports = new ArrayList<>();
        ImportMonitor bridge = new ImportMonitor() {
            @Override
            public void beginFile(String name, int index, int total) {
                progress.subTask(name);
            }

            @Override
            public boolean isCanceled() {
                return progress.isCanceled();
            }
        };
        IStatus status = Status.OK_STATUS;
        try (InvestigationLock lock = InvestigationLock.acquire(folder.root(), "Faultline workbench (import)", LOCK_WAIT,
                holder -> progress.subTask("Waiting for " + holder + " to finish writing the investigation"))) {
            for (ImportRow row : rows) {
                reports.addAll(importer.importWith(List.of(row.path), row.parser(), batch, bridge));
                progress.worked(10);
            }
            index(progress.split(10));
        } catch (InvestigationLockedException e) {
            status = Status.error("Nothing was imported: " + e.getMessage() + ". Import again when it has finished.", e);
        } catch (CancellationException e) {
            status = Status.CANCEL_STATUS;
        } catch (IOException | UncheckedIOException e) {
            status = Status.error("Import failed: " + e.getMessage(), e);
        } finally {
            // what was read before a cancel or a failure is kept
            whenDone.accept(batch, reports);
        }
        return status;
    }

    private void index(SubMonitor monitor) throws IOException {
        monitor.setTaskName("Indexing the new evidence");
        IndexProgress progress = new MonitorIndexProgress(monitor);
        List<Evidence> added = List.copyOf(batch.evidence());
        RecordedIndex cluster = RecordedIndex.of(folder.root());
        if (cluster != null) {
            // the investigation's index is on a cluster: made to agree with the model there, as the CLI's import does
            // (evidence an interrupted write left unfinished indexed again, records of evidence it does not have removed)
            try (OpenSearchIndex index = open(cluster)) {
                InvestigationIndex.reconcile(index, folder, added, progress);
                InvestigationIndex.reread(index, folder, batch.rereads(), progress);
            }
            return;
        }
        // a missing or damaged index is first rebuilt from the evidence the investigation already has;
        // evidence an interrupted import left unindexed is indexed too
        try (EvidenceIndex index = InvestigationIndex.open(folder, added, progress)) {
            // opening did the work for new evidence; files read again get their new reading's records
            InvestigationIndex.reread(index, folder, batch.rereads(), progress);
        }
    }

    static OpenSearchIndex open(RecordedIndex cluster) throws IOException {
        try {
            return cluster.open(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new IOException("the OpenSearch settings in the environment: " + e.getMessage(), e);
        }
    }
}
