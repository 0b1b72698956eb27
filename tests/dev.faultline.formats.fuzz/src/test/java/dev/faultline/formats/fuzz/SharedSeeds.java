package dev.faultline.formats.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Extra seeds read at run time from the real third-party files in {@code ../shared/data} (never
 * copied into the project): the first {@link #SEED_BYTES} bytes of each named file. When the folder
 * is absent the targets fuzz from their committed corpus only, and say so.
 */
final class SharedSeeds {

    /** Small seeds fuzz many times faster; libFuzzer's default longest input is 4 KiB. */
    static final int SEED_BYTES = 4096;

    private SharedSeeds() {
    }

    /** The shared data folder: system property {@code faultline.shared.data}, else {@code ../shared/data} of the project. */
    static Path dir() {
        String property = System.getProperty("faultline.shared.data");
        return property != null && !property.isBlank() ? Path.of(property) : Path.of("../../../shared/data");
    }

    /** Seeds from the files under {@code dir()} whose relative paths start with one of {@code prefixes}. */
    static Stream<Arguments> of(String... prefixes) {
        Path dir = dir();
        List<Arguments> seeds = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            System.err.println("shared data folder absent, fuzzing from the committed corpus only: " + dir.toAbsolutePath());
            return seeds.stream();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (Arrays.stream(prefixes).anyMatch(relative::startsWith) && !relative.endsWith(".md")) {
                    byte[] bytes = Files.readAllBytes(file);
                    seeds.add(Arguments.of((Object) Arrays.copyOf(bytes, Math.min(bytes.length, SEED_BYTES))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds.stream();
    }
}
