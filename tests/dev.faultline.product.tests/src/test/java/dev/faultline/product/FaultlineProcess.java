package dev.faultline.product;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./faultline ARGS} against the materialized product, without a display. */
final class FaultlineProcess {

    record Result(int exitCode, String out, String err) {
    }

    /** Where each started process writes its stdout and stderr. */
    private static final Map<Process, Path[]> OUTPUTS = new ConcurrentHashMap<>();

    private FaultlineProcess() {
    }

    static Path root() {
        return Path.of(System.getProperty("faultline.root", "../.."));
    }

    static Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return finish(start(workingDirectory, args));
    }

    /** Starts {@code ./faultline ARGS} and returns at once ({@link #finish} waits for it). */
    static Process start(Path workingDirectory, String... args) throws IOException {
        return start(workingDirectory, Map.of(), args);
    }

    /** Starts {@code ./faultline ARGS} with these environment variables added, and returns at once. */
    static Process start(Path workingDirectory, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(root().resolve("faultline").toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Map<String, String> env = builder.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.put("FAULTLINE_PRODUCT", System.getProperty("faultline.product"));
        Path home = Files.createDirectories(Path.of("target", "faultline-home")).toAbsolutePath();
        env.put("FAULTLINE_HOME", home.toString());
        env.putAll(environment);
        Path out = Files.createTempFile("faultline-out", ".txt");
        Path err = Files.createTempFile("faultline-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        OUTPUTS.put(process, new Path[] { out, err });
        return process;
    }

    /** Waits (at most 5 minutes) for a started process and returns what it printed. */
    static Result finish(Process process) throws IOException, InterruptedException {
        Path[] outputs = OUTPUTS.remove(process);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("faultline " + process.info().commandLine().orElse("?") + " did not finish in 5 minutes");
        }
        Result result = new Result(process.exitValue(), Files.readString(outputs[0], StandardCharsets.UTF_8),
                Files.readString(outputs[1], StandardCharsets.UTF_8));
        Files.delete(outputs[0]);
        Files.delete(outputs[1]);
        return result;
    }
}
