package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;

/**
 * One search contract, two backends: the index bundle's search cases run against the embedded
 * Lucene index and a 3-shard, 1-replica index on a real 3-node OpenSearch cluster holding the same
 * records; hits (ids in order, records, highlights), totals, facet counts and page cursors must be
 * equal (for relevance order: the same hits, since a cluster scores per shard).
 */
class SameHitsOnBothBackendsTest {

    /** Every query of the index bundle's search tests that parses, and a few more (ranges, NOT, wildcards, fuzzy, phrases). */
    static final List<String> QUERIES = List.of("", "*:*", "00000291", "C-00000291*", "C-00000291-00000000-00000032.sys", "C-00000292*",
            "c-00000291*.sys", "CSI", "\"authentication failure\" 218.188.2.4", "authentication OR nt", "csagent OR nt", "bugcheck:0x7e",
            "host:combo", "host:falcon-01", "id:a1a1a1a1a1a1a1a1#L1", "id:c3c3c3c3c3c3c3c3#L258", "kind:crash", "level:info", "nt!KiPageFault",
            "nt", "rhost=218.188.2.4 AND \"check pass\"", "severity:* -level:info", "-time:[* TO *]", "\"IMAGE_NAME csagent.sys\"",
            "bugcheck:0xD1", "bugcheck:d1", "csagent.sys", "host:falcon-01 csagent", "kind:stack Driver", "kind:stack KiPageFault !KiPageFault",
            "kind:stack nt", "time:2005-06-14", "time:[* TO 2005-12-31]", "time:[2005-06-14 TO 2005-06-14]",
            "time:[2005-06-14T15:16:02Z TO 2005-06-14T15:16:02Z]", "time:[2024-07-19T04:00Z TO 2024-07-19T06:00Z]",
            "time:[2024-07-19T05:27Z TO *]", "time:{2005-06-14T15:16:01Z TO 2005-06-15}", "timestamp:[2024-07-19T06:00+02:00 TO *]",
            "bug:0X50", "bugcheck:0x00000050", "bugcheck:0x50", "bugcheck:50", "csagent.sys AND source:ms_blog_csagent_wer_fragment.txt",
            "kind:crash fffff801197f1d1e", "kind:stack 0x00000050", "kind:stack 0x50", "kind:stack 0xfffff801197f1d1e", "kind:stack 50",
            "kind:stack Driver+0x1d1e", "kind:stack KiPageFault", "kind:stack fffff801197f1d1e", "kind:stack fffff801`197f1d1e",
            "kind:stack nt!KiPageFault", "kind:stack nt!KiPageFault+0x369", "module:MyFault.SYS", "module:driver", "module:driver.sys",
            "module:myfault", "module:myfault.sys", "auth*", "sshd?pam_unix*", "authentcation~1", "/sess?ion/", "tag:windbg",
            "source:[a TO m]", "line:[10 TO 20]", "\"session opened\"~2", "kind:note", "csagent -kind:note", "not* OR kind:(crash stack)",
            "host:lab-*", "C-00000291", "remediation");

    @TempDir
    static Path tmp;
    static EvidenceIndex embedded;
    static OpenSearchIndex remote;
    static int records;

    @BeforeAll
    static void build() throws Exception {
        List<EvidenceRecord> all = ConformanceEvidence.all(ConformanceEvidence.dataDir());
        records = all.size();
        LocalCluster cluster = LocalCluster.shared();
        embedded = EvidenceIndex.open(tmp.resolve("index"));
        embedded.add(all.stream(), IndexProgress.NONE);
        OpenSearchIndex.build(cluster.access(), "conformance", new IndexShape(3, 1), all::stream, IndexProgress.NONE);
        remote = OpenSearchIndex.open(cluster.access(), "conformance");
    }

    @AfterAll
    static void close() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
        if (remote != null) {
            remote.close();
        }
    }

    @Test
    void bothHoldEveryRecord() throws Exception {
        assertTrue(records > 2000, "records: " + records);
        assertEquals(records, embedded.documentCount());
        assertEquals(records, remote.documentCount());
        // the cases of the index bundle's search test, on the cluster (equal answers alone could both be empty)
        SearchOptions options = SearchOptions.defaults().withLimit(100);
        assertEquals(4, remote.search("nt!KiPageFault", options).totalHits());
        assertEquals(List.of("windbg/ie_0x50_page_fault_in_nonpaged_area.txt#@0"), ids(remote.search("bugcheck:0x00000050", options)));
        assertEquals(List.of("c3c3c3c3c3c3c3c3#L258"), ids(remote.search("kind:stack fffff801`197f1d1e", options)));
        assertEquals(1, remote.search("c-00000291*.sys", options).totalHits());
        assertEquals(3, remote.search("remediation", options).totalHits());
    }

    @TestFactory
    Stream<DynamicTest> sameHitsTotalsFacetsAndHighlightsNewestFirst() {
        SearchOptions options = SearchOptions.defaults().withLimit(3000).withFacets(true).withHighlightTags("[", "]");
        return QUERIES.stream().map(q -> DynamicTest.dynamicTest("'" + q + "'", () -> assertSame(q, options)));
    }

    @TestFactory
    Stream<DynamicTest> sameHitsOldestFirstWithoutFacets() {
        SearchOptions options = SearchOptions.defaults().withLimit(3000).withSort(SortOrder.TIME).withHighlight(false);
        return QUERIES.stream().map(q -> DynamicTest.dynamicTest("'" + q + "'", () -> assertSame(q, options)));
    }

    @TestFactory
    Stream<DynamicTest> sameHitSetsByRelevance() {
        SearchOptions options = SearchOptions.defaults().withLimit(3000).withSort(SortOrder.RELEVANCE).withHighlight(false);
        return QUERIES.stream().map(q -> DynamicTest.dynamicTest("'" + q + "'", () -> {
            SearchResult a = embedded.search(q, options);
            SearchResult b = remote.search(q, options);
            assertEquals(a.totalHits(), b.totalHits(), "total");
            assertEquals(ids(a).stream().collect(Collectors.toSet()), ids(b).stream().collect(Collectors.toSet()), "hits");
        }));
    }

    private static void assertSame(String query, SearchOptions options) throws Exception {
        SearchResult a = embedded.search(query, options);
        SearchResult b = remote.search(query, options);
        assertEquals(a.totalHits(), b.totalHits(), "total");
        assertEquals(a.totalHitsExact(), b.totalHitsExact(), "total exact");
        assertEquals(ids(a), ids(b), "hit ids in order");
        for (int i = 0; i < a.hits().size(); i++) {
            SearchHit x = a.hits().get(i);
            SearchHit y = b.hits().get(i);
            assertEquals(x.record().timestamp(), y.record().timestamp(), x.id());
            assertEquals(x.record().host(), y.record().host(), x.id());
            assertEquals(x.record().message(), y.record().message(), x.id());
            assertEquals(x.record().rawText(), y.record().rawText(), x.id());
            assertEquals(x.record().fields(), y.record().fields(), x.id());
            assertEquals(x.record().source().file(), y.record().source().file(), x.id());
            assertEquals(x.record().source().line(), y.record().source().line(), x.id());
            assertEquals(x.highlights(), y.highlights(), x.id());
        }
        assertEquals(a.facets(), b.facets(), "facets");
        assertEquals(a.nextPage(), b.nextPage(), "next page cursor");
    }

    @Test
    void pagesByCursorAreTheSameInEveryOrder() throws Exception {
        for (SortOrder sort : SortOrder.values()) {
            for (String query : List.of("authentication OR nt", "", "kind:stack OR kind:note")) {
                List<String> embeddedPages = pages(embedded, query, sort);
                List<String> remotePages = pages(remote, query, sort);
                if (sort == SortOrder.RELEVANCE) {
                    assertEquals(Set.copyOf(embeddedPages), Set.copyOf(remotePages), query + " " + sort);
                    assertEquals(embeddedPages.size(), remotePages.size(), query + " " + sort);
                } else {
                    assertEquals(embeddedPages, remotePages, query + " " + sort);
                }
            }
        }
    }

    /** Every hit id of a query, paged 97 at a time through the cursors. */
    private static List<String> pages(EvidenceSearch index, String query, SortOrder sort) throws Exception {
        List<String> all = new ArrayList<>();
        SearchOptions options = SearchOptions.defaults().withSort(sort).withLimit(97).withHighlight(false);
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            SearchResult result = index.search(query, options.after(cursor));
            all.addAll(ids(result));
            cursor = result.nextPage();
            if (cursor == null) {
                return all;
            }
        }
        throw new AssertionError("more than 100 pages for " + query);
    }

    @Test
    void offsetsAndBadQueriesAnswerTheSame() throws Exception {
        SearchOptions offset = SearchOptions.defaults().withSort(SortOrder.TIME).withOffset(100).withLimit(10);
        assertEquals(ids(embedded.search("host:combo", offset)), ids(remote.search("host:combo", offset)));
        for (String bad : List.of("host:(combo", "csagent hots:combo", "\"csagent crash", "time:[2024-13-01 TO *]", "csagent AND")) {
            QuerySyntaxException x = assertThrows(QuerySyntaxException.class, () -> embedded.search(bad, SearchOptions.defaults()));
            QuerySyntaxException y = assertThrows(QuerySyntaxException.class, () -> remote.search(bad, SearchOptions.defaults()));
            assertEquals(x.getMessage(), y.getMessage(), bad);
        }
        QuerySyntaxException cursor = assertThrows(QuerySyntaxException.class,
                () -> remote.search("nt", SearchOptions.defaults().withSort(SortOrder.TIME).after("r.1.2")));
        assertNotNull(cursor.getMessage());
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }
}
