package dev.faultline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.faultline.core.evidence.EvidenceRecord;

/** Searches over real evidence: loghub Linux_2k.log, WinDbg outputs, a STACK_TEXT and Microsoft's csagent fragment. */
class EvidenceIndexSearchTest {

    @TempDir
    static Path tmp;
    static EvidenceIndex index;
    static int records;

    @BeforeAll
    static void build() throws IOException {
        Path data = TestEvidence.dataDir();
        List<EvidenceRecord> all = TestEvidence.all(data);
        records = all.size();
        index = EvidenceIndex.open(tmp.resolve("index"));
        index.add(all.stream(), IndexProgress.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    private static SearchResult search(String query) throws Exception {
        return index.search(query, SearchOptions.defaults().withLimit(5000).withHighlight(false));
    }

    private static long count(String query) throws Exception {
        SearchResult result = search(query);
        assertTrue(result.totalHitsExact());
        return result.totalHits();
    }

    private static Set<String> ids(String query) throws Exception {
        return search(query).hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    @Test
    void everyRecordIsIndexed() throws Exception {
        // 2000 Linux lines + 8 crash summaries + 15 STACK_TEXT lines + 16 lines of the csagent fragment
        assertEquals(2000 + 8 + 15 + 16, records);
        assertEquals(records, index.documentCount());
        assertEquals(records, count(""));
        assertEquals(records, count("*:*"));
    }

    @Test
    void bugcheckCodeInAnyNotation() throws Exception {
        Set<String> hex = ids("bugcheck:0x50");
        assertEquals(Set.of("windbg/ie_0x50_page_fault_in_nonpaged_area.txt#@0"), hex);
        assertEquals(hex, ids("bugcheck:50"));
        assertEquals(hex, ids("bugcheck:0x00000050"));
        assertEquals(hex, ids("bug:0X50"));
        assertEquals(2, count("bugcheck:d1"));
        assertEquals(2, count("bugcheck:0xD1"));
    }

    @Test
    void hexAddressesWithAndWithoutPrefixAndBacktick() throws Exception {
        String line258 = "c3c3c3c3c3c3c3c3#L258";
        assertEquals(Set.of(line258), ids("kind:stack fffff801197f1d1e"));
        assertEquals(Set.of(line258), ids("kind:stack 0xfffff801197f1d1e"));
        assertEquals(Set.of(line258), ids("kind:stack fffff801`197f1d1e"));
        // the crash summary holds it as BUGCHECK_P3
        assertEquals(Set.of("windbg/ie_0x50_page_fault_in_nonpaged_area.txt#@0"), ids("kind:crash fffff801197f1d1e"));
        Set<String> padded = ids("kind:stack 0x00000050");
        assertTrue(padded.contains("c3c3c3c3c3c3c3c3#L255"), padded.toString());
        assertEquals(padded, ids("kind:stack 0x50"));
        assertEquals(padded, ids("kind:stack 50"));
    }

    @Test
    void moduleFunctionOffset() throws Exception {
        assertEquals(10, count("kind:stack nt"));
        assertEquals(5, count("kind:stack Driver"));
        assertEquals(Set.of("c3c3c3c3c3c3c3c3#L258"), ids("kind:stack nt!KiPageFault"));
        assertEquals(Set.of("c3c3c3c3c3c3c3c3#L258"), ids("kind:stack nt!KiPageFault+0x369"));
        // the three crash summaries whose STACK_TEXT has nt!KiPageFault, and the line itself
        assertEquals(4, count("nt!KiPageFault"));
        assertEquals(Set.of("c3c3c3c3c3c3c3c3#L258"), ids("kind:stack KiPageFault"));
        assertEquals(Set.of("c3c3c3c3c3c3c3c3#L259"), ids("kind:stack Driver+0x1d1e"));
        // 'nt !KiPageFault' with a space is still NOT
        assertEquals(0, count("kind:stack KiPageFault !KiPageFault"));
    }

    @Test
    void csagentByModuleNameFileNameAndText() throws Exception {
        // IMAGE_NAME: csagent.sys, MODULE_NAME: csagent, FAULTING_MODULE: fffff80671430000 csagent
        assertEquals(3, count("host:falcon-01 csagent"));
        assertEquals(1, count("csagent.sys"));
        assertEquals(1, count("\"IMAGE_NAME csagent.sys\""));
        assertEquals(Set.of("d4d4d4d4d4d4d4d4#L4"), ids("csagent.sys AND source:ms_blog_csagent_wer_fragment.txt"));
    }

    @Test
    void moduleWithOrWithoutItsFileExtensionFindsTheSame() throws Exception {
        // MODULE_NAME: myfault (IMAGE_NAME myfault.sys): users type either
        Set<String> byName = ids("module:myfault");
        assertEquals(1, byName.size());
        assertEquals(byName, ids("module:myfault.sys"));
        assertEquals(byName, ids("module:MyFault.SYS"));
        assertEquals(ids("module:driver"), ids("module:driver.sys"));
    }

    @Test
    void fileNameWholeAndByPrefix() throws Exception {
        Path dir = tmp.resolve("channel-file");
        try (EvidenceIndex channel = EvidenceIndex.open(dir)) {
            String text = "Deleted C:\\Windows\\System32\\drivers\\CrowdStrike\\C-00000291-00000000-00000032.sys in Safe Mode";
            channel.add(List.of(new EvidenceRecord(Instant.parse("2024-07-19T06:00:00Z"), null, "falcon-01", "timeline", text, Map.of(),
                    null, new dev.faultline.core.evidence.SourceRef("notes.txt", null, 1, -1, null))), IndexProgress.NONE);
            SearchOptions o = SearchOptions.defaults();
            assertEquals(1, channel.search("C-00000291-00000000-00000032.sys", o).totalHits());
            assertEquals(1, channel.search("C-00000291*", o).totalHits());
            assertEquals(1, channel.search("c-00000291*.sys", o).totalHits());
            assertEquals(1, channel.search("00000291", o).totalHits());
            assertEquals(0, channel.search("C-00000292*", o).totalHits());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "host:combo | 2000", "hostname:COMBO | 2000", "computer:combo | 2000",
            "kind:crash | 8", "type:stack | 15", "kind:event | 16",
            "module:driver.sys | 3", "module:driver | 3", "driver:TestDriver | 2", "image:myfault | 1",
            "event:1001 | 16", "eventid:1001 | 16", "provider:Microsoft-Windows-WER-SystemErrorReporting | 16",
            "source:Linux_2k.log | 2000", "source:\"loghub/Linux/Linux_2k.log\" | 2000", "file:ie_0x50* | 16",
            "sha256:a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1 | 2000",
            "tag:windbg | 8", "tags:LAB | 8",
            "bucket:AV_myfault!unknown_function | 1", "failure:AV_* | 4",
            "message:rhost=218.188.2.4 | 14", "msg:\"authentication failure\" | 490", "text:authentication | 536",
            "line:[255 TO 257] AND kind:stack | 3", "line:258 AND kind:stack | 1",
            "id:c3c3c3c3c3c3c3c3#L258 | 1" })
    void fieldAliases(String query, long expected) throws Exception {
        assertEquals(expected, count(query), query);
    }

    @Test
    void levelOfWindowsLog() throws Exception {
        Path dir = tmp.resolve("windows");
        try (EvidenceIndex windows = EvidenceIndex.open(dir)) {
            List<EvidenceRecord> log = TestEvidence.windowsLog(TestEvidence.dataDir());
            windows.add(log.stream(), IndexProgress.NONE);
            long info = log.stream().filter(r -> r.fields().get("level").equals("Info")).count();
            SearchOptions o = SearchOptions.defaults().withFacets(true);
            assertEquals(info, windows.search("level:info", o).totalHits());
            assertEquals(log.size() - info, windows.search("severity:* -level:info", o).totalHits());
            // component is not a typed field, but its values are in the full text: 27 CSI lines and one CBS line naming CSI
            assertEquals(27, log.stream().filter(r -> r.fields().get("component").equals("CSI")).count());
            assertEquals(28, windows.search("CSI", o).totalHits());
            assertEquals(List.of(new FacetValue("update", log.size())), windows.search("", o).facets().get("kind"));
        }
    }

    @Test
    void timeRanges() throws Exception {
        assertEquals(3, count("time:[2005-06-14 TO 2005-06-14]"));
        assertEquals(3, count("time:2005-06-14"));
        assertEquals(2, count("time:[2005-06-14T15:16:02Z TO 2005-06-14T15:16:02Z]"));
        assertEquals(2, count("time:{2005-06-14T15:16:01Z TO 2005-06-15}"));
        assertEquals(2000, count("time:[* TO 2005-12-31]"));
        assertEquals(16, count("time:[2024-07-19T04:00Z TO 2024-07-19T06:00Z]"));
        assertEquals(16, count("timestamp:[2024-07-19T06:00+02:00 TO *]"));
        assertEquals(0, count("time:[2024-07-19T05:27Z TO *]"));
        // records without time (crashes, stack lines) are outside every range
        assertEquals(records - 2000 - 16, count("-time:[* TO *]"));
    }

    @Test
    void badQueriesSayWhereAndWhat() {
        QuerySyntaxException paren = assertThrows(QuerySyntaxException.class, () -> index.search("host:(combo", SearchOptions.defaults()));
        assertEquals(12, paren.column(), paren.getMessage());
        assertTrue(paren.getMessage().contains("expected") && paren.getMessage().contains("')'"), paren.getMessage());
        assertTrue(paren.getMessage().contains("the end of the query"), paren.getMessage());

        QuerySyntaxException unknown = assertThrows(QuerySyntaxException.class, () -> index.search("csagent hots:combo", SearchOptions.defaults()));
        assertEquals(9, unknown.column(), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("unknown field 'hots:'"), unknown.getMessage());

        QuerySyntaxException quote = assertThrows(QuerySyntaxException.class, () -> index.search("\"csagent crash", SearchOptions.defaults()));
        assertTrue(quote.getMessage().contains("quoted phrase"), quote.getMessage());
        assertEquals(1, quote.column(), quote.getMessage());

        QuerySyntaxException date = assertThrows(QuerySyntaxException.class, () -> index.search("time:[2024-13-01 TO *]", SearchOptions.defaults()));
        assertTrue(date.getMessage().contains("2024-13-01") && date.getMessage().contains("column 1"), date.getMessage());

        QuerySyntaxException range = assertThrows(QuerySyntaxException.class, () -> index.search("time:[2024-07-19 TO]", SearchOptions.defaults()));
        assertTrue(range.getMessage().contains("a range bound") && range.getMessage().contains("found ']'"), range.getMessage());
        assertEquals(20, range.column(), range.getMessage());

        QuerySyntaxException and = assertThrows(QuerySyntaxException.class, () -> index.search("csagent AND", SearchOptions.defaults()));
        assertTrue(and.getMessage().contains("expected") && and.getMessage().contains("a search term"), and.getMessage());
        assertTrue(and.pointer().endsWith("           ^"), and.pointer());
    }

    @Test
    void facetCounts() throws Exception {
        SearchResult all = index.search("", SearchOptions.defaults().withFacets(true).withLimit(1));
        assertTrue(all.totalHitsExact());
        Map<String, List<FacetValue>> f = all.facets();
        assertEquals(List.of("host", "kind", "module", "bugcheck", "event", "source"), List.copyOf(f.keySet()));
        assertEquals(new FacetValue("combo", 2000), f.get("host").get(0));
        assertTrue(f.get("host").contains(new FacetValue("falcon-01", 16)), f.get("host").toString());
        assertTrue(f.get("host").contains(new FacetValue("lab-50", 16)), f.get("host").toString());
        assertTrue(f.get("kind").contains(new FacetValue("crash", 8)), f.get("kind").toString());
        assertTrue(f.get("module").contains(new FacetValue("testdriver", 2)), f.get("module").toString());
        assertTrue(f.get("bugcheck").contains(new FacetValue("0xd1", 2)), f.get("bugcheck").toString());
        assertEquals(List.of(new FacetValue("1001", 16)), f.get("event"));
        assertEquals(new FacetValue("loghub/Linux/Linux_2k.log", 2000), f.get("source").get(0));

        SearchResult crashes = index.search("kind:crash", SearchOptions.defaults().withFacets(true));
        assertEquals(8, crashes.totalHits());
        assertEquals(List.of(new FacetValue("crash", 8)), crashes.facets().get("kind"));
        long bugchecks = crashes.facets().get("bugcheck").stream().mapToLong(FacetValue::count).sum();
        assertEquals(8, bugchecks);
    }

    @Test
    void highlightsMarkTheMatchedTokens() throws Exception {
        SearchResult r = index.search("rhost=218.188.2.4 AND \"check pass\"", SearchOptions.defaults().withLimit(100));
        assertEquals(0, r.totalHits());
        SearchResult a = index.search("\"authentication failure\" 218.188.2.4", SearchOptions.defaults().withLimit(3).withSort(SortOrder.TIME));
        SearchHit first = a.hits().get(0);
        assertEquals("a1a1a1a1a1a1a1a1#L1", first.id());
        assertEquals(1, first.highlights().size(), first.highlights().toString());
        assertTrue(first.highlights().get(0).contains("<em>authentication failure</em>"), first.highlights().get(0));
        assertTrue(first.highlights().get(0).contains("rhost=<em>218.188.2.4</em>"), first.highlights().get(0));
        SearchResult stack = index.search("nt!KiPageFault", SearchOptions.defaults().withHighlightTags("[", "]"));
        assertTrue(stack.hits().get(0).highlights().get(0).contains("[nt!KiPageFault+0x369]"), stack.hits().get(0).highlights().toString());
        SearchResult byHost = index.search("host:combo", SearchOptions.defaults().withLimit(1));
        assertEquals(List.of(), byHost.hits().get(0).highlights());
    }

    @Test
    void hitsCarryTheirEvidence() throws Exception {
        SearchHit hit = index.search("id:c3c3c3c3c3c3c3c3#L258", SearchOptions.defaults()).hits().get(0);
        assertEquals("windbg/ie_0x50_page_fault_in_nonpaged_area.txt#stack", hit.source().file());
        assertEquals("c3".repeat(32), hit.source().sha256());
        assertEquals(258, hit.source().line());
        assertTrue(hit.message().endsWith("nt!KiPageFault+0x369"));
        assertEquals(hit.message(), hit.record().rawText());
        SearchHit crash = index.search("bugcheck:0x7e", SearchOptions.defaults()).hits().get(0);
        assertEquals("7e", crash.record().fields().get(EvidenceRecord.Fields.BUGCHECK));
        assertEquals("EvilDriver.sys", crash.record().fields().get(EvidenceRecord.Fields.MODULE));
        assertEquals("Bugcheck 7e in EvilDriver.sys", crash.message());
        assertEquals(java.nio.file.Files.readString(TestEvidence.dataDir().resolve("windbg/ie_0x7e_system_thread_exception_not_handled.txt")),
                crash.record().rawText());
        SearchHit log = index.search("id:a1a1a1a1a1a1a1a1#L1", SearchOptions.defaults()).hits().get(0);
        assertEquals("sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=218.188.2.4 ", log.message());
        assertTrue(log.record().rawText().startsWith("Jun 14 15:16:01 combo sshd(pam_unix)[19939]"), log.record().rawText());
        assertEquals("Jun 14 15:16:01", log.record().timestampText());
        assertNull(crash.timestamp());
        SearchHit event = index.search("host:falcon-01", SearchOptions.defaults().withSort(SortOrder.TIME)).hits().get(0);
        assertEquals(Instant.parse("2024-07-19T04:09:00Z"), event.timestamp());
        assertEquals("FALCON-01", event.host());
    }

    @Test
    void sortByTimeBothWaysAndByRelevance() throws Exception {
        List<SearchHit> asc = index.search("host:combo", SearchOptions.defaults().withSort(SortOrder.TIME).withLimit(2000)).hits();
        for (int i = 1; i < asc.size(); i++) {
            assertFalse(asc.get(i).timestamp().isBefore(asc.get(i - 1).timestamp()), "at " + i);
        }
        assertEquals("a1a1a1a1a1a1a1a1#L1", asc.get(0).id());
        List<SearchHit> desc = index.search("host:combo", SearchOptions.defaults().withSort(SortOrder.TIME_DESC).withLimit(1)).hits();
        assertEquals(asc.get(asc.size() - 1).id(), desc.get(0).id());
        List<SearchHit> relevance = index.search("csagent OR nt", SearchOptions.defaults().withSort(SortOrder.RELEVANCE).withLimit(50)).hits();
        for (int i = 1; i < relevance.size(); i++) {
            assertTrue(relevance.get(i).score() <= relevance.get(i - 1).score(), "at " + i);
        }
        assertTrue(relevance.get(0).score() > 0);
        // records without time come last in both directions
        List<SearchHit> mixed = index.search("", SearchOptions.defaults().withSort(SortOrder.TIME_DESC).withLimit(records)).hits();
        assertNull(mixed.get(mixed.size() - 1).timestamp());
        assertNotNull(mixed.get(0).timestamp());
    }

    @Test
    void pagingWithCursorWalksEveryHitOnce() throws Exception {
        for (SortOrder sort : SortOrder.values()) {
            List<String> oneShot = index.search("authentication OR nt", SearchOptions.defaults().withSort(sort).withLimit(1000).withHighlight(false))
                    .hits().stream().map(SearchHit::id).toList();
            long total = count("authentication OR nt");
            assertTrue(total > 500, "490 authentication lines, 10 'nt' stack lines, crash texts: " + total);
            assertEquals(total, oneShot.size(), sort.name());
            List<String> paged = new ArrayList<>();
            SearchOptions options = SearchOptions.defaults().withSort(sort).withLimit(64).withHighlight(false);
            String cursor = null;
            int pages = 0;
            do {
                SearchResult page = index.search("authentication OR nt", options.after(cursor));
                page.hits().forEach(h -> paged.add(h.id()));
                cursor = page.nextPage();
                pages++;
            } while (cursor != null);
            assertEquals(oneShot, paged, sort.name());
            assertEquals((total + 63) / 64, pages, sort.name());
            assertEquals(total, new HashSet<>(paged).size());
        }
        List<String> byOffset = index.search("host:combo", SearchOptions.defaults().withSort(SortOrder.TIME).withOffset(100).withLimit(10))
                .hits().stream().map(SearchHit::id).toList();
        List<String> all = index.search("host:combo", SearchOptions.defaults().withSort(SortOrder.TIME).withLimit(110)).hits().stream()
                .map(SearchHit::id).toList();
        assertEquals(all.subList(100, 110), byOffset);
        assertThrows(QuerySyntaxException.class, () -> index.search("nt", SearchOptions.defaults().withSort(SortOrder.TIME).after("r.1.2")));
    }
}
