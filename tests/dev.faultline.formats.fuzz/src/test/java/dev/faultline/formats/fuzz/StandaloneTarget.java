package dev.faultline.formats.fuzz;

import java.io.IOException;

/**
 * The entry point of Jazzer's standalone driver for longer sessions ({@code releng/fuzz/fuzz.sh}):
 * runs the checks of the target named by the system property {@code faultline.fuzz.target}
 * (e.g. {@code Syslog}), the same checks its {@code @FuzzTest} runs in the build.
 */
public final class StandaloneTarget {

    private static Targets.Check check;

    private StandaloneTarget() {
    }

    /** Called by Jazzer once before fuzzing. */
    public static void fuzzerInitialize() {
        check = Targets.byName(System.getProperty("faultline.fuzz.target", "EveryImporter")).check();
    }

    /** Called by Jazzer for every input. */
    public static void fuzzerTestOneInput(byte[] input) throws IOException {
        check.run(input);
    }
}
