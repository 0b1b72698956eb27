package dev.faultline.formats.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.timeline.TimesketchParser;

/**
 * Fuzzes the Timesketch reader with CSV seeds: one record per row, in file order.
 * Corpus: {@code TimesketchCsvFuzzTestInputs/parse/} (committed) and the shared data files named in {@link #seeds()}.
 */
class TimesketchCsvFuzzTest {

    private static final TimesketchParser PARSER = new TimesketchParser();

    static Stream<Arguments> seeds() {
        return SharedSeeds.of("timeline/timesketch_evtx_direct.csv", "timeline/timesketch_sigma_events.csv");
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
