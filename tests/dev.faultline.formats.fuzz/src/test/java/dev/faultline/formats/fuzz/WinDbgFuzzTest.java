package dev.faultline.formats.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.windbg.WinDbgAnalysisParser;

/**
 * Fuzzes the WinDbg {@code !analyze -v} reader: records in file order, nothing dropped silently.
 * Corpus: {@code WinDbgFuzzTestInputs/parse/} (committed) and the shared data files named in {@link #seeds()}.
 */
class WinDbgFuzzTest {

    private static final WinDbgAnalysisParser PARSER = new WinDbgAnalysisParser();

    static Stream<Arguments> seeds() {
        return SharedSeeds.of("windbg/", "crowdstrike/");
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
