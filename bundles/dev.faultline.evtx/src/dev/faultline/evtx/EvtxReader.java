package dev.faultline.evtx;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.CRC32;

import dev.faultline.evtx.internal.ChunkDecoder;

/**
 * Reads a Windows XML Event Log (.evtx) file, streaming its records in file order one 64 KiB
 * chunk at a time (memory stays bounded by one chunk and its decoded records).
 *
 * <p>Every chunk physically present is read, also the ones a dirty file header does not count
 * yet. Damage (bad signatures and checksums, truncation, records or binary XML that do not fit)
 * is reported as {@link EvtxProblem}s to the listener given to {@link #open(Path, Consumer)} and
 * kept in {@link #problems()} (the first {@value #MAX_KEPT_PROBLEMS}); reading always continues
 * with the next record or chunk.
 *
 * <pre>{@code
 * try (EvtxReader reader = EvtxReader.open(path)) {
 *     for (EvtxRecord r : reader) { ... }
 *     reader.problems().forEach(...);
 * }
 * }</pre>
 *
 * A reader is iterated once and is not thread-safe; {@link #readParallel} decodes chunks on
 * several threads and still delivers records in file order.
 */
public final class EvtxReader implements Closeable, Iterable<EvtxRecord> {

    /** Size of the file header block. */
    public static final int FILE_HEADER_SIZE = 4096;
    /** Number of problems kept for {@link #problems()}; the listener sees all of them. */
    public static final int MAX_KEPT_PROBLEMS = 1000;

    private static final byte[] FILE_SIGNATURE = {'E', 'l', 'f', 'F', 'i', 'l', 'e', 0};

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private final Consumer<EvtxProblem> listener;
    private final List<EvtxProblem> kept = new ArrayList<>();
    private long problemCount;
    private final long chunkCount;
    private final long headerChunkCount;
    private boolean iterated;

    private EvtxReader(Path file, FileChannel channel, Consumer<EvtxProblem> listener) throws IOException {
        this.file = file;
        this.channel = channel;
        this.size = channel.size();
        this.listener = listener;
        this.chunkCount = size <= FILE_HEADER_SIZE ? 0
                : (size - FILE_HEADER_SIZE + ChunkDecoder.CHUNK_SIZE - 1) / ChunkDecoder.CHUNK_SIZE;
        this.headerChunkCount = readFileHeader();
    }

    /**
     * Opens a file; problems are only collected ({@link #problems()}).
     *
     * @throws IOException if the file cannot be opened
     */
    public static EvtxReader open(Path file) throws IOException {
        return open(file, problem -> {
            // kept in problems()
        });
    }

    /**
     * Opens a file and reports every problem to {@code listener} as it is found (file header
     * problems already during this call).
     *
     * @throws IOException if the file cannot be opened
     */
    public static EvtxReader open(Path file, Consumer<EvtxProblem> listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new EvtxReader(file, channel, listener);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** @return the file being read */
    public Path file() {
        return file;
    }

    /** @return chunks physically present in the file (a truncated last chunk included) */
    public long chunkCount() {
        return chunkCount;
    }

    /** @return the chunk count stored in the file header (may lag behind in a dirty file), -1 without a valid header */
    public long headerChunkCount() {
        return headerChunkCount;
    }

    /** @return the first {@value #MAX_KEPT_PROBLEMS} problems found so far */
    public List<EvtxProblem> problems() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    /** @return how many problems were found so far */
    public long problemCount() {
        synchronized (kept) {
            return problemCount;
        }
    }

    private void report(EvtxProblem problem) {
        synchronized (kept) {
            problemCount++;
            if (kept.size() < MAX_KEPT_PROBLEMS) {
                kept.add(problem);
            }
        }
        listener.accept(problem);
    }

    private long readFileHeader() throws IOException {
        if (size == 0) {
            report(new EvtxProblem(-1, 0, "file is empty (0 bytes)"));
            return -1;
        }
        byte[] header = new byte[FILE_HEADER_SIZE];
        int read = readFully(header, 0);
        if (read < 128) {
            report(new EvtxProblem(-1, 0, "file of " + size + " bytes is shorter than the 128-byte file header"));
            return -1;
        }
        for (int i = 0; i < FILE_SIGNATURE.length; i++) {
            if (header[i] != FILE_SIGNATURE[i]) {
                report(new EvtxProblem(-1, 0, "no EVTX file signature (\"ElfFile\"); looking for chunks anyway"));
                return -1;
            }
        }
        if (read < FILE_HEADER_SIZE) {
            report(new EvtxProblem(-1, read, "file of " + size + " bytes ends inside the 4096-byte file header"));
        }
        ByteBuffer le = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        CRC32 crc = new CRC32();
        crc.update(header, 0, 120);
        long stored = le.getInt(124) & 0xffffffffL;
        if (crc.getValue() != stored) {
            report(new EvtxProblem(-1, 124, String.format("file header checksum mismatch (stored 0x%08x, computed 0x%08x)",
                    stored, crc.getValue())));
        }
        int major = le.getShort(38) & 0xffff;
        if (major != 3) {
            report(new EvtxProblem(-1, 38, "unknown format major version " + major + " (expected 3); reading anyway"));
        }
        return le.getShort(42) & 0xffff;
    }

    private int readFully(byte[] buffer, long offset) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buffer);
        long position = offset;
        while (target.hasRemaining()) {
            int n = channel.read(target, position);
            if (n < 0) {
                break;
            }
            position += n;
        }
        return target.position();
    }

    private static long chunkOffset(long chunkNumber) {
        return FILE_HEADER_SIZE + chunkNumber * ChunkDecoder.CHUNK_SIZE;
    }

    /** Decodes chunk {@code number} into {@code records}, reporting its problems to {@code problems}. */
    private void decodeChunk(long number, byte[] buffer, ChunkDecoder decoder, List<EvtxRecord> records,
            Consumer<EvtxProblem> problems) throws IOException {
        long offset = chunkOffset(number);
        int length = readFully(buffer, offset);
        switch (ChunkDecoder.kind(buffer, length)) {
            case CHUNK -> {
                if (headerChunkCount >= 0 && number == headerChunkCount) {
                    problems.accept(new EvtxProblem(number, offset, "file header lists " + headerChunkCount
                            + " chunks but more follow (header not updated, file dirty); reading them"));
                }
                decoder.decode(buffer, length, number, offset, records, problems);
            }
            case EMPTY -> {
                if (headerChunkCount >= 0 && number < headerChunkCount) {
                    problems.accept(new EvtxProblem(number, offset, "chunk counted by the file header is all zeros"));
                }
            }
            case DAMAGED -> problems.accept(new EvtxProblem(number, offset, "no chunk signature (\"ElfChnk\"); chunk skipped"));
        }
    }

    /**
     * Returns the records in file order. The reader can be iterated only once; I/O errors surface
     * as {@link UncheckedIOException}.
     */
    @Override
    public Iterator<EvtxRecord> iterator() {
        if (iterated) {
            throw new IllegalStateException("an EvtxReader can be iterated only once: " + file);
        }
        iterated = true;
        return new ChunkIterator();
    }

    /** @return the records in file order as a sequential stream (single use, like {@link #iterator()}) */
    public Stream<EvtxRecord> records() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private final class ChunkIterator implements Iterator<EvtxRecord> {
        private final byte[] buffer = new byte[ChunkDecoder.CHUNK_SIZE];
        private final ChunkDecoder decoder = new ChunkDecoder();
        private final List<EvtxRecord> pending = new ArrayList<>();
        /** (A class, not {@code EvtxReader.this::report}: a method reference is bootstrapped when it first runs.) */
        private final Consumer<EvtxProblem> reporter = new Consumer<>() {
            @Override
            public void accept(EvtxProblem problem) {
                report(problem);
            }
        };
        private int index;
        private long nextChunk;

        @Override
        public boolean hasNext() {
            while (index >= pending.size()) {
                if (nextChunk >= chunkCount) {
                    return false;
                }
                pending.clear();
                index = 0;
                try {
                    decodeChunk(nextChunk++, buffer, decoder, pending, reporter);
                } catch (IOException e) {
                    throw new UncheckedIOException("reading " + file + " chunk " + (nextChunk - 1), e);
                }
            }
            return true;
        }

        @Override
        public EvtxRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.get(index++);
        }
    }

    /**
     * Reads all records with chunks decoded on {@code threads} threads, delivering records (and
     * problems) to the consumers on the calling thread in file order. At most a few chunks per
     * thread are held in memory at once. The reader counts as iterated afterwards.
     *
     * @return the number of records delivered
     * @throws IOException if reading fails
     */
    public long readParallel(int threads, Consumer<EvtxRecord> sink) throws IOException {
        if (iterated) {
            throw new IllegalStateException("an EvtxReader can be iterated only once: " + file);
        }
        iterated = true;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        record ChunkResult(List<EvtxRecord> records, List<EvtxProblem> problems) {
        }
        ThreadLocal<ChunkDecoder> decoders = ThreadLocal.withInitial(ChunkDecoder::new);
        ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[ChunkDecoder.CHUNK_SIZE]);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "evtx-chunk-decoder");
            thread.setDaemon(true);
            return thread;
        });
        long delivered = 0;
        try {
            Deque<Future<ChunkResult>> inFlight = new ArrayDeque<>();
            long next = 0;
            int window = threads * 4;
            while (next < chunkCount || !inFlight.isEmpty()) {
                while (next < chunkCount && inFlight.size() < window) {
                    long number = next++;
                    inFlight.add(pool.submit(() -> {
                        List<EvtxRecord> records = new ArrayList<>();
                        List<EvtxProblem> problems = new ArrayList<>();
                        decodeChunk(number, buffers.get(), decoders.get(), records, problems::add);
                        return new ChunkResult(records, problems);
                    }));
                }
                ChunkResult result = await(inFlight.removeFirst());
                result.problems().forEach(this::report);
                for (EvtxRecord record : result.records()) {
                    sink.accept(record);
                }
                delivered += result.records().size();
            }
        } finally {
            pool.shutdownNow();
        }
        return delivered;
    }

    private <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("decoding " + file + " failed", e.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

}
