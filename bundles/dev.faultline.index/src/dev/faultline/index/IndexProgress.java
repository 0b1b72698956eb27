package dev.faultline.index;

/**
 * Progress and cancellation of indexing, free of any Eclipse type so a Job, a CLI or a test can
 * drive it. {@link #isCanceled()} is polled every few hundred records; a cancelled run throws
 * {@link IndexCanceledException} and leaves the index at its last commit.
 */
public interface IndexProgress {

    /** No reporting, never cancelled. */
    IndexProgress NONE = new IndexProgress() {
        @Override
        public void indexed(long records) {
            // nothing to report to
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** Called every {@link EvidenceIndex#PROGRESS_INTERVAL} records, and once at the end, with the records indexed so far in this run. */
    void indexed(long records);

    /** Whether the caller asked to stop. */
    boolean isCanceled();
}
