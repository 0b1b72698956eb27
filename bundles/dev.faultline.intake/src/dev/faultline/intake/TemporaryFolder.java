package dev.faultline.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder (an archive's expanded entries, which may be gigabytes) deleted when closed —
 * and also when the JVM is stopped before that (SIGTERM, Ctrl-C: its shutdown hooks run, the
 * importing thread's finally blocks do not).
 */
final class TemporaryFolder implements AutoCloseable {

    private final Path dir;
    private final Thread onStop;

    TemporaryFolder(String prefix) throws IOException {
        dir = Files.createTempDirectory(prefix);
        onStop = new Thread(() -> {
            try {
                delete(dir);
            } catch (IOException | UncheckedIOException e) {
                // the JVM is stopping: nothing left to tell
            }
        }, "faultline-delete-" + dir.getFileName());
        Runtime.getRuntime().addShutdownHook(onStop);
    }

    Path path() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(onStop);
        } catch (IllegalStateException stopping) {
            return; // the JVM is stopping: the hook deletes it
        }
        delete(dir);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
