package dev.faultline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The list of a record's own field names, indexed as one term per record (not stored), so the
 * names of the records of a query — the columns of a CSV export, needed before its first row —
 * are read from the terms of each segment and the first matching record of each, instead of from
 * every record's stored fields. A segment where not every record has the term (written before
 * it existed) is read from its stored fields, as is a record whose list is too long for a term.
 */
final class FieldNameTerms {

    /** Indexed, not stored: the record's field names, each followed by {@value #END}. */
    static final String FIELD = "fieldnames";
    private static final char END = '\u001f';
    /** The term of a record whose list is longer than {@link #MAX_CHARS}: its names are read from its stored fields. */
    private static final String TOO_LONG = "\u0001";
    private static final int MAX_CHARS = 8000;

    private FieldNameTerms() {
    }

    /** Adds the term of {@code fields} (names as the stored field string keeps them) to a record's document. */
    static void add(Document doc, Map<String, String> fields) {
        String term = term(fields);
        doc.add(new StringField(FIELD, term == null ? TOO_LONG : term, Store.NO));
    }

    /** The term of {@code fields}, or {@code null} when the list is longer than {@link #MAX_CHARS}. */
    static String term(Map<String, String> fields) {
        StringBuilder list = new StringBuilder();
        for (String name : fields.keySet()) {
            list.append(DocumentMapper.clean(name)).append(END);
            if (list.length() > MAX_CHARS) {
                return null;
            }
        }
        return list.toString();
    }

    /** The names of a term, in order. */
    static List<String> names(String term) {
        List<String> names = new ArrayList<>();
        int start = 0;
        for (int end = term.indexOf(END); end >= 0; end = term.indexOf(END, start)) {
            names.add(term.substring(start, end));
            start = end + 1;
        }
        return names;
    }

    /** The term of records whose list is too long for one. */
    static String tooLong() {
        return TOO_LONG;
    }

    /**
     * The field names of the records of {@code weight}'s query, in first-seen order (segment by
     * segment, record by record), as {@link FieldNameCollector} gathers them from every record.
     */
    static Set<String> collect(IndexSearcher searcher, Weight weight, int max) throws IOException {
        FieldNameCollector names = new FieldNameCollector(max);
        StoredFieldVisitor visitor = names.visitor();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet matching = TimeOrderedScan.matching(weight, leaf);
            if (matching == null) {
                continue;
            }
            Terms terms = leaf.reader().terms(FIELD);
            if (terms == null || !coversEveryRecord(terms, leaf.reader().maxDoc())) {
                readStored(leaf, matching, visitor);
            } else {
                readTerms(leaf, terms, matching, names, visitor);
            }
        }
        return names.names();
    }

    private static boolean coversEveryRecord(Terms terms, int maxDoc) throws IOException {
        long docs = 0;
        TermsEnum it = terms.iterator();
        while (it.next() != null) {
            docs += it.docFreq();
        }
        return docs == maxDoc;
    }

    /** One list: the first matching record of its term (or a record whose list is only stored). */
    private record First(int doc, String list) {
    }

    private static void readTerms(LeafReaderContext leaf, Terms terms, FixedBitSet matching, FieldNameCollector names, StoredFieldVisitor visitor)
            throws IOException {
        List<First> firsts = new ArrayList<>();
        TermsEnum it = terms.iterator();
        PostingsEnum postings = null;
        BytesRef tooLong = new BytesRef(TOO_LONG);
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            boolean stored = term.bytesEquals(tooLong);
            String list = stored ? null : term.utf8ToString();
            postings = it.postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (matching.get(d)) {
                    firsts.add(new First(d, list));
                    if (!stored) {
                        break;
                    }
                }
            }
        }
        firsts.sort(Comparator.comparingInt(First::doc));
        StoredFieldsReader sequential = null;
        for (First first : firsts) {
            if (first.list() != null) {
                names.addList(first.list(), END);
            } else {
                if (sequential == null) {
                    sequential = TimeOrderedScan.sequentialReader(leaf.reader());
                }
                readStored(leaf, sequential, first.doc(), visitor);
            }
        }
    }

    private static void readStored(LeafReaderContext leaf, FixedBitSet matching, StoredFieldVisitor visitor) throws IOException {
        StoredFieldsReader sequential = TimeOrderedScan.sequentialReader(leaf.reader());
        for (int d = matching.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS; d = d + 1 < matching.length()
                ? matching.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            readStored(leaf, sequential, d, visitor);
        }
    }

    private static void readStored(LeafReaderContext leaf, StoredFieldsReader sequential, int doc, StoredFieldVisitor visitor) throws IOException {
        if (sequential != null) {
            sequential.document(doc, visitor);
        } else {
            leaf.reader().storedFields().document(doc, visitor);
        }
    }
}
