package dev.faultline.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.index.TimelineEntries.Curated;
import dev.faultline.index.TimelineEntries.Marks;

/** The timeline's reads and writes on the embedded index: {@link TimeHistogram}, {@link TimeOrderedScan}, {@link TimelineEntries}. */
public final class EmbeddedTimelineIndex implements TimelineIndex {

    private final EvidenceIndex index;

    public EmbeddedTimelineIndex(EvidenceIndex index) {
        this.index = index;
    }

    /** The embedded index read. */
    public EvidenceIndex index() {
        return index;
    }

    @Override
    public SearchResult search(String query, SearchOptions options) throws QuerySyntaxException, IOException {
        return index.search(query, options);
    }

    @Override
    public long count(String query) throws QuerySyntaxException, IOException {
        return TimeHistogram.count(index, query);
    }

    @Override
    public long[] timeSpan() throws IOException {
        return TimeHistogram.timeSpan(index);
    }

    @Override
    public TimeHistogram histogram(String query, long from, long to, int buckets, String laneField, int maxLanes)
            throws QuerySyntaxException, IOException {
        return TimeHistogram.count(index, query, from, to, buckets, laneField, maxLanes);
    }

    @Override
    public long scanStored(String query, Long from, Long to, boolean newestFirst, TimeOrderedScan.StoredVisitor visitor)
            throws QuerySyntaxException, IOException {
        return TimeOrderedScan.scanStored(index, query, from, to, newestFirst, visitor);
    }

    @Override
    public Set<String> fieldNames(String query, Long from, Long to, int max) throws QuerySyntaxException, IOException {
        return TimeOrderedScan.fieldNames(index, query, from, to, max);
    }

    @Override
    public Set<String> present(Collection<String> ids) throws IOException {
        return TimelineEntries.present(index, ids);
    }

    @Override
    public boolean inSync(String signature, long expected) throws IOException {
        return TimelineEntries.inSync(index, signature, expected);
    }

    @Override
    public long sync(String signature, List<Curated> curated, Map<String, Marks> marks) throws IOException {
        return TimelineEntries.sync(index, signature, curated, marks);
    }

    @Override
    public String toString() {
        return "the embedded index in " + index.path();
    }
}
