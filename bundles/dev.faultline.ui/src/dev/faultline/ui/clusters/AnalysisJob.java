package dev.faultline.ui.clusters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.faultline.analysis.AnalysisCanceledException;
import dev.faultline.analysis.AnalysisMonitor;
import dev.faultline.analysis.CaseAnalysis;
import dev.faultline.index.IndexCanceledException;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Runs an analysis of the open investigation (clustering, proposals, driver audit) as a user Job
 * with progress and Cancel; its result is handed to the view on the UI thread. A cancelled job
 * changes nothing.
 *
 * @param <T> what the analysis gives
 */
public final class AnalysisJob<T> extends Job {

    /** The analysis, run in the background. */
    public interface Work<T> {
        T run(CaseAnalysis analysis, AnalysisMonitor monitor) throws IOException;
    }

    private final InvestigationFolder folder;
    private final Work<T> work;
    private final Display display;
    private final Consumer<T> done;
    private final Consumer<String> failed;

    /**
     * @param done called on the UI thread with the result
     * @param failed called on the UI thread with a message when the analysis failed or was cancelled
     */
    public AnalysisJob(String name, InvestigationFolder folder, Display display, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        super(name);
        this.folder = folder;
        this.work = work;
        this.display = display;
        this.done = done;
        this.failed = failed;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), IProgressMonitor.UNKNOWN);
        try (CaseAnalysis analysis = CaseAnalysis.open(folder, new MonitorAnalysis(progress))) {
            T result = work.run(analysis, new MonitorAnalysis(progress));
            deliver(() -> done.accept(result));
            return Status.OK_STATUS;
        } catch (AnalysisCanceledException | IndexCanceledException e) {
            deliver(() -> failed.accept(getName() + ": cancelled; nothing was changed."));
            return Status.CANCEL_STATUS;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            deliver(() -> failed.accept(getName() + " failed: " + e.getMessage()));
            return Status.error(getName() + " of " + folder.root() + " failed: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    private void deliver(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }

    /** Runs on the UI thread and waits (for model changes through the command stack in the middle of an analysis). */
    public static void onUiThread(Display display, Runnable runnable) {
        if (!display.isDisposed()) {
            display.syncExec(runnable);
        }
    }
}
