package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.IndexLocation;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.OpenSearchIndexing;
import dev.faultline.app.cli.UsageException;
import dev.faultline.app.cli.WriterLock;
import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.IndexUpdate;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.intake.InvestigationIndex;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.persistence.InvestigationFolderException;

/**
 * {@code faultline index --case DIR}: rebuilds DIR/index from all the evidence of the
 * investigation. The records come from the evidence store, given to the constructor as a
 * function from the investigation folder to a fresh stream of all its records.
 */
public class IndexCommand implements CliCommand {

    private final Function<Path, Stream<EvidenceRecord>> evidence;

    /**
     * @param evidence given the investigation folder, returns a new stream of every record of its
     *            evidence (the stream is closed after use)
     */
    public IndexCommand(Function<Path, Stream<EvidenceRecord>> evidence) {
        this.evidence = evidence;
    }

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String summary() {
        return "rebuild the evidence index of an investigation";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline [--json] index --case DIR [--opensearch URL [--index NAME]] [--wait SECONDS]
                  Rebuilds DIR/index from every record of the investigation's evidence. The old index
                  stays searchable until the new one is committed; an interrupted run keeps the old one.
                  Prints records indexed, documents, and seconds (with --json: {"records", "documents", "millis", "index"}).
                  --opensearch URL  builds the index on an OpenSearch cluster instead (http(s)://HOST:PORT), as
                                    index NAME (default 'faultline'), and makes the investigation search there
                                    (recorded in DIR/opensearch.json: URL and NAME only). Credentials from
                                    FAULTLINE_OPENSEARCH_USER and _PASSWORD, or a file of user=/password= lines
                                    named by FAULTLINE_OPENSEARCH_CREDENTIALS; a CA certificate (PEM) for https
                                    from FAULTLINE_OPENSEARCH_CA. With --json the line adds "opensearch": URL.
                  Without --opensearch, an investigation indexed on OpenSearch goes back to DIR/index.
                  """ + WriterLock.USAGE;
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        String caseDir = null;
        String openSearch = null;
        String indexName = null;
        Duration wait = Duration.ofSeconds(WriterLock.DEFAULT_WAIT_SECONDS);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--case")) {
                caseDir = Args.value(args, ++i, arg);
            } else if (arg.equals("--opensearch")) {
                openSearch = Args.value(args, ++i, arg);
            } else if (arg.equals("--index")) {
                indexName = Args.value(args, ++i, arg);
            } else if (arg.equals("--wait")) {
                wait = WriterLock.waitOption(Args.value(args, ++i, arg));
            } else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        if (caseDir == null) {
            throw new UsageException("--case DIR is required");
        }
        if (indexName != null && openSearch == null) {
            throw new UsageException("--index NAME names an OpenSearch index: give --opensearch URL too");
        }
        Path investigation = context.resolve(caseDir);
        if (!Files.isDirectory(investigation)) {
            throw new BadInputException("investigation folder " + investigation + " does not exist");
        }
        InvestigationFolder folder;
        try {
            // only an investigation gets an index (a failed run leaves no index/ behind), and its model must be readable
            folder = InvestigationFolder.open(investigation);
        } catch (InvestigationFolderException e) {
            if (InvestigationLock.holder(investigation).isEmpty()) {
                throw new BadInputException(e.getMessage(), e);
            }
            // another writer is making it (an import creating the investigation): the lock below waits for it or names it
        }
        Path indexDir = investigation.resolve(InvestigationFolder.INDEX_DIR);
        IndexProgress progress = new IndexProgress() {
            @Override
            public void indexed(long records) {
                if (records % 100_000 == 0 && System.console() != null) { // progress for a person at a terminal, not for scripts
                    context.err().println("indexed " + records + " records");
                }
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
        IndexUpdate update;
        try (InvestigationLock lock = WriterLock.acquire(context, investigation, "faultline index", wait)) {
            try {
                folder = InvestigationFolder.open(investigation); // as it is now that no other writer changes it
            } catch (InvestigationFolderException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            WriterLock.repairIfStale(context, lock, folder);
            if (openSearch != null) {
                return OpenSearchIndexing.run(context, folder, openSearch, indexName == null ? OpenSearchIndex.DEFAULT_NAME : indexName,
                        () -> evidence.apply(investigation), progress);
            }
            update = EvidenceIndex.rebuild(indexDir, () -> evidence.apply(investigation), progress);
            try (EvidenceIndex agreed = InvestigationIndex.open(folder, List.of(), progress)) {
                // records which evidence without records the index holds, so later opens find nothing missing
            }
            IndexLocation.OpenSearch before = IndexLocation.forget(investigation);
            if (before != null) {
                context.err().println("note: the investigation searches " + indexDir + " again, no longer index '" + before.index() + "' on "
                        + before.url());
            }
        }
        if (context.json()) {
            JsonLine.object().put("records", update.recordsAdded()).put("documents", update.documents())
                    .put("millis", update.millis()).put("index", indexDir.toString()).println(context.out());
        } else {
            context.out().printf("indexed %d records into %s (%d documents) in %.1f s%n", update.recordsAdded(), indexDir,
                    update.documents(), update.millis() / 1000.0);
        }
        return ExitCode.OK;
    }
}
