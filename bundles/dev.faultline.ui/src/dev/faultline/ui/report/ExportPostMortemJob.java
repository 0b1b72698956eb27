package dev.faultline.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.report.PostMortemExport;
import dev.faultline.report.ReportContributions;
import dev.faultline.report.ReportException;
import dev.faultline.ui.session.InvestigationSession;

/**
 * Writes the post-mortem of the open investigation (as it is in the workbench, unsaved changes
 * included) in the background. Cancel before the file is written leaves nothing behind; the file itself
 * is replaced atomically.
 */
public class ExportPostMortemJob extends Job {

    /** Job family, so tests and the UI can wait for exports. */
    public static final Object FAMILY = ExportPostMortemJob.class;

    private final InvestigationFolder folder;
    private final PostMortemExport export;
    private volatile List<Path> written = List.of();

    public ExportPostMortemJob(InvestigationSession session, PostMortemExport export) {
        super("Exporting the post-mortem to " + export.out().getFileName());
        this.folder = session.folder();
        this.export = export;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing the post-mortem (" + export.format().id() + ")", 2);
        progress.subTask("Reading the investigation, the diagram and the evidence");
        if (progress.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        progress.worked(1);
        try {
            progress.subTask("Writing " + export.out());
            written = export.write(folder, ReportContributions.installed(), Instant.now());
            progress.worked(1);
            return new Status(IStatus.OK, getClass(), "Post-mortem written to " + export.out());
        } catch (IOException | ReportException e) {
            return Status.error("The post-mortem could not be written: " + e.getMessage(), e);
        }
    }

    /** The files written (the report first), empty until the job is done. */
    public List<Path> written() {
        return written;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
