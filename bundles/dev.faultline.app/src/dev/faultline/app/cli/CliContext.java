package dev.faultline.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command runs with. Results go to {@link #out()}, messages and diagnostics to
 * {@link #err()}.
 *
 * @param out standard output: results only (JSON lines with {@code --json})
 * @param err standard error: progress, warnings, errors
 * @param workingDirectory where relative paths on the command line are resolved
 * @param json whether {@code --json} was given (before or after the command name)
 */
public record CliContext(PrintStream out, PrintStream err, Path workingDirectory, boolean json) {

    /** Resolves a path argument against the working directory. */
    public Path resolve(String path) {
        return workingDirectory.resolve(path).normalize();
    }
}
