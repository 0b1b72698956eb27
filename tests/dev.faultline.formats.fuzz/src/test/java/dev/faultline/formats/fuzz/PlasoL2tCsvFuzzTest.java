package dev.faultline.formats.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.timeline.PlasoL2tCsvParser;

/**
 * Fuzzes the Plaso l2tcsv reader: one record per row, in file order.
 * Corpus: {@code PlasoL2tCsvFuzzTestInputs/parse/} (committed) and the shared data files named in {@link #seeds()}.
 */
class PlasoL2tCsvFuzzTest {

    private static final PlasoL2tCsvParser PARSER = new PlasoL2tCsvParser();

    static Stream<Arguments> seeds() {
        return SharedSeeds.of("timeline/plaso_end_to_end_l2tcsv.log");
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
