package dev.faultline.index;

import java.io.IOException;
import java.util.Comparator;
import java.util.PriorityQueue;

import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.CodecReader;
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

    /** Receives the records' stored fields (one view refilled per record); returns {@code false} to stop. */
    @FunctionalInterface
    public interface StoredVisitor {
        boolean visit(StoredRecord record) throws IOException;
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
        return scanStored(index, queryText, from, to, newestFirst, stored -> visitor.visit(stored.id(), stored.toRecord()));
    }

    /**
     * As {@link #scan}, without building a record per row: the visitor reads each record's stored
     * fields from a view that is refilled for the next one (what exports of millions of rows use).
     *
     * @return records visited
     * @throws QuerySyntaxException when the query cannot be parsed
     */
    public static long scanStored(EvidenceIndex index, String queryText, Long from, Long to, boolean newestFirst, StoredVisitor visitor)
            throws QuerySyntaxException, IOException {
        Query query = timed(index, queryText, from, to);
        return index.read(searcher -> merge(searcher, query, newestFirst, visitor));
    }

    private static Query timed(EvidenceIndex index, String queryText, Long from, Long to) throws QuerySyntaxException {
        Query parsed = index.query(queryText == null ? "" : queryText);
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parsed, Occur.FILTER);
        if (from != null || to != null) {
            builder.add(dev.faultline.index.internal.TimeRanges.between(from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to),
                    Occur.FILTER);
        } else {
            builder.add(new FieldExistsQuery(IndexFields.TIME), Occur.FILTER);
        }
        return builder.build();
    }

    private static long merge(IndexSearcher searcher, Query query, boolean newestFirst, StoredVisitor visitor) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        Comparator<SegmentCursor> order = (a, b) -> {
            int byTime = newestFirst ? Long.compare(b.time, a.time) : Long.compare(a.time, b.time);
            return byTime != 0 ? byTime : Integer.compare(a.ord, b.ord);
        };
        PriorityQueue<SegmentCursor> heads = new PriorityQueue<>(order);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet matching = matching(weight, leaf);
            if (matching == null) {
                continue;
            }
            SegmentCursor cursor = new SegmentCursor(leaf, matching, newestFirst);
            if (cursor.advance()) {
                heads.add(cursor);
            }
        }
        long visited = 0;
        // the head segment goes on while it stays first (segments often cover runs of time): no queue work per record
        SegmentCursor head = heads.poll();
        while (head != null) {
            visited++;
            if (!visitor.visit(head.record)) {
                break;
            }
            if (!head.advance()) {
                head = heads.poll();
            } else if (!heads.isEmpty() && order.compare(head, heads.peek()) > 0) {
                heads.add(head);
                head = heads.poll();
            }
        }
        return visited;
    }

    static FixedBitSet matching(Weight weight, LeafReaderContext leaf) throws IOException {
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
     * records {@link #scan} would visit, in first-seen order, from the terms of the records' name
     * lists ({@link FieldNameTerms}; the stored fields where a segment predates them): the columns
     * of a CSV export, known before its first row.
     *
     * @param max names kept at most
     */
    public static java.util.Set<String> fieldNames(EvidenceIndex index, String queryText, Long from, Long to, int max)
            throws QuerySyntaxException, IOException {
        Query query = timed(index, queryText, from, to);
        return index.read(searcher -> FieldNameTerms.collect(searcher,
                searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1), max));
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
        final StoredRecord record = new StoredRecord();
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
            record.clear();
            if (sequential != null) {
                sequential.document(d, record.visitor);
            } else {
                reader.storedFields().document(d, record.visitor);
            }
            time = record.timed() ? record.time() : Long.MIN_VALUE;
            return true;
        }
    }
}
