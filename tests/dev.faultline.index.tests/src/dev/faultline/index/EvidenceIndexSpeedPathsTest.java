package dev.faultline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.internal.EvidenceAnalyzers;

/**
 * What makes searches fast on millions of records: segments sorted newest first, facets estimated
 * from a sample above {@link SearchOptions#facetSample()} hits, and the rebuild of indexes written
 * in an older layout.
 */
class EvidenceIndexSpeedPathsTest {

    private static final Instant T0 = Instant.parse("2024-07-19T04:00:00Z");

    @TempDir
    Path tmp;

    /** {@code n} records; host-0 has half of them, host-1 … host-9 share the rest. */
    private static List<EvidenceRecord> records(int n) {
        List<EvidenceRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String host = i % 2 == 0 ? "host-0" : "host-" + (1 + (i / 2) % 9);
            out.add(new EvidenceRecord(T0.plusSeconds(i % 5000), null, host, "log", "csagent event " + i, Map.of(), null,
                    new SourceRef("fleet.log", "ab".repeat(32), i + 1, -1, null)));
        }
        return out;
    }

    @Test
    void segmentsAreSortedNewestFirstSoTheFirstPageStopsEarly() throws Exception {
        Path dir = tmp.resolve("index");
        try (EvidenceIndex index = EvidenceIndex.open(dir)) {
            index.add(records(30_000).stream(), IndexProgress.NONE);
            SearchResult newest = index.search("csagent", SearchOptions.defaults().withLimit(3).withHighlight(false));
            assertFalse(newest.totalHitsExact(), "a newest-first page of 30,000 hits does not count them all");
            assertTrue(newest.totalHits() >= 10_000 && newest.totalHits() <= 30_000, "" + newest.totalHits());
            assertEquals(T0.plusSeconds(4999), newest.hits().get(0).timestamp());
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            Sort expected = new Sort(PageCursor.sortFields(SortOrder.TIME_DESC));
            for (LeafReaderContext leaf : reader.leaves()) {
                assertEquals(expected, leaf.reader().getMetaData().sort());
            }
        }
    }

    @Test
    void facetsAreEstimatedFromASampleAboveTheLimitAndExactOnRequest() throws Exception {
        List<EvidenceRecord> all = records(40_000);
        Map<String, Long> truth = all.stream().collect(Collectors.groupingBy(EvidenceRecord::host, Collectors.counting()));
        try (EvidenceIndex index = EvidenceIndex.open(tmp.resolve("index"))) {
            index.add(all.stream(), IndexProgress.NONE);
            SearchOptions sampled = SearchOptions.defaults().withLimit(5).withFacets(true).withFacetSample(8_000);
            SearchResult estimate = index.search("csagent", sampled);
            assertTrue(estimate.facetsSampled());
            assertEquals(0.2, estimate.facetSampleRate(), 0.02, "about 8,000 of 40,000 hits drawn");
            assertEquals(List.of(new FacetValue("log", 40_000)), estimate.facets().get("kind"), "a value of every hit is estimated as the total");
            assertEquals(40_000, estimate.totalHits(), "the total stays exact");
            assertTrue(estimate.totalHitsExact());
            assertEquals(5, estimate.hits().size());
            List<FacetValue> hosts = estimate.facets().get("host");
            assertEquals("host-0", hosts.get(0).value(), hosts.toString());
            for (FacetValue v : hosts) {
                long expected = truth.get(v.value());
                assertEquals(expected, v.count(), expected * 0.15, v + " vs " + expected);
            }
            assertEquals(hosts, index.search("csagent", sampled).facets().get("host"), "the same query samples the same hits");

            SearchResult exact = index.search("csagent", sampled.withFacetSample(0));
            assertFalse(exact.facetsSampled());
            assertEquals(1.0, exact.facetSampleRate());
            for (FacetValue v : exact.facets().get("host")) {
                assertEquals(truth.get(v.value()), v.count(), v.value());
            }
            assertEquals(List.of(new FacetValue("log", 40_000)), exact.facets().get("kind"));

            SearchResult fewHits = index.search("host:host-3", sampled);
            assertFalse(fewHits.facetsSampled(), "below the limit facets are exact");
            assertEquals(List.of(new FacetValue("host-3", truth.get("host-3"))), fewHits.facets().get("host"));
        }
    }

    @Test
    void anIndexOfAnOlderLayoutIsRebuiltOrRefusedWithAClearMessage() throws Exception {
        Path dir = tmp.resolve("index");
        try (IndexWriter old = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(EvidenceAnalyzers.index()))) {
            old.addDocument(new org.apache.lucene.document.Document());
            old.setLiveCommitData(Map.of("faultline.nextSeq", "1", "faultline.indexFormat", "1").entrySet());
            old.commit();
        }
        IndexDamagedException refused = assertThrows(IndexDamagedException.class, () -> EvidenceIndex.open(dir));
        assertTrue(refused.getMessage().contains("older Faultline") && refused.getMessage().contains("faultline index"),
                refused.getMessage());
        List<EvidenceRecord> source = records(100);
        try (EvidenceIndex rebuilt = EvidenceIndex.open(dir, source::stream, IndexProgress.NONE, Verification.OPEN)) {
            assertEquals(OpenOutcome.REBUILT_OUTDATED, rebuilt.openOutcome());
            assertEquals(100, rebuilt.documentCount());
        }
        try (EvidenceIndex reopened = EvidenceIndex.open(dir)) {
            assertEquals(OpenOutcome.OPENED, reopened.openOutcome());
            assertEquals(100, reopened.search("csagent", SearchOptions.defaults()).totalHits());
        }
    }

    /** The one-off search's open (positional reads, no mapping) finds what the usual open finds, and refuses what it refuses. */
    @Test
    void anIndexOpenedForOneSearchAnswersLikeTheMappedOne() throws Exception {
        Path dir = tmp.resolve("index");
        try (EvidenceIndex index = EvidenceIndex.open(dir)) {
            index.add(records(3_000).stream(), IndexProgress.NONE);
        }
        SearchOptions options = SearchOptions.defaults().withLimit(50).withFacets(true);
        SearchResult mapped;
        try (EvidenceIndex index = EvidenceIndex.open(dir)) {
            mapped = index.search("host:host-3 AND csagent", options);
        }
        try (EvidenceIndex once = EvidenceIndex.openForOneSearch(dir)) {
            assertEquals(OpenOutcome.OPENED, once.openOutcome());
            SearchResult read = once.search("host:host-3 AND csagent", options);
            assertEquals(mapped.totalHits(), read.totalHits());
            assertTrue(read.totalHits() > 0);
            assertEquals(mapped.hits().stream().map(SearchHit::id).toList(), read.hits().stream().map(SearchHit::id).toList());
            assertEquals(mapped.hits().stream().map(SearchHit::highlights).toList(), read.hits().stream().map(SearchHit::highlights).toList());
            assertEquals(mapped.facets(), read.facets());
        }
        try (IndexWriter old = new IndexWriter(FSDirectory.open(tmp.resolve("old")), new IndexWriterConfig(EvidenceAnalyzers.index()))) {
            old.addDocument(new org.apache.lucene.document.Document());
            old.setLiveCommitData(Map.of("faultline.nextSeq", "1", "faultline.indexFormat", "1").entrySet());
            old.commit();
        }
        IndexDamagedException refused = assertThrows(IndexDamagedException.class, () -> EvidenceIndex.openForOneSearch(tmp.resolve("old")));
        assertTrue(refused.getMessage().contains("index format 1"), refused.getMessage());
    }
}
