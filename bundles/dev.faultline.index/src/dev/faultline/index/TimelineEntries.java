package dev.faultline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.internal.IndexValues;

/**
 * What the investigation model adds to the evidence index, kept in step with the model by the
 * timeline: curated timeline events (records of kind {@value #CURATED}) and the tags and stars
 * analysts put on evidence records (indexed as {@code tag:} and {@code starred:true}, so both
 * Search and the timeline can filter on them).
 * <p>
 * Every document written here carries the signature of the model state it was written from;
 * {@link #inSync} compares it with the model's, so a rebuild or re-import (which replaces these
 * documents by plain evidence records) is noticed and {@link #sync} writes them again.
 */
public final class TimelineEntries {

    /** The kind of a model timeline event in the index. */
    public static final String CURATED = "curated";
    /** Prefix of the index id of a model timeline event: {@code event:<model id>}. */
    public static final String CURATED_ID_PREFIX = "event:";

    /** Indexed, not stored: "1" on every document written here. */
    public static final String MARK = "timeline.entry";
    /** Indexed, not stored: "1" on curated events. */
    public static final String CURATED_MARK = "timeline.curated";
    /** Indexed, not stored: the model signature the document was written from. */
    public static final String SIGNATURE = "timeline.signature";

    /** An analyst's marks on a record or event: indexed tags and star. */
    public record Marks(List<String> tags, boolean starred) {

        public static final Marks NONE = new Marks(List.of(), false);

        public Marks {
            tags = List.copyOf(tags);
        }

        public boolean isEmpty() {
            return tags.isEmpty() && !starred;
        }
    }

    /** A model timeline event as a record, with its index id ({@value #CURATED_ID_PREFIX}...) and marks. */
    public record Curated(String id, EvidenceRecord record, Marks marks) {
    }

    private TimelineEntries() {
    }

    /**
     * The index id of the record at a place of an evidence file (as {@link SearchHit#id()}, without
     * the suffix of a second record at the same place).
     */
    public static String recordId(dev.faultline.core.evidence.SourceRef place) {
        return DocumentMapper.placeId(place);
    }

    /** The ids of {@code ids} that name a record in the index (evidence records, not curated ones). */
    public static Set<String> present(EvidenceIndex index, Collection<String> ids) throws IOException {
        return index.read(searcher -> {
            Set<String> found = new LinkedHashSet<>();
            for (String id : ids) {
                if (searcher.count(new TermQuery(new Term(IndexFields.ID, id))) > 0) {
                    found.add(id);
                }
            }
            return found;
        });
    }

    /**
     * Whether the index holds exactly what {@link #sync} would write for this signature: every
     * written document is still there, none of another signature.
     *
     * @param expected documents {@code sync} writes: curated events plus marked records present in the index
     */
    public static boolean inSync(EvidenceIndex index, String signature, long expected) throws IOException {
        return index.read(searcher -> searcher.count(new TermQuery(new Term(SIGNATURE, signature))) == expected
                && searcher.count(new TermQuery(new Term(MARK, "1"))) == expected);
    }

    /**
     * Makes the index hold these curated events and marks, replacing what an earlier sync wrote,
     * in one commit. Marks of records not in the index are skipped.
     *
     * @return documents written
     */
    public static long sync(EvidenceIndex index, String signature, List<Curated> curated, Map<String, Marks> marks) throws IOException {
        long[] written = new long[1];
        index.edit((writer, mapper, searcher, nextSeq) -> {
            long seq = nextSeq;
            writer.deleteDocuments(new Term(CURATED_MARK, "1"));
            Set<String> earlierMarked = idsOf(searcher, new TermQuery(new Term(MARK, "1")), true);
            Set<String> touched = new LinkedHashSet<>(earlierMarked);
            touched.addAll(marks.keySet());
            for (String id : touched) {
                Marks m = marks.getOrDefault(id, Marks.NONE);
                if (rewrite(writer, mapper, searcher, id, m, signature)) {
                    written[0] += m.isEmpty() ? 0 : 1;
                }
            }
            for (Curated c : curated) {
                Document doc = mapper.toDocument(c.record(), c.id(), seq++);
                addMarks(doc, c.marks(), signature);
                doc.add(new StringField(CURATED_MARK, "1", Store.NO));
                writer.addDocument(doc);
                written[0]++;
            }
            return seq;
        });
        return written[0];
    }

    /** Re-adds the evidence record {@code id} with these marks (none: as plain record); false when it is not in the index. */
    private static boolean rewrite(IndexWriter writer, DocumentMapper mapper, IndexSearcher searcher, String id, Marks marks, String signature)
            throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
        if (found.scoreDocs.length == 0) {
            return false;
        }
        int doc = found.scoreDocs[0].doc;
        Document stored = searcher.storedFields().document(doc);
        if (CURATED.equals(stored.get(IndexFields.KIND)) && id.startsWith(CURATED_ID_PREFIX)) {
            return false; // an earlier curated event: deleted above
        }
        EvidenceRecord record = HitReader.record(stored);
        Document fresh = mapper.toDocument(record, id, seqOf(searcher, doc));
        if (!marks.isEmpty()) {
            addMarks(fresh, marks, signature);
        }
        writer.updateDocument(new Term(IndexFields.ID, id), fresh);
        return true;
    }

    /**
     * A record as {@link #sync} writes it into the embedded index, for another backend: an evidence
     * record with its marks (none: as a plain record), or a curated event.
     *
     * @param seq the record's insertion number (kept when a record is written again with other marks)
     */
    public static IndexedDocument indexed(EvidenceRecord record, String id, long seq, Marks marks, String signature, boolean curated)
            throws IOException {
        return IndexedDocument.of(record, id, seq, doc -> {
            if (curated || !marks.isEmpty()) {
                addMarks(doc, marks, signature);
            }
            if (curated) {
                doc.add(new StringField(CURATED_MARK, "1", Store.NO));
            }
        });
    }

    private static void addMarks(Document doc, Marks marks, String signature) {
        doc.add(new StringField(MARK, "1", Store.NO));
        doc.add(new StringField(SIGNATURE, signature, Store.NO));
        for (String tag : marks.tags()) {
            for (String t : IndexValues.tags(tag)) {
                doc.add(new StringField(IndexFields.TAG, t, Store.NO));
            }
        }
        if (marks.starred()) {
            doc.add(new StringField(IndexFields.STARRED, "true", Store.NO));
        }
    }

    private static long seqOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues seq = leaf.reader().getNumericDocValues(IndexFields.SEQ);
        int local = doc - leaf.docBase;
        return seq != null && seq.advanceExact(local) ? seq.longValue() : 0;
    }

    private static Set<String> idsOf(IndexSearcher searcher, TermQuery query, boolean skipCurated) throws IOException {
        int n = Math.max(1, searcher.count(query));
        TopDocs top = searcher.search(query, n);
        Set<String> ids = new LinkedHashSet<>();
        List<ScoreDoc> docs = new ArrayList<>(List.of(top.scoreDocs));
        for (ScoreDoc d : docs) {
            Document stored = searcher.storedFields().document(d.doc);
            String id = HitReader.id(stored, HitReader.record(stored));
            if (id != null && !(skipCurated && id.startsWith(CURATED_ID_PREFIX))) {
                ids.add(id);
            }
        }
        return ids;
    }
}
