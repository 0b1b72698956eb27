package dev.faultline.formats.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.timeline.TimesketchParser;

/**
 * Fuzzes the Timesketch reader with JSONL seeds: records in file order (a file starting with {@code {} is read as JSONL, every non-blank line a record or a rejection).
 * Corpus: {@code TimesketchJsonlFuzzTestInputs/parse/} (committed) and the shared data files named in {@link #seeds()}.
 */
class TimesketchJsonlFuzzTest {

    private static final TimesketchParser PARSER = new TimesketchParser();

    static Stream<Arguments> seeds() {
        return SharedSeeds.of("timeline/timesketch_sigma_events.jsonl");
    }

    @MethodSource("seeds")
    @FuzzTest
    void parse(byte[] input) {
        check(input);
    }

    /** The checks of one input (also run by {@link EveryImporterFuzzTest}). */
    static void check(byte[] input) {
        ParseOracle.Outcome outcome = ParseOracle.parse(PARSER, input);
        if (outcome.shape().text() && new String(input, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().startsWith("{")) {
            ParseOracle.assertEveryLineAccountedFor(outcome, false);
        }
        ParseOracle.assertRecordsInFileOrder(outcome, true);
    }
}
