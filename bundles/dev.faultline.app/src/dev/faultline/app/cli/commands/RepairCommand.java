package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.OpenSearchIndexing;
import dev.faultline.app.cli.UsageException;
import dev.faultline.app.cli.WriterLock;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.intake.InvestigationRepair;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.persistence.InvestigationFolderException;

/**
 * {@code faultline repair --case DIR [--wait SECONDS]}: fixes what {@code validate} finds about the
 * investigation folder as a whole, without losing anything (see {@link InvestigationRepair}).
 */
public class RepairCommand implements CliCommand {

    @Override
    public String name() {
        return "repair";
    }

    @Override
    public String summary() {
        return "repair what an interrupted writer left: evidence the model lost, an index that disagrees";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline [--json] repair --case DIR [--wait SECONDS]
                  Repairs the investigation in DIR without losing anything: evidence files in DIR/evidence the
                  model does not list are read again and added to it (custody action "adopt"); partial copies an
                  interrupted import left are deleted; evidence missing from the index is indexed and index
                  records of evidence the investigation does not have are removed (a missing or damaged index is
                  rebuilt). Custody entries whose evidence file is gone cannot be repaired here: they are listed.
                  Prints one line per change ("repaired: ...") and per problem left ("not repaired: ...")
                  (--json: {"done": [...], "left": [...]}). Exit 0 when nothing is left, 2 otherwise.
                  """ + WriterLock.USAGE;
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        String caseDir = null;
        Duration wait = Duration.ofSeconds(WriterLock.DEFAULT_WAIT_SECONDS);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--case" -> caseDir = Args.value(args, ++i, arg);
                case "--wait" -> wait = WriterLock.waitOption(Args.value(args, ++i, arg));
                default -> throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        if (caseDir == null) {
            throw new UsageException("--case DIR is required");
        }
        Path dir = context.resolve(caseDir);
        InvestigationRepair.Outcome outcome;
        try {
            InvestigationFolder.open(dir); // bad input before a lock file is made
            try (InvestigationLock lock = WriterLock.acquire(context, dir, "faultline repair", wait)) {
                InvestigationFolder folder = InvestigationFolder.open(dir);
                outcome = InvestigationRepair.run(folder, System.getProperty("user.name", "unknown"), IndexProgress.NONE,
                        OpenSearchIndexing.opening(context, dir));
            }
        } catch (InvestigationFolderException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (OpenSearchException e) {
            throw OpenSearchIndexing.stopped("repair", dir, e);
        }
        if (context.json()) {
            JsonLine.object().put("done", outcome.done()).put("left", outcome.left()).println(context.out());
        } else {
            outcome.done().forEach(line -> context.out().println("repaired: " + line));
            outcome.left().forEach(line -> context.out().println("not repaired: " + line));
            context.err().println(dir + ": " + outcome.done().size() + " repaired, " + outcome.left().size() + " left");
        }
        return outcome.left().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
