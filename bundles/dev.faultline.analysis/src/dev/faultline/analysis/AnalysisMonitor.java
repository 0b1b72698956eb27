package dev.faultline.analysis;

/**
 * Progress and cancellation of an analysis, free of Eclipse types so a Job, the CLI or a test can
 * drive it. A cancelled analysis throws {@link AnalysisCanceledException} and changes nothing.
 */
public interface AnalysisMonitor {

    /** No reporting, never cancelled. */
    AnalysisMonitor NONE = new AnalysisMonitor() {
        @Override
        public void step(String what) {
            // nothing to report to
        }

        @Override
        public void worked(long records) {
            // nothing to report to
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** A new step begins (e.g. "Reading crash analyses from the index"). */
    void step(String what);

    /** Records read so far in the current step. */
    void worked(long records);

    /** Whether the caller asked to stop. */
    boolean isCanceled();

    /** Throws {@link AnalysisCanceledException} when cancelled. */
    default void checkCanceled() {
        if (isCanceled()) {
            throw new AnalysisCanceledException();
        }
    }
}
