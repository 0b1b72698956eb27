package dev.faultline.formats.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.updates.UpdatesCsvParser;

/**
 * Fuzzes the updates CSV reader: one record per row, in file order.
 * Corpus: {@code UpdatesCsvFuzzTestInputs/parse/} (committed) only (no such file in the shared data).
 */
class UpdatesCsvFuzzTest {

    private static final UpdatesCsvParser PARSER = new UpdatesCsvParser();

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
        ParseOracle.assertRecordsInFileOrder(outcome, true);
    }
}
