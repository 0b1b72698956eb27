package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.IndexLocation;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.UsageException;
import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.intake.InvestigationIntegrity;
import dev.faultline.model.labels.ObjectLabels;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.persistence.InvestigationFolderException;
import dev.faultline.model.validation.InvestigationValidator;
import dev.faultline.model.validation.Problem;

/**
 * {@code faultline validate DIR}: checks an investigation folder with every validation rule
 * (model structure, times, causal order and cycles, evidence hashes) and prints the problems.
 * Exit 0 when there is no error (warnings allowed), 2 when there are errors or DIR cannot be read.
 */
public class ValidateCommand implements CliCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check an investigation folder (times, causal links, evidence hashes, evidence vs model vs index, ...)";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline [--json] validate DIR
                  Validates the investigation in DIR and prints one problem per line; besides the model's rules,
                  the folder as a whole: evidence files the model does not list, custody entries without evidence,
                  evidence missing from the search index, index records of evidence the investigation does not have
                  (each with its repair: 'faultline repair --case DIR'). Never writes, never waits for a writer.
                  Output:
                  SEVERITY [rule] message (with --json: {"severity", "rule", "message", "object"}).
                  A summary goes to stderr. Exit 0 without errors, 2 with errors.""";
    }

    /** The folder's checks, against the index the investigation uses (DIR/index, or its OpenSearch index). */
    private static List<Problem> integrity(InvestigationFolder folder) throws BadInputException, IOException {
        IndexLocation.OpenSearch recorded = IndexLocation.recorded(folder.root());
        if (recorded == null) {
            return InvestigationIntegrity.check(folder);
        }
        try (OpenSearchIndex index = IndexLocation.open(folder.root(), recorded)) {
            return InvestigationIntegrity.check(folder, index);
        } catch (OpenSearchException e) {
            List<Problem> problems = new ArrayList<>(InvestigationIntegrity.check(folder, null).stream()
                    .filter(p -> p.rule().equals(InvestigationIntegrity.UNLISTED_EVIDENCE) || p.rule().equals(InvestigationIntegrity.PARTIAL_COPY)
                            || p.rule().equals(InvestigationIntegrity.CUSTODY_WITHOUT_EVIDENCE))
                    .toList());
            problems.add(new Problem(Problem.Severity.ERROR, InvestigationIntegrity.INDEX_UNREACHABLE, "the investigation's search index (index '"
                    + recorded.index() + "' on " + recorded.url() + ") could not be checked: " + e.getMessage(), null));
            return problems;
        }
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        Path dir = context.resolve(Args.singleFolder(args));
        InvestigationFolder folder;
        try {
            folder = InvestigationFolder.open(dir);
        } catch (InvestigationFolderException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        List<Problem> problems = new ArrayList<>(new InvestigationValidator().validate(folder));
        problems.addAll(integrity(folder));
        long errors = 0;
        long warnings = 0;
        for (Problem problem : problems) {
            errors += problem.severity() == Problem.Severity.ERROR ? 1 : 0;
            warnings += problem.severity() == Problem.Severity.WARNING ? 1 : 0;
            if (context.json()) {
                JsonLine.object().put("severity", problem.severity().name().toLowerCase(Locale.ROOT)).put("rule", problem.rule())
                        .put("message", problem.message())
                        .put("object", problem.object() == null ? null : ObjectLabels.label(problem.object()))
                        .println(context.out());
            } else {
                context.out().println(problem);
            }
        }
        if (!context.json()) {
            // the verdict is the command's result: stdout, after the problems (JSON readers count the lines)
            context.out().println(folder.modelFile() + ": " + errors + " errors, " + warnings + " warnings");
        }
        return errors == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
