package dev.faultline.formats.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.timeline.PlasoJsonLineParser;

/**
 * Fuzzes the Plaso json_line reader: every non-blank line is a record or a rejection.
 * Corpus: {@code PlasoJsonlFuzzTestInputs/parse/} (committed) and the shared data files named in {@link #seeds()}.
 */
class PlasoJsonlFuzzTest {

    private static final PlasoJsonLineParser PARSER = new PlasoJsonLineParser();

    static Stream<Arguments> seeds() {
        return SharedSeeds.of("timeline/plaso_end_to_end_json_line.log");
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
