package dev.faultline.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Replaces a file atomically: the content goes to a temporary file in the same folder, is forced
 * to disk, and is then renamed over the target with {@code ATOMIC_MOVE}. If writing fails at any
 * point the temporary file is deleted and the previous target file is untouched.
 * <p>
 * The stream the content is written to can be wrapped by a decorator, which tests use to simulate
 * a crash (an exception) in the middle of the write.
 */
public final class AtomicFileWriter {

    /** Writes the new content of the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static final String TEMP_SUFFIX = ".tmp";

    private final UnaryOperator<OutputStream> streamDecorator;

    /** A writer that writes straight to the temporary file. */
    public AtomicFileWriter() {
        this(UnaryOperator.identity());
    }

    /**
     * @param streamDecorator wraps the temporary file's stream before the content is written to it
     */
    public AtomicFileWriter(UnaryOperator<OutputStream> streamDecorator) {
        this.streamDecorator = Objects.requireNonNull(streamDecorator, "streamDecorator");
    }

    /**
     * Replaces {@code target} with what {@code content} writes.
     *
     * @throws IOException if writing, forcing or renaming fails; {@code target} is then unchanged
     */
    public void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", TEMP_SUFFIX);
        boolean moved = false;
        try {
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = streamDecorator.apply(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system", e);
            }
            moved = true;
            forceFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Temporary files are created owner-only; give the new file the permissions of the file it
     * replaces, or rw-r--r-- for a new file (on POSIX file systems).
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        // the file's own attribute view, not its FileStore's: finding the store needs the mount table,
        // which a chroot or a container may not have ("Mount point not found")
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            view.setPermissions(permissions);
        }
    }

    /** Makes the rename durable where the platform allows opening a folder (Linux does). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Folders cannot be opened for sync on every platform (e.g. Windows); the rename itself is done.
        }
    }
}
