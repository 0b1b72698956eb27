package dev.faultline.ui.search;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.faultline.index.IndexProgress;

/** Index progress shown as a job's sub-task ("12,000 records indexed"), cancelled by the job's Cancel. */
public final class MonitorIndexProgress implements IndexProgress {

    private final IProgressMonitor monitor;

    public MonitorIndexProgress(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void indexed(long records) {
        monitor.subTask(String.format("%,d records indexed", records));
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }
}
