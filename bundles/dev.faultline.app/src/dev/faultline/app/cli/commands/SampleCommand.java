package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.UsageException;
import dev.faultline.diagram.SampleDiagram;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.persistence.InvestigationFolderException;
import dev.faultline.model.sample.SampleInvestigation;

/**
 * {@code faultline sample DIR}: writes the built-in sample investigation ("CrowdStrike Falcon
 * channel file 291 — 19 July 2024 (reconstructed)") to DIR as a normal investigation folder, with its
 * causal chain drawn ({@code diagrams/causal-chain.diagram}).
 */
public class SampleCommand implements CliCommand {

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String summary() {
        return "write the built-in CrowdStrike channel file 291 sample investigation to a folder";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline [--json] sample DIR
                  Writes the sample investigation "%s"
                  to DIR (which must not exist or be empty): DIR/investigation.xmi, DIR/evidence/ and
                  the causal-chain diagram DIR/diagrams/causal-chain.diagram.
                  Prints the folder (with --json: {"folder", "title"}).""".formatted(SampleInvestigation.TITLE);
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        Path dir = context.resolve(Args.singleFolder(args));
        InvestigationFolder folder;
        try {
            folder = SampleInvestigation.writeTo(dir);
            SampleDiagram.writeTo(folder);
        } catch (InvestigationFolderException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        if (context.json()) {
            JsonLine.object().put("folder", folder.root().toString()).put("title", folder.investigation().getTitle())
                    .println(context.out());
        } else {
            context.out().println(folder.root());
        }
        return ExitCode.OK;
    }
}
