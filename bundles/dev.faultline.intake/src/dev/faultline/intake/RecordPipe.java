package dev.faultline.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.faultline.core.evidence.EvidenceRecord;

/**
 * Records handed from a reader thread to the thread that consumes them, through a small bounded
 * queue, so memory never grows with the input. Whatever ends the reader (its end, an I/O error, a
 * cancellation, any other exception or error, out of memory included) reaches the consumer: its
 * stream ends or throws, it never waits for ever. Closing the stream stops the reader and waits
 * for it to end.
 */
final class RecordPipe {

    /** Records in flight between the two threads. */
    static final int CAPACITY = 4096;

    /** What the reader thread runs: it hands every record to the consumer given. */
    @FunctionalInterface
    interface Reader {
        void read(Consumer<EvidenceRecord> out) throws IOException;
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final String name;
    private final Thread thread;
    private volatile boolean stopped;

    private record Failure(Throwable cause) {
    }

    private RecordPipe(String name, Reader reader) {
        this.name = name;
        this.thread = Thread.ofPlatform().daemon().name("faultline-evidence-reader " + name).unstarted(() -> run(reader));
    }

    /**
     * Starts {@code reader} on its own thread and returns the records it hands over, in order.
     * The stream throws {@link UncheckedIOException} for an I/O failure, {@link CancellationException}
     * when the reader was cancelled, and {@link EvidenceReadException} for any other failure.
     */
    static Stream<EvidenceRecord> start(String name, Reader reader) {
        RecordPipe pipe = new RecordPipe(name, reader);
        pipe.thread.start();
        return pipe.stream();
    }

    private void run(Reader reader) {
        Object last;
        try {
            reader.read(this::put);
            last = END;
        } catch (Stopped ended) {
            return;
        } catch (Throwable t) { // every failure must reach the consumer, errors included, or it waits for ever
            last = new Failure(t);
        }
        try {
            queue.put(last);
        } catch (InterruptedException e) {
            // the consumer closed the stream: nobody waits for the end
        }
    }

    /** Thrown inside the reader when the consumer has closed the stream. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the consumer stopped reading", null, false, false);
        }
    }

    private void put(EvidenceRecord record) {
        if (stopped) {
            throw new Stopped(); // a parser that swallowed the first one must not block on a queue nobody reads
        }
        try {
            queue.put(record);
        } catch (InterruptedException e) {
            stopped = true;
            throw new Stopped();
        }
    }

    /** Stops the reader and waits until it has ended, so nothing it writes outlives the stream. */
    private void stop() {
        stopped = true;
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Stream<EvidenceRecord> stream() {
        Iterator<EvidenceRecord> iterator = new Iterator<>() {
            private Object next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (ended) {
                    return false;
                }
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        thread.interrupt();
                        throw new CancellationException("reading " + name + " was interrupted");
                    }
                }
                if (next == END) {
                    ended = true;
                    return false;
                }
                if (next instanceof Failure failure) {
                    ended = true;
                    next = null;
                    throw rethrown(failure.cause());
                }
                return true;
            }

            @Override
            public EvidenceRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                EvidenceRecord record = (EvidenceRecord) next;
                next = null;
                return record;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::stop);
    }

    private RuntimeException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return new UncheckedIOException(name + ": " + io.getMessage(), io);
        }
        if (cause instanceof UncheckedIOException || cause instanceof CancellationException || cause instanceof EvidenceReadException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof OutOfMemoryError) {
            return new EvidenceReadException("reading " + name + " ran out of memory (" + cause.getMessage() + ")", cause);
        }
        return new EvidenceReadException("reading " + name + " failed: " + cause, cause);
    }
}
