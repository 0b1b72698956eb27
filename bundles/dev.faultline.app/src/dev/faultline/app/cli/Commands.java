package dev.faultline.app.cli;

import java.util.List;
import java.util.Optional;

import dev.faultline.app.cli.commands.HelpCommand;
import dev.faultline.app.cli.commands.VersionCommand;

/** The one place where CLI commands are registered: one line per command, in {@code --help} order. */
public final class Commands {

    private Commands() {
    }

    public static List<CliCommand> all() {
        return List.of(
                new VersionCommand(),
                new HelpCommand());
    }

    public static Optional<CliCommand> byName(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
