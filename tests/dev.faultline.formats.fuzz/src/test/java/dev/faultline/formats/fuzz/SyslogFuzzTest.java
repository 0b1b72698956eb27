package dev.faultline.formats.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.syslog.SyslogParser;

/**
 * Fuzzes the syslog reader (RFC 3164, 5424, RFC 3339 stamps): every non-blank line is a record or a rejection.
 * Corpus: {@code SyslogFuzzTestInputs/parse/} (committed) and the shared data files named in {@link #seeds()}.
 */
class SyslogFuzzTest {

    private static final SyslogParser PARSER = new SyslogParser();

    static Stream<Arguments> seeds() {
        return SharedSeeds.of("loghub/Linux/Linux_2k.log");
    }

    @MethodSource("seeds")
    @FuzzTest
    void parse(byte[] input) {
        check(input);
    }

    /** The checks of one input (also run by {@link EveryImporterFuzzTest}). */
    static void check(byte[] input) {
        ParseOracle.Outcome outcome = ParseOracle.parse(PARSER, input);
        ParseOracle.assertEveryLineAccountedFor(outcome, true);
        ParseOracle.assertRecordsInFileOrder(outcome, true);
    }
}
