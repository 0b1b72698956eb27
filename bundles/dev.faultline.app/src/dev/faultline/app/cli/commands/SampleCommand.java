package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.NewInvestigationFolder;
import dev.faultline.app.cli.UsageException;
import dev.faultline.diagram.SampleDiagram;
import dev.faultline.app.cli.WriterLock;
import dev.faultline.intake.InvestigationLock;
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
                Usage: faultline [--json] sample [--wait SECONDS] DIR
                  Writes the sample investigation "%s"
                  to DIR (which must not exist or be empty): DIR/investigation.xmi, DIR/evidence/ and
                  the causal-chain diagram DIR/diagrams/causal-chain.diagram.
                  Prints the folder (with --json: {"folder", "title"}).
                  %s""".formatted(SampleInvestigation.TITLE, WriterLock.USAGE);
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        Duration wait = Duration.ofSeconds(WriterLock.DEFAULT_WAIT_SECONDS);
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--wait")) {
                wait = WriterLock.waitOption(Args.value(args, ++i, "--wait"));
            } else {
                rest.add(args.get(i));
            }
        }
        NewInvestigationFolder target = NewInvestigationFolder.prepare(context.resolve(Args.singleFolder(rest)), false);
        InvestigationFolder folder = null;
        boolean writing = false;
        InvestigationLock lock = WriterLock.acquire(context, target.dir(), "faultline sample", wait);
        try (lock) {
            // checked again under the lock: another writer may have filled the folder meanwhile
            NewInvestigationFolder.prepare(target.dir(), false);
            writing = true;
            InvestigationFolder written = SampleInvestigation.writeTo(target.dir());
            SampleDiagram.writeTo(written);
            folder = written;
        } catch (InvestigationFolderException e) {
            throw new BadInputException(e.getMessage(), e);
        } finally {
            if (writing && folder == null) {
                target.undo();
            }
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
