package dev.faultline.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.index.TimelineEntries.Curated;
import dev.faultline.index.TimelineEntries.Marks;

/**
 * What the timeline reads from an investigation's evidence index, and the model's entries it keeps
 * there ({@link TimelineEntries}), whatever holds the index: the embedded Lucene index
 * ({@link EmbeddedTimelineIndex}) or an index on an OpenSearch cluster
 * ({@code dev.faultline.index.opensearch.OpenSearchTimelineIndex}). For the same records both give
 * the same pages, counts, time-axis counts and rows in the same time order (records of the same
 * millisecond may come in another order: the embedded index merges its segments, a cluster sorts by
 * insertion).
 * <p>
 * Does not own the index it reads: whoever opened the index closes it.
 */
public interface TimelineIndex {

    /** One page of hits, as {@link EvidenceSearch#search}. */
    SearchResult search(String query, SearchOptions options) throws QuerySyntaxException, IOException;

    /** How many records match {@code query} (exactly). */
    long count(String query) throws QuerySyntaxException, IOException;

    /** The first and last time of any record, or {@code null} when no record has a time. */
    long[] timeSpan() throws IOException;

    /**
     * Records of {@code query} per time bucket and lane, as {@link TimeHistogram#count(EvidenceIndex, String, long, long, int, String, int)}.
     *
     * @param from start (epoch ms, inclusive)
     * @param to end (epoch ms, exclusive)
     */
    TimeHistogram histogram(String query, long from, long to, int buckets, String laneField, int maxLanes)
            throws QuerySyntaxException, IOException;

    /**
     * Every timed record of {@code query} with a time in [from, to] (either may be {@code null}), oldest
     * or newest first, one at a time, as {@link TimeOrderedScan#scanStored}.
     *
     * @return records visited
     */
    long scanStored(String query, Long from, Long to, boolean newestFirst, TimeOrderedScan.StoredVisitor visitor)
            throws QuerySyntaxException, IOException;

    /** The names of the record fields of the records {@link #scanStored} would visit (at most {@code max}): CSV columns. */
    Set<String> fieldNames(String query, Long from, Long to, int max) throws QuerySyntaxException, IOException;

    /** Whether a scan of one time window may run beside scans of others (a parallel export). */
    default boolean parallelScans() {
        return true;
    }

    /** The ids of {@code ids} that name a record in the index, see {@link TimelineEntries#present}. */
    Set<String> present(Collection<String> ids) throws IOException;

    /** Whether the index holds exactly what {@link #sync} would write for this signature, see {@link TimelineEntries#inSync}. */
    boolean inSync(String signature, long expected) throws IOException;

    /**
     * Makes the index hold these curated events and marks, replacing what an earlier sync wrote, see
     * {@link TimelineEntries#sync}.
     *
     * @return documents written
     */
    long sync(String signature, List<Curated> curated, Map<String, Marks> marks) throws IOException;
}
