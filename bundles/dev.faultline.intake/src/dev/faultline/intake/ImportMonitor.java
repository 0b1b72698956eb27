package dev.faultline.intake;

/** Progress and cancellation of an import; the workbench adapts its Job's monitor to it. */
public interface ImportMonitor {

    /** Work on file {@code index} (0-based) of {@code total} begins. */
    void beginFile(String name, int index, int total);

    /** Polled between records: true stops the import after the current record. */
    boolean isCanceled();

    /** A monitor that reports nothing and never cancels. */
    ImportMonitor NONE = new ImportMonitor() {
        @Override
        public void beginFile(String name, int index, int total) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };
}
