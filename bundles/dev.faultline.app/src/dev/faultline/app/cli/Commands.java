package dev.faultline.app.cli;

import java.util.ArrayList;
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

/**
 * The one place where CLI commands are registered: one name in {@link #NAMES} ({@code --help} order)
 * and one line in {@link #create}. A command line loads only the class of the command it runs (a
 * command's class pulls in its libraries — EMF, Lucene, the diagram code — and a one-off
 * {@code ./faultline version} must not pay for them).
 */
public final class Commands {

    /** Every command's name, in {@code --help} order; {@link #create} makes each. */
    static final List<String> NAMES = List.of("parse", "import", "sample", "validate", "index", "search", "report", "clusters",
            "chain", "drivers", "export-diagram", "timeline", "repair", "version", "help");

    private Commands() {
    }

    /** Every command, in {@code --help} order (loads all their classes: for the overview and tests). */
    public static List<CliCommand> all() {
        List<CliCommand> all = new ArrayList<>(NAMES.size());
        for (String name : NAMES) {
            all.add(create(name));
        }
        return List.copyOf(all);
    }

    /** The command called {@code name}, loading only its class. */
    public static Optional<CliCommand> byName(String name) {
        return Optional.ofNullable(create(name));
    }

    private static CliCommand create(String name) {
        return switch (name) { // a switch on strings: no lambda, no class loaded but the one chosen
            case "parse" -> new ParseCommand();
            case "import" -> new ImportCommand();
            case "sample" -> new SampleCommand();
            case "validate" -> new ValidateCommand();
            case "index" -> new IndexCommand(EvidenceRecords::ofFolder);
            case "search" -> new SearchCommand();
            case "report" -> new ReportCommand(ReportContributions.installed());
            case "clusters" -> new ClustersCommand();
            case "chain" -> new ChainCommand();
            case "drivers" -> new DriversCommand();
            case "export-diagram" -> new ExportDiagramCommand();
            case "timeline" -> new TimelineCommand();
            case "repair" -> new RepairCommand();
            case "version" -> new VersionCommand();
            case "help" -> new HelpCommand();
            default -> null;
        };
    }
}
