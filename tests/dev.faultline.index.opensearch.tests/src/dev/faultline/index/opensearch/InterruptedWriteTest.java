package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.opensearch.internal.ClusterClient;
import dev.faultline.index.opensearch.internal.EvidenceState;

/**
 * Which evidence files an index holds completely, on both backends, and what an interrupted write
 * leaves on the cluster: a write that fails takes its files' records out; a writer killed mid-write
 * leaves its files marked unfinished, never held, until they are indexed again.
 */
class InterruptedWriteTest {

    private static final String LINUX = "a1".repeat(32);

    @TempDir
    Path tmp;

    @Test
    void heldEvidenceAddAndRemoveAgreeOnBothBackends() throws Exception {
        List<EvidenceRecord> linux = linux();
        LocalCluster cluster = LocalCluster.shared();
        OpenSearchIndex.build(cluster.access(), "held", null, List.<EvidenceRecord>of()::stream, IndexProgress.NONE);
        try (EvidenceIndex embedded = EvidenceIndex.open(tmp.resolve("index"));
                OpenSearchIndex remote = OpenSearchIndex.open(cluster.access(), "held")) {
            for (EvidenceSearch index : List.of(embedded, remote)) {
                assertEquals(Set.of(), index.heldEvidence(), index.toString());
                index.add(linux.stream(), IndexProgress.NONE);
                assertEquals(Set.of(LINUX), index.heldEvidence(), index.toString());
                String empty = "e5".repeat(32);
                index.addEvidence(empty, Stream.empty(), IndexProgress.NONE); // a file without records is held too
                assertEquals(Set.of(LINUX, empty), index.heldEvidence(), index.toString());
                index.removeEvidence(List.of(LINUX.toUpperCase()));
                assertEquals(Set.of(empty), index.heldEvidence(), index.toString());
                assertEquals(0, index.documentCount(), index.toString());
                assertEquals(Set.of(), index.unfinishedEvidence(), index.toString());
            }
        }
    }

    @Test
    void aFailedWriteTakesItsRecordsOutAndHoldsNothingHalfWritten() throws Exception {
        List<EvidenceRecord> linux = linux();
        LocalCluster cluster = LocalCluster.shared();
        OpenSearchIndex.build(cluster.access(), "failed", null, linux::stream, IndexProgress.NONE);
        try (OpenSearchIndex remote = OpenSearchIndex.open(cluster.access(), "failed")) {
            assertEquals(Set.of(LINUX), remote.heldEvidence());
            // the file read again, and the reader fails after a first bulk request of 2,000 records reached the cluster
            Iterator<EvidenceRecord> again = Stream.concat(linux.stream(), linux.stream()).limit(linux.size() + 10).iterator();
            Iterator<EvidenceRecord> failing = new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public EvidenceRecord next() {
                    if (n++ == linux.size() + 10) {
                        throw new IllegalStateException("the reader failed");
                    }
                    return again.next();
                }
            };
            Stream<EvidenceRecord> records = StreamSupport.stream(Spliterators.spliteratorUnknownSize(failing, 0), false);
            assertThrows(IllegalStateException.class, () -> remote.add(records, IndexProgress.NONE));
            // stable ids overwrote the earlier records: the file is taken out entirely and is no longer held, so the
            // investigation's next writer indexes it again; nothing half-written is left searchable
            assertEquals(0, remote.documentCount());
            assertEquals(Set.of(), remote.heldEvidence());
            assertEquals(Set.of(), remote.unfinishedEvidence());
        }
    }

    @Test
    void aWriterKilledMidWriteLeavesItsFileUnfinishedUntilItIsIndexedAgain() throws Exception {
        List<EvidenceRecord> linux = linux();
        LocalCluster cluster = LocalCluster.shared();
        OpenSearchIndex.build(cluster.access(), "killed", null, linux::stream, IndexProgress.NONE);
        try (OpenSearchIndex remote = OpenSearchIndex.open(cluster.access(), "killed")) {
            // what a writer killed after marking the file and sending part of its records leaves behind
            EvidenceState.read(new ClusterClient(cluster.access()), "killed").begin(List.of(LINUX));
            assertEquals(Set.of(LINUX), remote.unfinishedEvidence());
            assertEquals(Set.of(), remote.heldEvidence(), "an unfinished file is never held");
            remote.addEvidence(LINUX, linux.subList(0, 500).stream(), IndexProgress.NONE);
            assertEquals(Set.of(), remote.unfinishedEvidence());
            assertEquals(Set.of(LINUX), remote.heldEvidence());
            assertEquals(500, remote.documentCount(), "indexed again: its earlier records replaced");
        }
    }

    private static List<EvidenceRecord> linux() throws Exception {
        List<EvidenceRecord> linux = ConformanceEvidence.all(ConformanceEvidence.dataDir()).stream()
                .filter(r -> r.source().file().startsWith("loghub/")).toList();
        assertEquals(LINUX, linux.get(0).source().sha256());
        return linux;
    }
}
