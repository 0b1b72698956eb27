package dev.faultline.formats.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.syslog.JournaldJsonParser;

/**
 * Fuzzes the {@code journalctl -o json} reader: every non-blank line is a record or a rejection.
 * Corpus: {@code JournaldJsonFuzzTestInputs/parse/} (committed) only (no such file in the shared data).
 */
class JournaldJsonFuzzTest {

    private static final JournaldJsonParser PARSER = new JournaldJsonParser();

    static Stream<Arguments> seeds() {
        return SharedSeeds.of();
    }

    @MethodSource("seeds")
    @FuzzTest
    void parse(byte[] input) {
        check(input);
    }

    /** The checks of one input (also run by {@link EveryImporterFuzzTest}). */
    static void check(byte[] input) {
        ParseOracle.Outcome outcome = ParseOracle.parse(PARSER, input);
        ParseOracle.assertEveryLineAccountedFor(outcome, false);
        ParseOracle.assertRecordsInFileOrder(outcome, true);
    }
}
