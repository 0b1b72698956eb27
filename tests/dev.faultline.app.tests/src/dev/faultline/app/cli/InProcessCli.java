package dev.faultline.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the CLI in the test's JVM as a user would from {@code workingDir}, with stdout and stderr
 * captured and the state folder ({@code faultline.home}) under {@code workingDir/home} until closed.
 */
public final class InProcessCli implements AutoCloseable {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path workingDir;
    private final List<CliCommand> commands;
    private final String previousHome;

    public InProcessCli(Path workingDir) {
        this(workingDir, null);
    }

    /** With these commands instead of the real ones (null: the real ones). */
    public InProcessCli(Path workingDir, List<CliCommand> commands) {
        this.workingDir = workingDir;
        this.commands = commands;
        previousHome = System.getProperty("faultline.home");
        System.setProperty("faultline.home", workingDir.resolve("home").toString());
    }

    /** Runs one command line; stdout and stderr then hold what it printed (only it). */
    public int run(String... args) {
        out.reset();
        err.reset();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        Cli cli = commands == null ? new Cli(stdout, stderr, workingDir) : new Cli(stdout, stderr, workingDir, commands);
        return cli.run(List.of(args));
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Restores the state folder the JVM had before. */
    @Override
    public void close() {
        if (previousHome == null) {
            System.clearProperty("faultline.home");
        } else {
            System.setProperty("faultline.home", previousHome);
        }
    }
}
