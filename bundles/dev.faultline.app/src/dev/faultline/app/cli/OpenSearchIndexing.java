package dev.faultline.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.IndexUpdate;
import dev.faultline.index.opensearch.ClusterAccess;
import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.index.opensearch.OpenSearchIndex;

/**
 * {@code faultline index --case DIR --opensearch URL [--index NAME]}: builds the investigation's index
 * on an OpenSearch cluster from all its evidence and records the choice in {@code DIR/opensearch.json}
 * only once every record is in (so an interrupted run leaves the investigation as it was: its old index,
 * embedded or on the cluster, stays what searches use).
 */
public final class OpenSearchIndexing {

    private OpenSearchIndexing() {
    }

    public static int run(CliContext context, Path investigation, String url, String name, Supplier<Stream<EvidenceRecord>> records,
            IndexProgress progress) throws BadInputException, IOException {
        ClusterAccess access = IndexLocation.access(url, System.getenv());
        IndexUpdate update;
        try {
            update = OpenSearchIndex.build(access, name, null, records, progress);
        } catch (OpenSearchException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        IndexLocation.record(investigation, new IndexLocation.OpenSearch(access.toString(), name));
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
     * After a writer that updates only the embedded index (import): tells the user when the investigation
     * searches an OpenSearch index, which it did not update, and how to bring that up to date.
     */
    public static void noteNotUpdated(CliContext context, Path investigation, String caseDir) throws BadInputException {
        IndexLocation.OpenSearch openSearch = IndexLocation.recorded(investigation);
        if (openSearch != null) {
            context.err().println("note: " + caseDir + " searches index '" + openSearch.index() + "' on " + openSearch.url()
                    + ", which import does not update yet; update it with 'faultline index --case " + caseDir + " --opensearch "
                    + openSearch.url() + " --index " + openSearch.index() + "'");
        }
    }
}
