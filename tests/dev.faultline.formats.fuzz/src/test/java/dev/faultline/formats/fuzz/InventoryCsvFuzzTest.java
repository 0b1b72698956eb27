package dev.faultline.formats.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.faultline.core.formats.inventory.InventoryCsvParser;

/**
 * Fuzzes the host inventory CSV reader: one record per row, in file order.
 * Corpus: {@code InventoryCsvFuzzTestInputs/parse/} (committed) and the shared data files named in {@link #seeds()}.
 */
class InventoryCsvFuzzTest {

    private static final InventoryCsvParser PARSER = new InventoryCsvParser();

    static Stream<Arguments> seeds() {
        return SharedSeeds.of("loghub/Linux/Linux_2k_structured.csv");
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
