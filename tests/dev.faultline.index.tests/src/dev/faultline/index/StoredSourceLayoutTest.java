package dev.faultline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/**
 * The stored fields of index format 5: a record's evidence file is one binary value shared by the
 * file's records (no per-record strings for its SHA-256 and path), and the hit id is stored only when
 * it is not the record's place in its file; every reader gives the records and ids of before.
 */
class StoredSourceLayoutTest {

    private static final String SHA = "CD".repeat(32);

    @TempDir
    Path tmp;

    private static EvidenceRecord line(String file, String sha, long line, String message) {
        return new EvidenceRecord(Instant.parse("2024-07-19T04:09:00Z").plusSeconds(line), null, "host-1", "log", message, Map.of(), null,
                new SourceRef(file, sha, line, -1, null));
    }

    @Test
    void aRecordsFileIsOneSharedValueAndItsIdIsStoredOnlyWhenItIsNotItsPlace() throws Exception {
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.newFacetsConfig());
        EvidenceRecord first = line("evidence/messages", SHA, 1, "sshd started");
        EvidenceRecord second = line("evidence/messages", SHA, 2, "sshd stopped");
        Document a = mapper.toDocument(first, DocumentMapper.placeId(first.source()), 0);
        Document b = mapper.toDocument(second, DocumentMapper.placeId(second.source()) + ".2", 1);
        assertSame(a.getField(DocumentMapper.SOURCE_REF).binaryValue().bytes, b.getField(DocumentMapper.SOURCE_REF).binaryValue().bytes,
                "the records of one file share one array");
        assertEquals(List.of(), stored(a, IndexFields.SHA256, IndexFields.SOURCE, IndexFields.ID), "no per-record strings for the file or a place id");
        assertEquals(List.of(IndexFields.ID), stored(b, IndexFields.SHA256, IndexFields.SOURCE, IndexFields.ID), "an id with a suffix is stored");
        assertEquals(new SourceRef("evidence/messages", SHA.toLowerCase(), 1, -1, null), HitReader.record(a).source());
        String[] pathOnly = DocumentMapper.decodeSourceRef("\nnotes.txt".getBytes(), 0, 10);
        assertNull(pathOnly[0]);
        assertEquals("notes.txt", pathOnly[1]);
    }

    @Test
    void hitsStoredScansAndIdQueriesGiveTheRecordsAndIdsOfBefore() throws Exception {
        List<EvidenceRecord> records = List.of(line("evidence/messages", SHA.toLowerCase(), 1, "sshd started"),
                line("evidence/messages", SHA.toLowerCase(), 2, "sshd stopped"),
                // a second record at the same place: its id has a suffix
                line("evidence/messages", SHA.toLowerCase(), 2, "sshd stopped again"),
                // a file without a SHA-256: found by its path
                line("notes.txt", null, 7, "sshd noted"));
        try (EvidenceIndex index = EvidenceIndex.open(tmp.resolve("index"))) {
            // and a record without any file: its id ("unknown") is stored
            EvidenceRecord unsourced = new EvidenceRecord(Instant.parse("2024-07-19T05:00:00Z"), null, null, "log", "sshd unsourced",
                    Map.of(), null, null);
            index.add(java.util.stream.Stream.concat(records.stream(), java.util.stream.Stream.of(unsourced)), IndexProgress.NONE);
            SearchResult hits = index.search("sshd -unsourced", SearchOptions.defaults().withSort(SortOrder.TIME).withLimit(10));
            assertEquals(records, hits.hits().stream().map(SearchHit::record).toList());
            assertEquals("unknown", index.search("unsourced", SearchOptions.defaults()).hits().get(0).id());
            String place = SHA.toLowerCase().substring(0, 16);
            List<String> ids = List.of(place + "#L1", place + "#L2", place + "#L2.2", "notes.txt#L7");
            assertEquals(ids, hits.hits().stream().map(SearchHit::id).toList());
            for (String id : ids) {
                assertEquals(1, index.search("id:\"" + id + "\"", SearchOptions.defaults()).totalHits(), id);
            }
            assertEquals(1, index.search("source:notes.txt", SearchOptions.defaults()).totalHits());

            List<String> scanned = new ArrayList<>();
            List<EvidenceRecord> read = new ArrayList<>();
            TimeOrderedScan.scanStored(index, "sshd -unsourced", null, null, false, r -> {
                scanned.add(r.id());
                read.add(r.toRecord());
                return true;
            });
            assertEquals(ids, scanned);
            assertEquals(records, read);
        }
    }

    private static List<String> stored(Document doc, String... names) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            for (IndexableField field : doc.getFields(name)) {
                if (field.fieldType().stored()) {
                    found.add(name);
                }
            }
        }
        return found;
    }
}
