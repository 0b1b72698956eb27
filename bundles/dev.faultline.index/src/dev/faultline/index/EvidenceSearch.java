package dev.faultline.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.faultline.core.evidence.EvidenceRecord;

/**
 * The one search contract of an investigation's evidence index, whatever holds it: the embedded
 * Lucene index ({@link EvidenceIndex}, the default) or a named index on an OpenSearch cluster
 * ({@code dev.faultline.index.opensearch}). Both parse the same query syntax, index the same
 * token variants and give the same hits, totals, facet counts, highlights and page cursors
 * (relevance scores may differ: a cluster scores per shard).
 */
public interface EvidenceSearch extends Closeable {

    /**
     * Runs a query (Lucene classic syntax with Faultline's field names) on what was last written.
     *
     * @throws QuerySyntaxException when the query cannot be parsed, or the page cursor is not one of this query's sort
     */
    SearchResult search(String query, SearchOptions options) throws QuerySyntaxException, IOException;

    /** Records in the index. */
    long documentCount() throws IOException;

    /**
     * Adds records; records of an evidence file already in the index (same SHA-256, else same path)
     * replace the old ones. Nothing of a cancelled or failed run is visible.
     */
    IndexUpdate add(Stream<EvidenceRecord> records, IndexProgress progress) throws IOException;

    /** Replaces the whole index by the records of {@code source}; a cancelled or failed rebuild keeps the old index. */
    IndexUpdate rebuild(Supplier<Stream<EvidenceRecord>> source, IndexProgress progress) throws IOException;
}
