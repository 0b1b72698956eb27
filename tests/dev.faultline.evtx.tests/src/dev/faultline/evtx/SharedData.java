package dev.faultline.evtx;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the shared real test data; tests skip visibly when it is absent. */
final class SharedData {

    private SharedData() {
    }

    /** @return {@code <shared>/evtx}, skipping the calling test when the folder is absent */
    static Path evtxDir() {
        String property = System.getProperty("faultline.shared.data");
        Path root = property != null ? Path.of(property) : Path.of("../../../shared/data");
        Path dir = root.resolve("evtx");
        assumeTrue(Files.isDirectory(dir), "shared data folder absent: " + dir.toAbsolutePath());
        return dir;
    }

    static Path evtx(String name) {
        Path file = evtxDir().resolve(name);
        assumeTrue(Files.isRegularFile(file), "shared data file absent: " + file.toAbsolutePath());
        return file;
    }

    /** @return every .evtx file directly under {@code <shared>/evtx}, sorted by name */
    static List<Path> allEvtxFiles() throws IOException {
        try (Stream<Path> files = Files.list(evtxDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".evtx")).sorted().toList();
        }
    }
}
