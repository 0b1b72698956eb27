package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.UsageException;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.report.PostMortemExport;
import dev.faultline.report.ReportContributions;
import dev.faultline.report.ReportException;
import dev.faultline.report.ReportFormat;
import dev.faultline.report.ReportSection;

/**
 * {@code faultline report --case DIR --format html|md|pdf --out FILE [--sections LIST] [--templates DIR]}:
 * writes the post-mortem of an investigation. Nothing is written when anything is wrong (the file is
 * replaced atomically).
 */
public class ReportCommand implements CliCommand {

    private final ReportContributions contributions;

    /**
     * @param contributions the diagram, time axis and analyses other parts of Faultline add
     */
    public ReportCommand(ReportContributions contributions) {
        this.contributions = contributions;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "write the post-mortem of an investigation as HTML, Markdown or PDF";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline [--json] report --case DIR --format html|md|pdf --out FILE [--sections LIST] [--templates TDIR]
                  Writes the post-mortem of the investigation in DIR to FILE: html is one self-contained file,
                  md writes the pictures as FILE-STEM-diagram.svg / -timeline.svg beside it, pdf has the diagram
                  as vector graphics. Every statement drawn from evidence cites file:line and SHA-256.
                  --sections  comma-separated, in any order; default all: %s
                  --templates folder of FreeMarker templates replacing the built-in ones by name
                              (html/report.ftlh, html/<section>.ftlh, md/report.ftlmd, md/<section>.ftlmd,
                              pdf/report.ftlx, pdf/<section>.ftlx, pdf/report.css);
                              DIR/templates/ is used too. Values are always escaped for the format.
                  Prints the files written (with --json: {"report", "files", "format", "sections"}).""".formatted(ReportSection.ids());
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        String caseDir = null;
        String format = null;
        String out = null;
        String sections = null;
        String templates = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--case" -> caseDir = Args.value(args, ++i, arg);
                case "--format" -> format = Args.value(args, ++i, arg);
                case "--out" -> out = Args.value(args, ++i, arg);
                case "--sections" -> sections = Args.value(args, ++i, arg);
                case "--templates" -> templates = Args.value(args, ++i, arg);
                default -> throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        if (caseDir == null || format == null || out == null) {
            throw new UsageException((caseDir == null ? "--case DIR" : format == null ? "--format html|md|pdf" : "--out FILE")
                    + " is required");
        }
        ReportFormat reportFormat;
        Set<ReportSection> wanted;
        try {
            reportFormat = ReportFormat.parse(format);
            wanted = sections == null ? EnumSet.allOf(ReportSection.class) : ReportSection.parse(sections);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path dir = context.resolve(caseDir);
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("investigation folder " + dir + " does not exist");
        }
        InvestigationFolder folder;
        try {
            folder = InvestigationFolder.open(dir);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Path target = context.resolve(out);
        List<Path> written;
        try {
            written = new PostMortemExport(reportFormat, wanted, target, templates == null ? null : context.resolve(templates))
                    .write(folder, contributions, Instant.now());
        } catch (ReportException | IOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        if (context.json()) {
            JsonLine.object().put("report", target.toString()).put("files", written.stream().map(Path::toString).toList())
                    .put("format", reportFormat.id()).put("sections", wanted.stream().map(ReportSection::id).toList())
                    .println(context.out());
        } else {
            written.forEach(context.out()::println);
        }
        return ExitCode.OK;
    }
}
