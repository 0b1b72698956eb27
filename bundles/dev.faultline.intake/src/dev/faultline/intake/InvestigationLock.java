package dev.faultline.intake;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.persistence.InvestigationFolderException;

/**
 * The single-writer lock of an investigation folder. Every writer of an investigation (an import,
 * an index rebuild, a repair, the workbench when it saves, an accepted causal chain) holds it while
 * it writes; readers (search, validate, exports) never take it.
 * <p>
 * It is an operating-system lock on {@value InvestigationFolder#LOCK_FILE} in the folder, so the
 * kernel releases it when its process ends, however it ends (a {@code kill -9} never leaves a lock
 * in force). The file names its holder ({@link LockHolder}: program, pid, host, user, since when);
 * a clean release empties it, so a holder record found by the next writer is the stale lock of a
 * writer that died while writing ({@link #staleHolder()}): its work must be checked
 * ({@code InvestigationRepair}). Within one JVM the lock is reentrant for the thread holding it and
 * other threads wait for it like other processes do.
 *
 * <pre>
 * try (InvestigationLock lock = InvestigationLock.acquire(dir, "faultline import", Duration.ofSeconds(30), holder -> ...)) {
 *     ... write investigation.xmi, evidence/, custody.jsonl, index/ ...
 * }
 * </pre>
 */
public final class InvestigationLock implements Closeable {

    private static final long POLL_MILLIS = 100;
    private static final Map<Path, Shared> LOCKS = new ConcurrentHashMap<>();

    /** The lock of one folder within this JVM: one channel (closing any other channel on the file would drop the OS lock). */
    private static final class Shared {
        final ReentrantLock threads = new ReentrantLock();
        final Path file;
        FileChannel channel;
        FileLock osLock;
        LockHolder holder;

        Shared(Path dir) {
            this.file = dir.resolve(InvestigationFolder.LOCK_FILE);
        }
    }

    private final Shared shared;
    private final boolean outermost;
    private final LockHolder stale;
    /** Written back on release instead of emptying the file: a dead writer's record left for the next writer's repair. */
    private LockHolder keptRecord;
    private boolean closed;

    private InvestigationLock(Shared shared, boolean outermost, LockHolder stale) {
        this.shared = shared;
        this.outermost = outermost;
        this.stale = stale;
    }

    /**
     * Takes the writer lock of the investigation folder {@code dir} (which must exist), waiting at
     * most {@code wait} for another writer to finish.
     *
     * @param program what writes, for others to read ("faultline import", "Faultline workbench (save)")
     * @param waiting told once, with the current holder, when the lock is held and this call starts to wait (may be null)
     * @throws InvestigationLockedException when another writer still holds it after {@code wait}
     * @throws InvestigationFolderException when {@code dir} is not a folder or the lock file cannot be written
     */
    public static InvestigationLock acquire(Path dir, String program, Duration wait, Consumer<LockHolder> waiting) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new InvestigationFolderException(root + ": not a folder");
        }
        Shared shared = LOCKS.computeIfAbsent(root, Shared::new);
        long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
        boolean told = false;
        if (!shared.threads.tryLock()) {
            LockHolder inThisJvm = shared.holder;
            if (waiting != null && inThisJvm != null) {
                waiting.accept(inThisJvm);
                told = true;
            }
            try {
                if (!shared.threads.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new InvestigationLockedException(root, inThisJvm == null ? shared.holder : inThisJvm, wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InvestigationLockedException(root, shared.holder, wait);
            }
        }
        if (shared.threads.getHoldCount() > 1) {
            return new InvestigationLock(shared, false, null);
        }
        try {
            while (true) {
                LockHolder previous = tryLockFile(shared, program);
                if (shared.osLock != null) {
                    return new InvestigationLock(shared, true, previous);
                }
                if (System.nanoTime() >= deadline) {
                    throw new InvestigationLockedException(root, previous, wait);
                }
                if (!told && waiting != null) {
                    waiting.accept(previous);
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shared.threads.unlock();
            throw new InvestigationLockedException(root, readHolder(root).orElse(null), wait);
        } catch (IOException | RuntimeException e) {
            shared.threads.unlock();
            throw e;
        }
    }

    /**
     * Takes the writer lock only when nobody holds it, for a write a reader may skip (the
     * timeline's events and tags, written into the index when it lists or draws them); never
     * waits. Empty when another writer holds it, and when the last writer died while writing (its
     * record stays for the next real writer, which repairs first).
     */
    public static Optional<InvestigationLock> ifFree(Path dir, String program) throws IOException {
        InvestigationLock lock;
        try {
            lock = acquire(dir, program, Duration.ZERO, null);
        } catch (InvestigationLockedException held) {
            return Optional.empty();
        }
        if (lock.stale != null) {
            lock.keptRecord = lock.stale;
            lock.close();
            return Optional.empty();
        }
        return Optional.of(lock);
    }

    /**
     * One try at the OS lock (the calling thread holds {@code shared.threads}). On success sets
     * {@code shared.osLock} and returns the stale holder record found in the file (null when it was
     * empty); else returns the current holder (null when unknown).
     */
    private static LockHolder tryLockFile(Shared shared, String program) throws IOException {
        synchronized (shared) {
            FileChannel channel;
            try {
                channel = FileChannel.open(shared.file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new InvestigationFolderException(shared.file + ": cannot write the investigation's lock file ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + "); is the folder writable?", e);
            }
            FileLock osLock;
            try {
                osLock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                osLock = null; // held through another class loader's copy of this class in this JVM
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            LockHolder recorded = read(channel).orElse(null);
            if (osLock == null) {
                channel.close();
                return recorded;
            }
            LockHolder me = LockHolder.ofThisProcess(program);
            byte[] bytes = me.toJson().getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(bytes), 0);
            channel.force(false);
            shared.channel = channel;
            shared.osLock = osLock;
            shared.holder = me;
            return recorded;
        }
    }

    private static Optional<LockHolder> read(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0 || size > 64 * 1024) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // positional reads until full
        }
        return LockHolder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
    }

    /**
     * Who holds the writer lock of {@code dir} now, if anyone does (a reader can say "being written
     * by ..."). A record left by a writer that died is not a holder.
     */
    public static Optional<LockHolder> holder(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        Shared shared = LOCKS.computeIfAbsent(root, Shared::new);
        synchronized (shared) {
            if (shared.osLock != null) {
                return Optional.ofNullable(shared.holder);
            }
            return readHolder(root);
        }
    }

    /** The holder record of the lock file, when the lock is held by another process (called under the Shared's monitor or when not held in this JVM). */
    private static Optional<LockHolder> readHolder(Path root) throws IOException {
        Path file = root.resolve(InvestigationFolder.LOCK_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe;
            try {
                probe = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                probe = null;
            }
            if (probe != null) {
                probe.release(); // nobody holds it: a record there is stale
                return Optional.empty();
            }
            return read(channel);
        } catch (IOException e) {
            // a read-only folder cannot be written by anyone: no holder
            return Optional.empty();
        }
    }

    /** This lock's holder (this process). */
    public LockHolder holderRecord() {
        return shared.holder;
    }

    /**
     * The record of a writer that held the lock and died without releasing it (killed, crashed),
     * found when this lock was taken; empty when the last writer finished cleanly. A writer that
     * finds one should run the investigation's repair before it writes.
     */
    public Optional<LockHolder> staleHolder() {
        return Optional.ofNullable(stale);
    }

    /** The investigation folder this lock is for. */
    public Path folder() {
        return shared.file.getParent();
    }

    /** Releases the lock (the outermost close of a thread's nested acquisitions releases the file lock). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (outermost) {
                synchronized (shared) {
                    FileChannel channel = shared.channel;
                    shared.channel = null;
                    FileLock osLock = shared.osLock;
                    shared.osLock = null;
                    shared.holder = null;
                    try {
                        if (Files.exists(shared.file)) {
                            channel.truncate(0); // a clean release leaves no record: a record found later is stale
                            if (keptRecord != null) {
                                channel.write(ByteBuffer.wrap(keptRecord.toJson().getBytes(StandardCharsets.UTF_8)), 0);
                            }
                            channel.force(false);
                        }
                    } finally {
                        try {
                            osLock.release();
                        } finally {
                            channel.close();
                        }
                    }
                }
            }
        } finally {
            shared.threads.unlock();
        }
    }
}
