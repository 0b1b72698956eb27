package dev.faultline.formats.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.eventlog.EventLogXmlParser;

/**
 * Fuzzes the event-log XML reader (wevtutil, Event Viewer save and copy, fragments): records in file order.
 * Corpus: {@code EventLogXmlFuzzTestInputs/parse/} (committed) and the shared data files named in {@link #seeds()}.
 */
class EventLogXmlFuzzTest {

    private static final EventLogXmlParser PARSER = new EventLogXmlParser();

    static Stream<Arguments> seeds() {
        return SharedSeeds.of("eventlog_snippets/", "evtx/derived/");
    }

    @MethodSource("seeds")
    @FuzzTest
    void parse(byte[] input) {
        check(input);
    }

    /** The checks of one input (also run by {@link EveryImporterFuzzTest}). */
    static void check(byte[] input) {
        ParseOracle.Outcome outcome = ParseOracle.parse(PARSER, input);
        ParseOracle.assertRecordsInFileOrder(outcome, false);
    }
}
