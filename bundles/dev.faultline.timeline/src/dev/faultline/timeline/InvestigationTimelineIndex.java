package dev.faultline.timeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import dev.faultline.index.EmbeddedTimelineIndex;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.TimelineIndex;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.index.opensearch.OpenSearchTimelineIndex;
import dev.faultline.index.opensearch.RecordedIndex;
import dev.faultline.model.Investigation;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The index an investigation's timeline reads, opened where the investigation keeps it: its index on
 * an OpenSearch cluster when {@code DIR/opensearch.json} names one ({@link RecordedIndex}; credentials
 * and trust from the environment), else the embedded {@code DIR/index}. Closing it closes the index.
 */
public final class InvestigationTimelineIndex implements Closeable {

    /** Opens the embedded index (e.g. building a missing one from the evidence first). */
    @FunctionalInterface
    public interface EmbeddedOpening {
        EvidenceIndex open(Path indexDir) throws IOException;
    }

    private final TimelineIndex index;
    private final Closeable opened;
    private final RecordedIndex cluster;

    private InvestigationTimelineIndex(TimelineIndex index, Closeable opened, RecordedIndex cluster) {
        this.index = index;
        this.opened = opened;
        this.cluster = cluster;
    }

    /** Opens the investigation's index; the embedded one as it is. */
    public static InvestigationTimelineIndex open(InvestigationFolder folder) throws IOException {
        return open(folder, EvidenceIndex::open, System.getenv());
    }

    /**
     * Opens the investigation's index.
     *
     * @param embedded how the embedded index is opened when the investigation uses it
     * @param environment where the cluster's credentials and trust come from
     * @throws IOException also when the recorded file is not readable or the cluster cannot be used
     *             ({@link dev.faultline.index.opensearch.OpenSearchException} naming what failed)
     */
    public static InvestigationTimelineIndex open(InvestigationFolder folder, EmbeddedOpening embedded, Map<String, String> environment)
            throws IOException {
        RecordedIndex recorded = RecordedIndex.of(folder.root());
        if (recorded != null) {
            OpenSearchIndex index;
            try {
                index = recorded.open(environment);
            } catch (IllegalArgumentException e) {
                throw new IOException(folder.root().resolve(RecordedIndex.FILE) + ": " + e.getMessage(), e);
            }
            return new InvestigationTimelineIndex(new OpenSearchTimelineIndex(index), index, recorded);
        }
        EvidenceIndex index = embedded.open(folder.indexDir());
        return new InvestigationTimelineIndex(new EmbeddedTimelineIndex(index), index, null);
    }

    public TimelineIndex index() {
        return index;
    }

    /** The timeline of the investigation on this index. */
    public Timeline timeline(Investigation investigation) {
        return new Timeline(investigation, index);
    }

    /** The investigation's index on a cluster, or {@code null} when it is the embedded one. */
    public RecordedIndex cluster() {
        return cluster;
    }

    /** Where the rows come from, for a status line: {@code index 'NAME' on URL}, or {@code null} for the embedded index. */
    public String where() {
        return cluster == null ? null : "index '" + cluster.index() + "' on " + cluster.url();
    }

    @Override
    public void close() throws IOException {
        opened.close();
    }
}
