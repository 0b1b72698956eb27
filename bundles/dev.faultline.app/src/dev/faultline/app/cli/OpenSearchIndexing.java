package dev.faultline.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.IndexUpdate;
import dev.faultline.index.opensearch.ClusterAccess;
import dev.faultline.index.opensearch.IndexOwner;
import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.intake.InvestigationIndex;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * {@code faultline index --case DIR --opensearch URL [--index NAME]}: builds the investigation's index
 * on an OpenSearch cluster from all its evidence and records the choice in {@code DIR/opensearch.json}
 * only once every record is in (so an interrupted run leaves the investigation as it was: its old index,
 * embedded or on the cluster, stays what searches use).
 */
public final class OpenSearchIndexing {

    private OpenSearchIndexing() {
    }

    public static int run(CliContext context, InvestigationFolder folder, String url, String name, Supplier<Stream<EvidenceRecord>> records,
            IndexProgress progress) throws BadInputException, IOException {
        Path investigation = folder.root();
        ClusterAccess access = IndexLocation.access(url, System.getenv());
        IndexLocation.OpenSearch before = IndexLocation.recorded(investigation);
        // the investigation keeps its id when indexed again (elsewhere too); a first cluster index gives it one
        IndexOwner owner = new IndexOwner(before != null && before.investigation() != null ? before.investigation() : IndexOwner.newId(),
                folder.investigation().getTitle(), investigation.toString());
        IndexUpdate update;
        try {
            update = OpenSearchIndex.build(access, name, null, owner, records, progress);
            try (OpenSearchIndex built = OpenSearchIndex.open(access, name, owner.id(), investigation.toString())) {
                // evidence files without records are held too, so the next writer finds nothing missing
                InvestigationIndex.hold(built, folder.investigation().getEvidence());
            }
        } catch (OpenSearchException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        IndexLocation.record(investigation, new IndexLocation.OpenSearch(access.toString(), name, owner.id()));
        if (context.json()) {
            JsonLine.object().put("records", update.recordsAdded()).put("documents", update.documents()).put("millis", update.millis())
                    .put("index", name).put("opensearch", access.toString()).println(context.out());
        } else {
            context.out().printf("indexed %d records into index '%s' on %s (%d documents) in %.1f s%n", update.recordsAdded(), name, access,
                    update.documents(), update.millis() / 1000.0);
        }
        return ExitCode.OK;
    }

    /**
     * How the investigation's writers open its index: {@code DIR/index}, or the OpenSearch index recorded
     * in {@code DIR/opensearch.json}, made to agree with the model the same way (evidence the index lacks
     * indexed, also evidence whose earlier write to the cluster did not finish; records of evidence the
     * investigation does not have removed), saying on stderr what it fixed.
     *
     * @throws BadInputException when the recorded file or the cluster settings in the environment are wrong
     */
    public static InvestigationIndex.Opening opening(CliContext context, Path investigation) throws BadInputException {
        IndexLocation.OpenSearch recorded = IndexLocation.recorded(investigation);
        if (recorded == null) {
            return InvestigationIndex.EMBEDDED;
        }
        IndexLocation.access(recorded.url(), System.getenv()); // wrong settings: bad input before anything is written
        return (folder, pending, progress) -> {
            OpenSearchIndex index;
            try {
                index = IndexLocation.open(investigation, recorded);
            } catch (BadInputException e) {
                throw new IllegalStateException(e.getMessage(), e); // checked above
            }
            try {
                Set<String> unfinished = index.unfinishedEvidence();
                InvestigationIndex.Agreement agreement = InvestigationIndex.reconcile(index, folder, pending, progress);
                String prefix = "faultline: " + investigation + ": " + index + ": ";
                if (!unfinished.isEmpty()) {
                    context.err().println(prefix + "an earlier write did not finish for " + unfinished.size()
                            + " evidence file(s) (interrupted); their records were indexed again, or removed when the investigation does not list them");
                }
                long lacked = agreement.missing().stream().filter(sha -> !unfinished.contains(sha)).count();
                if (lacked > 0) {
                    context.err().println(prefix + "indexed " + lacked + " evidence file(s) it lacked");
                }
                if (!agreement.unknown().isEmpty()) {
                    context.err().println(prefix + "removed the records of " + agreement.unknown().size()
                            + " evidence file(s) the investigation does not have");
                }
                return index;
            } catch (IOException | RuntimeException e) {
                index.close();
                throw e;
            }
        };
    }

    /** A cluster failure while writing the investigation, as bad input naming what to do next. */
    public static BadInputException stopped(String command, Path investigation, OpenSearchException e) {
        return new BadInputException(command + " stopped: " + e.getMessage() + ". The investigation's model was not changed; records sent for"
                + " files whose indexing did not finish are taken out or marked unfinished on the cluster (indexed again or removed by the next writer)."
                + " When the cluster answers again, 'faultline repair --case " + investigation
                + "' adds and indexes any evidence file already copied into its evidence folder", e);
    }
}
