package dev.faultline.app.cli;

import java.util.List;

/**
 * One sub-command of the headless CLI ({@code ./faultline <name> [args]}).
 * <p>
 * To add a command: write a class implementing this interface in
 * {@code dev.faultline.app.cli.commands}, add its name to {@code Commands.NAMES} and one line to
 * {@code Commands.create}.
 * Names, options and JSON keys are contracts other tools rely on: add, never rename.
 */
public interface CliCommand {

    /** The name typed on the command line, e.g. {@code parse}. */
    String name();

    /** One line for {@code ./faultline --help}. */
    String summary();

    /** Synopsis and options, printed by {@code ./faultline help <name>} and on usage errors. */
    String usage();

    /**
     * Runs the command.
     *
     * @param context streams, working directory and the global {@code --json} flag
     * @param args the arguments after the command name
     * @return the exit code, normally {@link ExitCode#OK} or {@link ExitCode#BAD_INPUT}
     * @throws UsageException when the arguments are wrong (exit 1)
     * @throws BadInputException when the input is rejected as a whole (exit 2)
     * @throws Exception anything else is an internal error (exit 3)
     */
    int run(CliContext context, List<String> args) throws Exception;
}
