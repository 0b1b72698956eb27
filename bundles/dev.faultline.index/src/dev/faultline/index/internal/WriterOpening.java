package dev.faultline.index.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.function.Supplier;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens an {@link IndexWriter}, waiting a bounded time while another writer (an import, a
 * rebuild, the timeline's sync, in this process or another) holds the index's write lock, so two
 * writers in a row both succeed instead of the second failing at once.
 */
public final class WriterOpening {

    /** How long a writer waits for another to finish before it gives up. */
    public static final Duration WAIT = Duration.ofSeconds(60);

    private static final long POLL_MILLIS = 50;

    private WriterOpening() {
    }

    /**
     * @param config a new configuration per attempt
     * @throws LockObtainFailedException when the lock stayed held for {@link #WAIT}
     */
    public static IndexWriter open(Directory directory, Supplier<IndexWriterConfig> config) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                return new IndexWriter(directory, config.get()); // a config serves one writer only
            } catch (LockObtainFailedException held) {
                if (System.nanoTime() >= deadline) {
                    throw new LockObtainFailedException("another writer has held the evidence index for " + WAIT.toSeconds()
                            + " s (" + held.getMessage() + ")", held);
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the evidence index's write lock");
                }
            }
        }
    }
}
