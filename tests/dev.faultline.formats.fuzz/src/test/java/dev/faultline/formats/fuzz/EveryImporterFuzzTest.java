package dev.faultline.formats.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every target at once, for the short fuzzing session of each build (Jazzer fuzzes one
 * {@code @FuzzTest} per JVM): the first byte of an input picks the target, the rest is its input.
 * Seeds: every target's committed corpus, each input behind its target's byte.
 */
class EveryImporterFuzzTest {

    static Stream<Arguments> seeds() throws IOException {
        List<Arguments> seeds = new ArrayList<>();
        for (int i = 0; i < Targets.ALL.size(); i++) {
            for (byte[] input : Targets.corpus(Targets.ALL.get(i))) {
                byte[] seed = new byte[input.length + 1];
                seed[0] = (byte) i;
                System.arraycopy(input, 0, seed, 1, input.length);
                seeds.add(Arguments.of((Object) seed));
            }
        }
        return seeds.stream();
    }

    @AfterAll
    static void deleteSandbox() {
        ZipExpanderFuzzTest.deleteSandbox();
    }

    @MethodSource("seeds")
    @FuzzTest
    void anyImporter(byte[] input) throws IOException {
        check(input);
    }

    /** Runs the target the first byte picks on the rest of the input. */
    static void check(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Targets.Target target = Targets.ALL.get(Byte.toUnsignedInt(input[0]) % Targets.ALL.size());
        target.check().run(Arrays.copyOfRange(input, 1, input.length));
    }
}
