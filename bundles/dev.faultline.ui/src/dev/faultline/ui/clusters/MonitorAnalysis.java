package dev.faultline.ui.clusters;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.faultline.analysis.AnalysisMonitor;

/** An analysis's steps and records read, shown on a job's progress monitor; Cancel stops it. */
public final class MonitorAnalysis implements AnalysisMonitor {

    private final IProgressMonitor monitor;
    private String step = "";

    public MonitorAnalysis(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void step(String what) {
        step = what;
        monitor.subTask(what);
    }

    @Override
    public void worked(long records) {
        monitor.subTask(String.format("%s: %,d records", step, records));
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }
}
