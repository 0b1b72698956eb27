package dev.faultline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/** The doc values and keywords a crash analysis gets in the index, for clustering without loading documents. */
class CrashFieldsTest {

    private static final Instant DUMP = Instant.parse("2024-07-19T04:09:00Z");

    @TempDir
    Path tmp;

    private static EvidenceRecord crash(String host) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(EvidenceRecord.Fields.BUGCHECK, "0x00000050");
        fields.put(EvidenceRecord.Fields.MODULE, "csagent");
        fields.put("imageName", "csagent.sys");
        fields.put(EvidenceRecord.Fields.FAILURE_BUCKET, "AV_R_INVALID_csagent!unknown_function");
        fields.put("symbolName", "csagent+e14ed");
        fields.put("osBuild", "19041.4648");
        fields.put("stack", "csagent+0xe14ed < csagent+0xcdf42 < 0xffffa50f`3c9f3150 < nt!IopLoadDriver+0x4c2 < nt!IopLoadDriver+0x4c2");
        return new EvidenceRecord(DUMP, null, host, "crash", "crash 0x50 in csagent.sys", fields, "raw", new SourceRef(host + ".txt",
                "cd".repeat(32), 1, -1, null));
    }

    @Test
    void aCrashHasItsClusteringFieldsAsDocValuesAndSearchableKeywords() throws Exception {
        Path dir = tmp.resolve("index");
        List<EvidenceRecord> records = new ArrayList<>();
        records.add(crash("WIN-0042"));
        records.add(new EvidenceRecord(DUMP, null, "WIN-0042", "log", "csagent loaded", Map.of(), null, new SourceRef("a.log", null, 1,
                -1, null)));
        try (EvidenceIndex index = EvidenceIndex.open(dir)) {
            index.add(records.stream(), IndexProgress.NONE);
            assertEquals(1, index.search("symbol:\"csagent+e14ed\"", SearchOptions.defaults()).totalHits());
            assertEquals(1, index.search("frame:\"nt!iopLoadDriver\"", SearchOptions.defaults()).totalHits());
            assertEquals(1, index.search("image:csagent.sys", SearchOptions.defaults()).totalHits());
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertEquals(1, reader.leaves().size());
            LeafReader leaf = reader.leaves().get(0).reader();
            int crashDoc = -1;
            SortedDocValues symbol = DocValues.getSorted(leaf, CrashFields.SYMBOL);
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if (symbol.advanceExact(doc)) {
                    assertEquals(-1, crashDoc, "only the crash has crash fields");
                    crashDoc = doc;
                    assertEquals("csagent+e14ed", symbol.lookupOrd(symbol.ordValue()).utf8ToString());
                }
            }
            assertTrue(crashDoc >= 0);
            assertEquals("19041.4648", value(leaf, CrashFields.OS_BUILD, crashDoc));
            assertEquals("csagent", value(leaf, CrashFields.TOP_FRAME, crashDoc));
            assertEquals("csagent.sys", value(leaf, FleetFields.CRASH_IMAGE, crashDoc), "the fleet fields are there too");
            SortedSetDocValues frames = DocValues.getSortedSet(leaf, CrashFields.FRAMES);
            assertTrue(frames.advanceExact(crashDoc));
            List<String> values = new ArrayList<>();
            for (int i = 0; i < frames.docValueCount(); i++) {
                values.add(frames.lookupOrd(frames.nextOrd()).utf8ToString());
            }
            assertEquals(List.of("csagent", "nt!iopLoadDriver".toLowerCase()), values, "offsets and bare addresses left out, each once");
            NumericDocValues time = DocValues.getNumeric(leaf, IndexFields.TIME);
            assertTrue(time.advanceExact(crashDoc));
            assertEquals(DUMP.toEpochMilli(), time.longValue());
            assertFalse(DocValues.getSorted(leaf, CrashFields.TOP_FRAME).advanceExact(crashDoc == 0 ? 1 : 0), "a log line has no crash fields");
        }
    }

    private static String value(LeafReader leaf, String field, int doc) throws java.io.IOException {
        SortedDocValues values = DocValues.getSorted(leaf, field);
        assertTrue(values.advanceExact(doc), field + " missing");
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }

    @Test
    void framesAreTheInnermostSixteenWithoutOffsets() {
        StringBuilder stack = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            stack.append(i == 0 ? "" : " < ").append("mod").append(i).append("!Fn+0x").append(i);
        }
        var frames = new ArrayList<>(CrashFields.frames(stack.toString()));
        assertEquals(CrashFields.MAX_FRAMES, frames.size());
        assertEquals("mod0!fn", frames.get(0));
        assertEquals("mod15!fn", frames.get(15));
    }
}
