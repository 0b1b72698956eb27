package dev.faultline.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Where the CLI writes the full trace of an internal error: {@code logs/} in the user's Faultline
 * state folder ({@code $FAULTLINE_HOME}, else {@code ~/.faultline}), one file per failure. The user
 * reads one line naming what failed and this file; {@code --debug} prints the trace too.
 */
public final class InternalErrorLog {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private InternalErrorLog() {
    }

    /** The state folder's {@code logs/} (system property {@code faultline.home} first, then {@code $FAULTLINE_HOME}). */
    public static Path folder() {
        String home = System.getProperty("faultline.home", System.getenv("FAULTLINE_HOME"));
        Path state = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".faultline");
        return state.resolve("logs");
    }

    /** Writes the command line and the trace; returns the file, or null when it could not be written. */
    public static Path write(String command, List<String> commandLine, Throwable failure) {
        try {
            Path dir = Files.createDirectories(folder());
            Path file = dir.resolve("cli-" + FILE_TIME.format(Instant.now()) + "-" + ProcessHandle.current().pid() + ".log");
            Files.writeString(file, "faultline " + String.join(" ", commandLine) + System.lineSeparator() + "command: " + command
                    + System.lineSeparator() + "at: " + Instant.now() + System.lineSeparator() + trace(failure), StandardCharsets.UTF_8);
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public static String trace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
