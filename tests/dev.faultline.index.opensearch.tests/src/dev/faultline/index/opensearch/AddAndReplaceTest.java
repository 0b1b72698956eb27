package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SortOrder;

/** {@code add} on both backends: records of an evidence file added again replace the earlier ones, as in the embedded index. */
class AddAndReplaceTest {

    @TempDir
    Path tmp;

    @Test
    void addingAnEvidenceFileAgainReplacesItsRecordsOnBothBackends() throws Exception {
        List<EvidenceRecord> all = ConformanceEvidence.all(ConformanceEvidence.dataDir());
        List<EvidenceRecord> linux = all.stream().filter(r -> r.source().file().startsWith("loghub/")).toList();
        List<EvidenceRecord> rest = all.stream().filter(r -> !r.source().file().startsWith("loghub/")).toList();
        LocalCluster cluster = LocalCluster.shared();
        OpenSearchIndex.build(cluster.access(), "added", null, linux::stream, IndexProgress.NONE);
        try (EvidenceIndex embedded = EvidenceIndex.open(tmp.resolve("index"));
                OpenSearchIndex remote = OpenSearchIndex.open(cluster.access(), "added")) {
            embedded.add(linux.stream(), IndexProgress.NONE);
            for (EvidenceSearch index : List.of(embedded, remote)) {
                assertEquals(rest.size(), index.add(rest.stream(), IndexProgress.NONE).recordsAdded());
                assertEquals(all.size(), index.documentCount());
                // the Linux log again, its first 100 lines only: its 2,000 earlier records are replaced
                assertEquals(100, index.add(linux.subList(0, 100).stream(), IndexProgress.NONE).recordsAdded());
                assertEquals(rest.size() + 100, index.documentCount());
            }
            SearchOptions options = SearchOptions.defaults().withSort(SortOrder.TIME).withLimit(1000).withHighlight(false);
            for (String q : List.of("", "host:combo", "kind:crash", "authentication")) {
                assertEquals(embedded.search(q, options).hits().stream().map(SearchHit::id).toList(),
                        remote.search(q, options).hits().stream().map(SearchHit::id).toList(), q);
            }
        }
    }
}
