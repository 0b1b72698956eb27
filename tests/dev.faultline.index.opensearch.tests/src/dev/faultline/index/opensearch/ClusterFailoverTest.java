package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;

/**
 * Nodes may fail: an investigation indexed into 3 shards with a replica each on a 3-node cluster,
 * one node killed with SIGKILL — the same totals and facet counts; the node started again — every
 * record still there, and the cluster green.
 */
class ClusterFailoverTest {

    private static final List<String> QUERIES = List.of("", "kind:crash", "authentication OR nt", "host:combo", "csagent.sys",
            "time:[2005-06-14 TO 2005-06-20]", "bugcheck:0x50");

    @Test
    void sameTotalsWithANodeKilledAndNothingLostAfterItsRestart() throws Exception {
        List<EvidenceRecord> all = ConformanceEvidence.all(ConformanceEvidence.dataDir());
        LocalCluster cluster = LocalCluster.shared();
        OpenSearchIndex.build(cluster.access(), "failover", new IndexShape(3, 1), all::stream, IndexProgress.NONE);
        try (OpenSearchIndex index = OpenSearchIndex.open(cluster.access(), "failover")) {
            Map<String, SearchResult> before = answers(index);
            List<String> everyId = everyId(index);
            assertEquals(all.size(), everyId.size());
            try {
                cluster.kill(2);
                Map<String, SearchResult> withNodeDown = answers(index);
                for (String q : QUERIES) {
                    assertEquals(before.get(q).totalHits(), withNodeDown.get(q).totalHits(), "total of '" + q + "' with node 2 down");
                    assertEquals(before.get(q).facets(), withNodeDown.get(q).facets(), "facets of '" + q + "' with node 2 down");
                }
                assertEquals(all.size(), index.documentCount());
            } finally {
                cluster.start(); // node 2 again; waits until green
            }
            Map<String, SearchResult> after = answers(index);
            for (String q : QUERIES) {
                assertEquals(before.get(q).totalHits(), after.get(q).totalHits(), "total of '" + q + "' after the restart");
            }
            assertEquals(everyId, everyId(index), "every record after the restart");
            assertTrue(index.documentCount() == all.size());
        }
    }

    private static Map<String, SearchResult> answers(OpenSearchIndex index) throws Exception {
        Map<String, SearchResult> answers = new LinkedHashMap<>();
        for (String q : QUERIES) {
            answers.put(q, index.search(q, SearchOptions.defaults().withFacets(true).withLimit(10)));
        }
        return answers;
    }

    private static List<String> everyId(OpenSearchIndex index) throws Exception {
        return index.search("", SearchOptions.defaults().withSort(SortOrder.TIME).withLimit(5000).withHighlight(false)).hits().stream()
                .map(SearchHit::id).toList();
    }
}
