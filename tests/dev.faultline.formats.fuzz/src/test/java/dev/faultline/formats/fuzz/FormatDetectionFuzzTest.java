package dev.faultline.formats.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.Formats;

/**
 * Fuzzes the content detector and the path an import takes: every format's {@code detect} on any
 * bytes (and on every cut of them a head read could give) scores 0-100 without throwing, detection
 * is deterministic, and the detected format then reads the bytes under {@link ParseOracle}.
 * Corpus: {@code FormatDetectionFuzzTestInputs/detectAndParse/} (committed) and a slice of every shared data file.
 */
class FormatDetectionFuzzTest {

    static Stream<Arguments> seeds() {
        return SharedSeeds.of("windbg/", "driverquery/", "eventlog_snippets/", "loghub/", "timeline/", "evtx/derived/");
    }

    @MethodSource("seeds")
    @FuzzTest
    void detectAndParse(byte[] input) {
        check(input);
    }

    /** The checks of one input (also run by {@link EveryImporterFuzzTest}). */
    static void check(byte[] input) {
        for (FormatParser format : Formats.all()) {
            int score = format.detect(input);
            assertTrue(score >= 0 && score <= 100, format.id() + " scored " + score);
            int cutScore = format.detect(Arrays.copyOf(input, input.length / 2));
            assertTrue(cutScore >= 0 && cutScore <= 100, format.id() + " scored " + cutScore + " on a cut head");
        }
        Formats.Detection detection = Formats.detect(input);
        assertNotNull(detection.format(), "detection always names a format (text at worst)");
        assertEquals(detection, Formats.detect(input.clone()), "detection is deterministic");
        if (!detection.format().id().equals("evtx")) {
            ParseOracle.parse(detection.format(), input);
        }
    }
}
