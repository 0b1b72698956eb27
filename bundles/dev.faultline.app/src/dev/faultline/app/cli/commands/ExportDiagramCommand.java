package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.UsageException;
import dev.faultline.diagram.DiagramBuilder;
import dev.faultline.diagram.DiagramException;
import dev.faultline.diagram.DiagramExporter;
import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.ExportFormat;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.persistence.InvestigationFolderException;

/**
 * {@code faultline export-diagram --case DIR [--diagram NAME] --format svg|png|pdf --out FILE [--scale N]}:
 * draws one of the investigation's diagrams into an SVG, PNG or PDF file, headless. The file is
 * written atomically: on any failure there is no partial file.
 */
public class ExportDiagramCommand implements CliCommand {

    @Override
    public String name() {
        return "export-diagram";
    }

    @Override
    public String summary() {
        return "export a causal-chain diagram of an investigation as SVG, PNG or PDF";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline [--json] export-diagram --case DIR [--diagram NAME] --format svg|png|pdf --out FILE [--scale N]
                  Draws diagram NAME of the investigation in DIR (DIR/diagrams/NAME.diagram) into FILE:
                  SVG with every label as text, PNG at N pixels per diagram unit (default 2; png only),
                  or a one-page vector PDF. Without --diagram: 'causal-chain', else the only diagram;
                  an investigation without diagrams is drawn from all its causal links (nothing is saved).
                  The file is replaced atomically; on failure no file is left behind.
                  Prints the file written (with --json: {"file", "format", "diagram", "nodes", "edges", "bytes"}).""";
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        String caseDir = null;
        String name = null;
        String formatName = null;
        String out = null;
        String scaleText = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--case" -> caseDir = Args.value(args, ++i, arg);
                case "--diagram" -> name = Args.value(args, ++i, arg);
                case "--format" -> formatName = Args.value(args, ++i, arg);
                case "--out" -> out = Args.value(args, ++i, arg);
                case "--scale" -> scaleText = Args.value(args, ++i, arg);
                default -> throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        if (caseDir == null || formatName == null || out == null) {
            throw new UsageException((caseDir == null ? "--case DIR" : formatName == null ? "--format svg|png|pdf" : "--out FILE")
                    + " is required");
        }
        ExportFormat format = ExportFormat.parse(formatName);
        if (format == null) {
            throw new UsageException("unknown format '" + formatName + "' (svg, png or pdf)");
        }
        double scale = scale(scaleText, format, context);

        InvestigationFolder folder;
        try {
            folder = InvestigationFolder.open(context.resolve(caseDir));
        } catch (InvestigationFolderException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Diagram diagram = diagram(folder, name, context);
        Path file = context.resolve(out);
        try {
            DiagramExporter.export(diagram, folder, format, scale, file);
        } catch (DiagramException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + describe(e), e);
        }
        DiagramScene scene = DiagramScene.of(diagram, folder);
        long bytes = Files.size(file);
        if (context.json()) {
            JsonLine.object().put("file", file.toString()).put("format", format.extension()).put("diagram", diagram.getName())
                    .put("nodes", scene.nodes().size()).put("edges", scene.edges().size()).put("bytes", bytes).println(context.out());
        } else {
            context.out().println(file);
        }
        return ExitCode.OK;
    }

    private static double scale(String text, ExportFormat format, CliContext context) throws UsageException {
        if (text == null) {
            return 2;
        }
        double scale;
        try {
            scale = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--scale needs a number, not '" + text + "'");
        }
        if (!(scale > 0) || scale > 16) {
            throw new UsageException("--scale must be above 0 and at most 16, not " + text);
        }
        if (format != ExportFormat.PNG) {
            context.err().println("note: --scale applies to png only; " + format.extension() + " is vector");
        }
        return scale;
    }

    private static Diagram diagram(InvestigationFolder folder, String name, CliContext context)
            throws IOException, BadInputException, UsageException {
        try {
            if (name != null) {
                return DiagramFiles.load(folder, name);
            }
            List<String> names = DiagramFiles.list(folder);
            if (names.contains(DiagramFiles.DEFAULT_NAME)) {
                return DiagramFiles.load(folder, DiagramFiles.DEFAULT_NAME);
            } else if (names.size() == 1) {
                return DiagramFiles.load(folder, names.get(0));
            } else if (names.isEmpty()) {
                context.err().println("note: " + folder.root() + " has no diagrams; drawing all its causal links");
                return DiagramBuilder.fromCausalLinks(folder, DiagramFiles.DEFAULT_NAME, null, true);
            }
            throw new UsageException("the investigation has several diagrams; choose one with --diagram: " + String.join(", ", names));
        } catch (DiagramException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
