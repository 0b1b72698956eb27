package dev.faultline.product;

import java.nio.file.Files;
import java.nio.file.Path;

/** Real third-party files from {@code ../shared/data} (system property {@code faultline.shared.data}); tests skip when absent. */
final class SharedData {

    private SharedData() {
    }

    /** The file at {@code relative} under the shared data folder, or null when it is not there. */
    static Path file(String relative) {
        Path file = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"), relative).toAbsolutePath();
        return Files.isRegularFile(file) ? file : null;
    }
}
