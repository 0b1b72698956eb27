package dev.faultline.evtx.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.evtx.EvtxJson;
import dev.faultline.evtx.EvtxProblem;
import dev.faultline.evtx.EvtxReader;
import dev.faultline.evtx.EvtxRecord;
import dev.faultline.evtx.internal.ChunkDecoder;

/**
 * Fuzzes {@link EvtxReader} with whole files: any bytes must give records and problems, never an
 * exception, a hang or unbounded allocation. Seeds are made at test time from the shared sample
 * files (file header plus first chunk of each, and a 10 KiB slice of each; never copied into the
 * project) and a few edge cases; without {@code JAZZER_FUZZ} only the seeds (and stored crash inputs) are replayed.
 * Jazzer requires {@code @FuzzTest} to be the last annotation.
 */
class EvtxReaderFuzzTest {

    private static final int SEED_BYTES = 4096 + 65_536;
    private static final int SMALL_SEED_BYTES = 4096 + 6_144;
    private static Path workFile;

    @BeforeAll
    static void createWorkFile() throws IOException {
        workFile = Files.createTempFile("evtx-fuzz", ".evtx");
    }

    @AfterAll
    static void deleteWorkFile() throws IOException {
        Files.deleteIfExists(workFile);
    }

    static Stream<Arguments> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(new byte[0]);
        seeds.add("ElfFile\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String property = System.getProperty("faultline.shared.data");
        Path dir = (property != null && !property.isBlank() ? Path.of(property) : Path.of("../../../shared/data"))
                .resolve("evtx");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".evtx")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    seeds.add(Arrays.copyOf(bytes, Math.min(bytes.length, SEED_BYTES)));
                    // small slices (header, chunk header, first records) fuzz many times faster
                    seeds.add(Arrays.copyOf(bytes, Math.min(bytes.length, SMALL_SEED_BYTES)));
                }
            }
        } else {
            System.err.println("shared data folder absent, fuzzing from edge-case seeds only: " + dir.toAbsolutePath());
        }
        return seeds.stream().map(seed -> Arguments.of((Object) seed));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "60s")
    void readAnyBytes(byte[] input) throws IOException {
        Files.write(workFile, input);
        List<EvtxProblem> problems = new ArrayList<>();
        long records = 0;
        try (EvtxReader reader = EvtxReader.open(workFile, problems::add)) {
            for (EvtxRecord record : reader) {
                assertNotNull(record.xml());
                assertTrue(record.xml().length() <= 4 * 1024 * 1024 + 1024, "rendered XML is capped");
                assertTrue(EvtxJson.toJson(record).startsWith("{\"recordId\":"));
                records++;
            }
            assertEquals(problems.size(), reader.problems().size());
        } catch (UncheckedIOException e) {
            throw new AssertionError("the reader must not fail on content, only on I/O", e);
        }
        assertTrue(records <= Math.max(0, input.length - 4096) / 28 + 1, "no more records than bytes allow");
        for (EvtxProblem problem : problems) {
            assertTrue(problem.fileOffset() >= 0 && problem.fileOffset() <= input.length + 65_536L, problem.toString());
            // the reader turns unexpected exceptions into problems so that other records survive;
            // here they are bugs
            assertFalse(problem.reason().contains(ChunkDecoder.DECODER_ERROR), problem.toString());
        }
    }
}
