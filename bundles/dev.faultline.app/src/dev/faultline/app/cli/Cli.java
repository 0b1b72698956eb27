package dev.faultline.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CLI dispatcher: global options, command lookup and the mapping of failures to exit codes.
 * Results go to stdout, every message to stderr.
 */
public final class Cli {

    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;
    /** The commands given (tests), or null: the registered ones ({@link Commands}), loaded by name. */
    private final List<CliCommand> commands;

    public Cli(PrintStream out, PrintStream err, Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
        this.commands = null;
    }

    /** A dispatcher over the given commands (tests use their own). */
    public Cli(PrintStream out, PrintStream err, Path workingDirectory, List<CliCommand> commands) {
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
        this.commands = commands;
    }

    /** Runs one command line and returns its exit code. */
    public int run(List<String> commandLine) {
        boolean json = false;
        boolean debug = false;
        List<String> rest = new ArrayList<>();
        for (String arg : commandLine) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--debug")) {
                debug = true;
            } else {
                rest.add(arg);
            }
        }
        if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h")) {
            printOverview(out, commands == null ? Commands.all() : commands);
            return rest.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
        }
        String name = rest.get(0).equals("--version") ? "version" : rest.get(0);
        Optional<CliCommand> command = find(name);
        if (command.isEmpty()) {
            err.println("faultline: unknown command '" + name + "'. Run 'faultline --help' for the list of commands.");
            return ExitCode.USAGE;
        }
        List<String> args = rest.subList(1, rest.size());
        if (args.contains("--help") || args.contains("-h")) {
            out.println(command.get().usage());
            return ExitCode.OK;
        }
        CliContext context = new CliContext(out, err, workingDirectory, json);
        try {
            return command.get().run(context, args);
        } catch (UsageException e) {
            err.println("faultline " + name + ": " + e.getMessage());
            err.println(command.get().usage());
            return ExitCode.USAGE;
        } catch (BadInputException e) {
            err.println("faultline " + name + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("faultline " + name + ": internal error: out of memory (" + e.getMessage() + ")");
            return ExitCode.INTERNAL;
        } catch (Exception | LinkageError e) {
            Path log = InternalErrorLog.write(name, commandLine, e);
            err.println("faultline " + name + ": internal error: " + String.valueOf(e).replace('\n', ' ') + (log == null ? "" : "; the full trace is in " + log)
                    + (debug ? "" : " (--debug prints it)"));
            if (debug) {
                err.print(InternalErrorLog.trace(e));
            }
            return ExitCode.INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Optional<CliCommand> find(String name) {
        if (commands == null) {
            return Commands.byName(name);
        }
        for (CliCommand command : commands) {
            if (command.name().equals(name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /** {@code ./faultline --help}: every command with its one-line summary. */
    public static void printOverview(PrintStream out, List<CliCommand> commands) {
        out.println("Usage: faultline [--json] <command> [args]");
        out.println("       faultline            (no arguments: start the workbench)");
        out.println();
        out.println("Commands:");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(8);
        for (CliCommand command : commands) {
            out.printf("  %-" + width + "s  %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("Run 'faultline <command> --help' for a command's options.");
        out.println("Options for every command: --json (JSON output), --debug (an internal error's full trace on stderr).");
        out.println("Exit codes: 0 ok, 1 usage error, 2 bad input (something rejected), 3 internal error (trace in "
                + InternalErrorLog.folder() + ").");
    }
}
