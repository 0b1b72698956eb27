package dev.faultline.analysis;

/** An analysis was cancelled through its {@link AnalysisMonitor}; nothing was changed. */
public final class AnalysisCanceledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnalysisCanceledException() {
        super("analysis cancelled");
    }
}
