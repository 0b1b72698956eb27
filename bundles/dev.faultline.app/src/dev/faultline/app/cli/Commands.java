package dev.faultline.app.cli;

import java.util.List;
import java.util.Optional;

import dev.faultline.app.cli.commands.ChainCommand;
import dev.faultline.app.cli.commands.ClustersCommand;
import dev.faultline.app.cli.commands.DriversCommand;
import dev.faultline.app.cli.commands.ExportDiagramCommand;
import dev.faultline.app.cli.commands.HelpCommand;
import dev.faultline.app.cli.commands.ImportCommand;
import dev.faultline.app.cli.commands.IndexCommand;
import dev.faultline.app.cli.commands.ParseCommand;
import dev.faultline.app.cli.commands.ReportCommand;
import dev.faultline.app.cli.commands.RepairCommand;
import dev.faultline.app.cli.commands.SampleCommand;
import dev.faultline.app.cli.commands.SearchCommand;
import dev.faultline.app.cli.commands.TimelineCommand;
import dev.faultline.app.cli.commands.ValidateCommand;
import dev.faultline.app.cli.commands.VersionCommand;
import dev.faultline.intake.EvidenceRecords;
import dev.faultline.report.ReportContributions;

/** The one place where CLI commands are registered: one line per command, in {@code --help} order. */
public final class Commands {

    private Commands() {
    }

    public static List<CliCommand> all() {
        return List.of(
                new ParseCommand(),
                new ImportCommand(),
                new SampleCommand(),
                new ValidateCommand(),
                new IndexCommand(dir -> EvidenceRecords.ofFolder(dir)),
                new SearchCommand(),
                new ReportCommand(ReportContributions.installed()),
                new ClustersCommand(),
                new ChainCommand(),
                new DriversCommand(),
                new ExportDiagramCommand(),
                new TimelineCommand(),
                new RepairCommand(),
                new VersionCommand(),
                new HelpCommand());
    }

    public static Optional<CliCommand> byName(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
