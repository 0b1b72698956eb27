package dev.faultline.formats.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.intake.ArchiveExpander;

/**
 * Fuzzes the .zip expander of the import with whole archives: it either unpacks or refuses with an
 * {@link IOException} naming the archive; anything else thrown is a finding. Whatever happens,
 * nothing is written outside the target folder, every file it returns is a regular file inside
 * it, and what it wrote stays within its size bounds.
 * Corpus: {@code ZipExpanderFuzzTestInputs/expand/} (committed; small archives made by hand and by
 * {@code java.util.zip}).
 */
class ZipExpanderFuzzTest {

    private static final int MAX_ENTRIES = 64;
    private static final long MAX_ENTRY_BYTES = 64 * 1024;
    private static final long MAX_TOTAL_BYTES = 256 * 1024;

    private static Path sandbox;

    @BeforeAll
    static void createSandbox() throws IOException {
        sandbox = Files.createTempDirectory("zip-fuzz");
    }

    @AfterAll
    static void deleteSandbox() {
        if (sandbox != null) {
            clear(sandbox, true);
            sandbox = null;
        }
    }

    @FuzzTest
    void expand(byte[] input) throws IOException {
        check(input);
    }

    /** The checks of one input (also run by {@link EveryImporterFuzzTest}). */
    static void check(byte[] input) throws IOException {
        if (sandbox == null) {
            createSandbox();
        }
        Path zip = sandbox.resolve("input.zip");
        Path target = sandbox.resolve("out");
        Files.write(zip, input);
        ArchiveExpander expander = new ArchiveExpander(MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES);
        List<Path> files = List.of();
        try {
            files = expander.expand(zip, target);
        } catch (IOException refused) {
            assertTrue(refused.getMessage() != null && refused.getMessage().contains(zip.toString()),
                    "a refusal names the archive: " + refused);
        }
        Path base = target.toAbsolutePath().normalize();
        Set<Path> seen = new HashSet<>();
        for (Path file : files) {
            assertTrue(file.toAbsolutePath().normalize().startsWith(base), "returned inside the target: " + file);
            assertTrue(Files.isRegularFile(file), "returned files exist as files: " + file);
            assertTrue(seen.add(file), "each file is returned once: " + file);
        }
        long total = 0;
        try (Stream<Path> walk = Files.walk(sandbox)) {
            for (Path path : walk.toList()) {
                if (path.equals(sandbox) || path.equals(zip)) {
                    continue;
                }
                assertTrue(path.startsWith(target), "nothing written outside the target folder: " + path);
                assertFalse(Files.isSymbolicLink(path), "no links made: " + path);
                if (Files.isRegularFile(path)) {
                    long size = Files.size(path);
                    assertTrue(size <= MAX_ENTRY_BYTES, "entry size bound: " + path + " has " + size);
                    total += size;
                }
            }
        }
        assertTrue(total <= MAX_TOTAL_BYTES, "total size bound: " + total);
        clear(sandbox, false);
        assertEquals(List.of(zip), listOf(sandbox));
    }

    private static List<Path> listOf(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    /** Deletes everything under {@code dir} but the input archive (and {@code dir} itself when {@code all}). */
    private static void clear(Path dir, boolean all) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (all || !path.equals(dir) && !path.getFileName().toString().equals("input.zip")) {
                    path.toFile().setWritable(true);
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
