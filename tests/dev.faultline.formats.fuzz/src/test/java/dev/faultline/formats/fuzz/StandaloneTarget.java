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

    /**
     * Called by Jazzer once before fuzzing. Runs the target's committed corpus once, so that class
     * loading and instrumentation (seconds on a loaded machine) are not charged to the first input's
     * time limit.
     */
    public static void fuzzerInitialize() throws IOException {
        Targets.Target target = Targets.byName(System.getProperty("faultline.fuzz.target", "EveryImporter"));
        check = target.check();
        for (byte[] input : Targets.corpus(target)) {
            check.run(input);
        }
    }

    /** Called by Jazzer for every input. */
    public static void fuzzerTestOneInput(byte[] input) throws IOException {
        check.run(input);
    }
}
