package dev.faultline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

import dev.faultline.core.evidence.EvidenceRecord;

/**
 * Every timed record of a query in time order, read one at a time (exports of millions of
 * records never hold them in memory). Segments are sorted newest first, so each segment is read
 * forwards (newest first) or backwards (oldest first) and the segments are merged by time; only
 * a bit set of the matching documents per segment is kept. Stored fields are read through the
 * codec's sequential ("merge") reader, which decompresses each block once.
 */
public final class TimeOrderedScan {

    /** Receives the records; returns {@code false} to stop. */
    @FunctionalInterface
    public interface Visitor {
        boolean visit(String id, EvidenceRecord record) throws IOException;
    }

    private TimeOrderedScan() {
    }

    /**
     * Visits the timed records of {@code queryText} with a time in [from, to] (either bound may be
     * {@code null}), oldest or newest first.
     *
     * @return records visited
     * @throws QuerySyntaxException when the query cannot be parsed
     */
    public static long scan(EvidenceIndex index, String queryText, Long from, Long to, boolean newestFirst, Visitor visitor)
            throws QuerySyntaxException, IOException {
        Query query = timed(index, queryText, from, to);
        return index.read(searcher -> merge(searcher, query, newestFirst, visitor));
    }

    private static Query timed(EvidenceIndex index, String queryText, Long from, Long to) throws QuerySyntaxException {
        Query parsed = index.query(queryText == null ? "" : queryText);
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parsed, Occur.FILTER);
        if (from != null || to != null) {
            builder.add(LongPoint.newRangeQuery(IndexFields.TIME, from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to),
                    Occur.FILTER);
        } else {
            builder.add(new FieldExistsQuery(IndexFields.TIME), Occur.FILTER);
        }
        return builder.build();
    }

    private static long merge(IndexSearcher searcher, Query query, boolean newestFirst, Visitor visitor) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        PriorityQueue<SegmentCursor> heads = new PriorityQueue<>((a, b) -> {
            int byTime = Long.compare(a.time, b.time);
            return (newestFirst ? -byTime : byTime) != 0 ? (newestFirst ? -byTime : byTime) : Integer.compare(a.ord, b.ord);
        });
        List<SegmentCursor> cursors = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet matching = matching(weight, leaf);
            if (matching == null) {
                continue;
            }
            SegmentCursor cursor = new SegmentCursor(leaf, matching, newestFirst);
            cursors.add(cursor);
            if (cursor.advance()) {
                heads.add(cursor);
            }
        }
        long visited = 0;
        try {
            while (!heads.isEmpty()) {
                SegmentCursor head = heads.poll();
                visited++;
                if (!visitor.visit(head.doc.get(IndexFields.ID), HitReader.record(head.doc))) {
                    break;
                }
                if (head.advance()) {
                    heads.add(head);
                }
            }
        } finally {
            cursors.clear();
        }
        return visited;
    }

    private static FixedBitSet matching(Weight weight, LeafReaderContext leaf) throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return null;
        }
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        FixedBitSet bits = new FixedBitSet(reader.maxDoc());
        DocIdSetIterator it = scorer.iterator();
        boolean any = false;
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (live == null || live.get(doc)) {
                bits.set(doc);
                any = true;
            }
        }
        return any ? bits : null;
    }

    /**
     * The names of the fields ({@link dev.faultline.core.evidence.EvidenceRecord#fields()}) of the
     * records {@link #scan} would visit, in first-seen order, reading only that stored field: the
     * columns of a CSV export, known before its first row.
     *
     * @param max names kept at most
     */
    public static java.util.Set<String> fieldNames(EvidenceIndex index, String queryText, Long from, Long to, int max)
            throws QuerySyntaxException, IOException {
        Query query = timed(index, queryText, from, to);
        return index.read(searcher -> {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
            java.util.Set<String> seenEncodings = new java.util.HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FixedBitSet matching = matching(weight, leaf);
                if (matching == null) {
                    continue;
                }
                StoredFieldsReader sequential = sequentialReader(leaf.reader());
                org.apache.lucene.index.StoredFieldVisitor onlyFields = new org.apache.lucene.index.StoredFieldVisitor() {
                    @Override
                    public Status needsField(org.apache.lucene.index.FieldInfo field) {
                        return IndexFields.FIELDS.equals(field.name) ? Status.YES : Status.NO;
                    }

                    @Override
                    public void stringField(org.apache.lucene.index.FieldInfo field, String value) {
                        // records of one format repeat one key list: add each distinct list once
                        java.util.Set<String> keys = DocumentMapper.decodeFields(value).keySet();
                        if (names.size() < max && seenEncodings.add(String.join("\u0000", keys))) {
                            for (String key : keys) {
                                if (names.size() < max) {
                                    names.add(key);
                                }
                            }
                        }
                    }
                };
                for (int d = matching.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS; d = d + 1 < matching.length()
                        ? matching.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                    if (sequential != null) {
                        sequential.document(d, onlyFields);
                    } else {
                        leaf.reader().storedFields().document(d, onlyFields);
                    }
                }
            }
            return names;
        });
    }

    /**
     * The ceiling of any export: every live document of the index read through Lucene's stored
     * fields, nothing else done with it (the sequential reader when the codec offers one).
     *
     * @return documents read
     */
    public static long storedFieldsScan(EvidenceIndex index) throws IOException {
        return index.read(searcher -> {
            long n = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFieldsReader sequential = sequentialReader(leaf.reader());
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor();
                    if (sequential != null) {
                        sequential.document(doc, visitor);
                    } else {
                        leaf.reader().storedFields().document(doc, visitor);
                    }
                    n += visitor.getDocument().getFields().isEmpty() ? 0 : 1;
                }
            }
            return n;
        });
    }

    /**
     * The codec's sequential stored-fields reader of a segment, or {@code null}. It is a clone
     * for one thread and is not closed (closing it would close the segment's shared inputs).
     */
    static StoredFieldsReader sequentialReader(LeafReader reader) throws IOException {
        if (reader instanceof CodecReader codec && codec.getFieldsReader() != null) {
            return codec.getFieldsReader().getMergeInstance();
        }
        return null;
    }

    /** One segment's matching documents, read in time order. */
    private static final class SegmentCursor {

        final int ord;
        private final LeafReader reader;
        private final FixedBitSet matching;
        private final boolean forwards;
        private final StoredFieldsReader sequential;
        private int next;
        Document doc;
        long time;

        SegmentCursor(LeafReaderContext leaf, FixedBitSet matching, boolean forwards) throws IOException {
            this.ord = leaf.ord;
            this.reader = leaf.reader();
            this.matching = matching;
            this.forwards = forwards;
            this.sequential = sequentialReader(reader);
            this.next = forwards ? 0 : matching.length() - 1;
        }

        boolean advance() throws IOException {
            int d;
            if (forwards) {
                d = next < matching.length() ? matching.nextSetBit(next) : DocIdSetIterator.NO_MORE_DOCS;
                if (d == DocIdSetIterator.NO_MORE_DOCS) {
                    return false;
                }
                next = d + 1;
            } else {
                d = next >= 0 ? matching.prevSetBit(next) : -1;
                if (d < 0) {
                    return false;
                }
                next = d - 1;
            }
            DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor();
            if (sequential != null) {
                sequential.document(d, visitor);
            } else {
                reader.storedFields().document(d, visitor);
            }
            doc = visitor.getDocument();
            IndexableField t = doc.getField(IndexFields.TIME);
            time = t == null ? Long.MIN_VALUE : t.numericValue().longValue();
            return true;
        }
    }
}
