package dev.faultline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/**
 * The export paths of {@link TimeOrderedScan}: the stored view gives the records {@link SearchHit}
 * gives, and the field names of a query (CSV columns) are the same read from the name-list terms
 * as read from every record's stored fields, also where a segment has no terms or a list is too
 * long for one.
 */
class TimeOrderedScanTest {

    private static final Instant T0 = Instant.parse("2024-07-19T04:00:00Z");

    @TempDir
    Path tmp;

    /** Records of three formats, interleaved in time, one with a name list longer than a term may be, one without fields. */
    private static List<EvidenceRecord> records(int n, String prefix) {
        List<EvidenceRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            switch (i % 3) {
                case 0 -> {
                    fields.put("pid", "" + i);
                    fields.put("facility", "kern");
                }
                case 1 -> {
                    fields.put("EventID", "41");
                    fields.put("Provider", "Kernel-Power");
                    fields.put(prefix + "Data", "a \"quoted\", value\nwith a newline and é");
                }
                default -> fields.put("pid", "" + i);
            }
            if (i == n / 2) {
                for (int k = 0; k < 400; k++) { // 8,800 characters of names: more than one term holds
                    fields.put(prefix + "LongName" + k + "_" + "x".repeat(10), "v" + k);
                }
            }
            if (i == n / 3) {
                fields.clear();
            }
            out.add(new EvidenceRecord(T0.plusSeconds(i * 7L % 1000), "t" + i, "host-" + i % 4, i % 3 == 1 ? "event" : "syslog",
                    "message " + i + (i % 5 == 0 ? "\nsecond line" : ""), fields, i % 4 == 0 ? "raw " + i : null,
                    new SourceRef("f" + i % 2 + ".log", i % 2 == 0 ? "ab".repeat(32) : null, i + 1, i % 3 == 0 ? 10L * i : -1,
                            i % 6 == 0 ? "r" + i : null)));
        }
        return out;
    }

    /** What the columns were before the terms: every matching record's stored fields, decoded, segment by segment. */
    private static Set<String> namesFromEveryRecord(EvidenceIndex index, String query) throws Exception {
        org.apache.lucene.search.Query parsed = index.query(query);
        return index.read(searcher -> {
            Set<String> names = new LinkedHashSet<>();
            Weight weight = searcher.createWeight(searcher.rewrite(parsed), ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator it = scorer.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    Document doc = leaf.reader().storedFields().document(d);
                    if (doc.getField(IndexFields.TIME) != null) {
                        names.addAll(DocumentMapper.decodeFields(doc.get(IndexFields.FIELDS)).keySet());
                    }
                }
            }
            return names;
        });
    }

    private static boolean everySegmentHasNameTerms(EvidenceIndex index) throws Exception {
        return index.read(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(FieldNameTerms.FIELD);
                if (terms == null) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void fieldNamesFromTermsAreThoseOfEveryRecordInFirstSeenOrder() throws Exception {
        try (EvidenceIndex index = EvidenceIndex.open(tmp.resolve("index"))) {
            index.add(records(300, "A").stream(), IndexProgress.NONE);
            index.add(records(90, "B").stream().map(r -> new EvidenceRecord(r.timestamp(), r.timestampText(), r.host(), r.kind(), r.message(),
                    r.fields(), r.rawText(), new SourceRef("second.log", null, r.source().line(), -1, null))), IndexProgress.NONE);
            assertTrue(everySegmentHasNameTerms(index));
            for (String query : List.of("", "host:host-1", "kind:event", "message")) {
                List<String> expected = List.copyOf(namesFromEveryRecord(index, query));
                assertEquals(expected, List.copyOf(TimeOrderedScan.fieldNames(index, query, null, null, 1000)), query);
                assertEquals(expected.subList(0, Math.min(5, expected.size())), List.copyOf(TimeOrderedScan.fieldNames(index, query, null, null, 5)), "at most max names");
            }
            Set<String> all = TimeOrderedScan.fieldNames(index, "", null, null, 1000);
            assertTrue(all.contains("ALongName399_xxxxxxxxxx") && all.contains("BData"), "the too-long list is read from the stored fields");
        }
    }

    @Test
    void aSegmentWrittenWithoutNameTermsIsReadFromItsStoredFields() throws Exception {
        try (EvidenceIndex index = EvidenceIndex.open(tmp.resolve("index"))) {
            index.add(records(60, "A").stream(), IndexProgress.NONE);
            List<EvidenceRecord> legacy = records(30, "Old");
            index.edit((writer, mapper, searcher, nextSeq) -> {
                long seq = nextSeq;
                for (EvidenceRecord r : legacy) {
                    Document doc = mapper.toDocument(r, "legacy#" + seq, seq);
                    doc.removeFields(FieldNameTerms.FIELD);
                    writer.addDocument(doc);
                    seq++;
                }
                return seq;
            });
            assertEquals(90, index.documentCount());
            Set<String> names = TimeOrderedScan.fieldNames(index, "", null, null, 1000);
            assertEquals(List.copyOf(namesFromEveryRecord(index, "")), List.copyOf(names));
            assertTrue(names.contains("OldData"), names.toString());
        }
    }

    @Test
    void theStoredViewGivesTheRecordsOfTheScanInTimeOrder() throws Exception {
        try (EvidenceIndex index = EvidenceIndex.open(tmp.resolve("index"))) {
            index.add(records(120, "A").stream(), IndexProgress.NONE);
            for (boolean newestFirst : new boolean[] { false, true }) {
                List<String> fromRecords = new ArrayList<>();
                TimeOrderedScan.scan(index, "", null, null, newestFirst, (id, r) -> fromRecords.add(id + " " + r));
                List<String> fromHits = new ArrayList<>();
                for (SearchHit hit : index.search("", SearchOptions.defaults().withLimit(SearchOptions.MAX_LIMIT).withHighlight(false)
                        .withSort(newestFirst ? SortOrder.TIME_DESC : SortOrder.TIME)).hits()) {
                    fromHits.add(hit.id() + " " + hit.record());
                }
                assertEquals(fromHits, fromRecords, "the records of a scan are those of a search, in the same order");
                List<String> views = new ArrayList<>();
                long n = TimeOrderedScan.scanStored(index, "host:host-2", null, null, newestFirst, r -> {
                    FieldSpans f = r.fields();
                    StringBuilder s = new StringBuilder(r.id()).append(' ').append(r.text(), r.messageStart(), r.messageEnd());
                    for (int i = 0; i < f.count(); i++) {
                        s.append(' ').append(f.source(), f.nameStart(i), f.nameEnd(i)).append('=').append(f.source(), f.valueStart(i), f.valueEnd(i));
                    }
                    views.add(s.toString());
                    return views.size() < 10;
                });
                assertEquals(10, n, "the visitor stops the scan");
                List<String> expected = new ArrayList<>();
                TimeOrderedScan.scan(index, "host:host-2", null, null, newestFirst, (id, r) -> {
                    StringBuilder s = new StringBuilder(id).append(' ').append(r.message());
                    r.fields().forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
                    expected.add(s.toString());
                    return expected.size() < 10;
                });
                assertEquals(expected, views);
                assertFalse(views.isEmpty());
            }
        }
    }
}
