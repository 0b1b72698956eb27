package dev.faultline.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;
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
     * replace the old ones. Nothing of a cancelled or failed run is visible; on a cluster, where a
     * write is not one commit, a failed run takes its files' records out, and when even that fails
     * (the cluster gone) they stay {@linkplain #unfinishedEvidence unfinished}, never held.
     */
    IndexUpdate add(Stream<EvidenceRecord> records, IndexProgress progress) throws IOException;

    /**
     * Adds the records of one evidence file, replacing those it had, and records the file as held
     * (also when it has no records).
     */
    IndexUpdate addEvidence(String sha256, Stream<EvidenceRecord> records, IndexProgress progress) throws IOException;

    /** Removes every record of these evidence files (by SHA-256). */
    IndexUpdate removeEvidence(Collection<String> sha256s) throws IOException;

    /**
     * The SHA-256 (lower case) of every evidence file whose records the index holds completely: what
     * an investigation compares with its model to find evidence to index or records to remove.
     */
    Set<String> heldEvidence() throws IOException;

    /**
     * The SHA-256 (lower case) of evidence files a write began and did not finish (a process killed,
     * a cluster failing while it wrote): some of their records may be in the index, so they are not
     * {@linkplain #heldEvidence held}; an investigation indexes them again, or removes their records.
     * The embedded index commits each write whole, so it never has any.
     */
    default Set<String> unfinishedEvidence() throws IOException {
        return Set.of();
    }

    /** Replaces the whole index by the records of {@code source}; a cancelled or failed rebuild keeps the old index. */
    IndexUpdate rebuild(Supplier<Stream<EvidenceRecord>> source, IndexProgress progress) throws IOException;
}
