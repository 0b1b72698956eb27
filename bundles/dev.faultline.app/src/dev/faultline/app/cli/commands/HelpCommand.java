package dev.faultline.app.cli.commands;

import java.util.List;
import java.util.Optional;

import dev.faultline.app.cli.Cli;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.Commands;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.UsageException;

/** {@code faultline help [command]}: the command overview, or one command's options. */
public class HelpCommand implements CliCommand {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "list the commands, or show one command's options";
    }

    @Override
    public String usage() {
        return "Usage: faultline help [command]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException {
        if (args.isEmpty()) {
            Cli.printOverview(context.out(), Commands.all());
            return ExitCode.OK;
        }
        Optional<CliCommand> command = Commands.byName(args.get(0));
        if (command.isEmpty()) {
            throw new UsageException("unknown command '" + args.get(0) + "'");
        }
        context.out().println(command.get().usage());
        return ExitCode.OK;
    }
}
