package dev.faultline.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.internal.IndexValues;
import dev.faultline.index.internal.LongList;

/**
 * Whole-fleet reads of the evidence index for the analyses: crash analyses grouped by what they
 * share, which hosts received which update, which hosts logged unexpected shutdowns. Everything is
 * read from doc values and postings of the last commit, segment by segment, so a million crashes
 * never become a million objects; only a time and a host hash per crash are kept.
 */
public final class FleetScan implements FleetReader {

    private static final int CHECK_EVERY = 1 << 14;

    private final EvidenceIndex index;

    public FleetScan(EvidenceIndex index) {
        this.index = index;
    }

    /** A host name's 64-bit hash, of its keyword form (trimmed, lower-case): the same as the scans use. */
    public static long hostHash(String host) {
        byte[] bytes = IndexValues.keyword(host).getBytes(StandardCharsets.UTF_8);
        return hash(bytes, 0, bytes.length);
    }

    /** How a per-host update record names its update: identifier, else product and version; lower-case. */
    public static String updateKey(String identifier, String product, String version) {
        if (identifier != null && !identifier.isBlank()) {
            return IndexValues.keyword(identifier);
        }
        if (product == null || product.isBlank()) {
            return null;
        }
        return IndexValues.keyword(product + (version == null || version.isBlank() ? "" : " " + version.strip()));
    }

    private static long hash(byte[] bytes, int offset, int length) {
        long h = 0x9E3779B97F4A7C15L ^ length;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ (bytes[i] & 0xff)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    // ---- crashes --------------------------------------------------------------------------------

    /** Every crash analysis of the index, grouped into shapes (see {@link CrashShape}). */
    public List<CrashShape> crashShapes(IndexProgress progress) throws IOException {
        return index.withSearcher(searcher -> {
            Map<List<String>, ShapeBuilder> shapes = new LinkedHashMap<>();
            long seen = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                PostingsEnum crashes = reader.postings(new Term(IndexFields.KIND, "crash"), PostingsEnum.NONE);
                if (crashes == null) {
                    continue;
                }
                SortedDocValues[] values = {
                    DocValues.getSorted(reader, FleetFields.CRASH_BUCKET), DocValues.getSorted(reader, FleetFields.CRASH_MODULE),
                    DocValues.getSorted(reader, FleetFields.CRASH_IMAGE), DocValues.getSorted(reader, FleetFields.CRASH_BUGCHECK),
                    DocValues.getSorted(reader, FleetFields.CRASH_STACK) };
                SortedDocValues hosts = DocValues.getSorted(reader, FleetFields.HOST);
                NumericDocValues times = DocValues.getNumeric(reader, IndexFields.TIME);
                long[] hostHashes = new long[hosts.getValueCount()];
                boolean[] hashed = new boolean[hostHashes.length];
                Map<OrdinalKey, ShapeBuilder> byOrdinals = new HashMap<>();
                Bits live = reader.getLiveDocs();
                int[] ordinals = new int[values.length];
                for (int doc = crashes.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = crashes.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    for (int i = 0; i < values.length; i++) {
                        ordinals[i] = values[i].advanceExact(doc) ? values[i].ordValue() : -1;
                    }
                    OrdinalKey key = new OrdinalKey(ordinals[0], ordinals[1], ordinals[2], ordinals[3], ordinals[4]);
                    ShapeBuilder shape = byOrdinals.get(key);
                    if (shape == null) {
                        List<String> shapeKey = new ArrayList<>(values.length);
                        for (int i = 0; i < values.length; i++) {
                            shapeKey.add(ordinals[i] < 0 ? null : values[i].lookupOrd(ordinals[i]).utf8ToString());
                        }
                        shape = shapes.computeIfAbsent(shapeKey, ShapeBuilder::new);
                        byOrdinals.put(key, shape);
                    }
                    long time = times.advanceExact(doc) ? times.longValue() : Long.MIN_VALUE;
                    long host = 0;
                    boolean hasHost = hosts.advanceExact(doc);
                    if (hasHost) {
                        int ord = hosts.ordValue();
                        if (!hashed[ord]) {
                            BytesRef name = hosts.lookupOrd(ord);
                            hostHashes[ord] = hash(name.bytes, name.offset, name.length);
                            hashed[ord] = true;
                        }
                        host = hostHashes[ord];
                    }
                    shape.add(time, hasHost, host, leaf.docBase + doc);
                    if (++seen % CHECK_EVERY == 0) {
                        progress.indexed(seen);
                        if (progress.isCanceled()) {
                            throw new IndexCanceledException(seen);
                        }
                    }
                }
            }
            StoredFields stored = searcher.storedFields();
            List<CrashShape> result = new ArrayList<>(shapes.size());
            for (ShapeBuilder shape : shapes.values()) {
                result.add(shape.build(stored));
            }
            return result;
        });
    }

    private record OrdinalKey(int bucket, int module, int image, int bugcheck, int stack) {
    }

    private static final class ShapeBuilder {
        private final List<String> key;
        private final LongList times = new LongList();
        private final LongList hosts = new LongList();
        private long count;
        private long untimed;
        private long earliest = Long.MAX_VALUE;
        private long latest = Long.MIN_VALUE;
        private int earliestDoc = -1;
        private int latestDoc = -1;

        ShapeBuilder(List<String> key) {
            this.key = key;
        }

        void add(long time, boolean hasHost, long host, int doc) {
            count++;
            if (time == Long.MIN_VALUE) {
                untimed++;
                if (earliestDoc < 0) {
                    earliestDoc = doc;
                }
            } else {
                times.add(time);
                if (time < earliest) {
                    earliest = time;
                    earliestDoc = doc;
                }
                if (time > latest) {
                    latest = time;
                    latestDoc = doc;
                }
            }
            if (hasHost) {
                hosts.add(host);
            }
        }

        CrashShape build(StoredFields stored) throws IOException {
            List<SourceRef> examples = new ArrayList<>(2);
            if (earliestDoc >= 0) {
                examples.add(HitReader.record(stored.document(earliestDoc)).source());
            }
            if (latestDoc >= 0 && latestDoc != earliestDoc) {
                examples.add(HitReader.record(stored.document(latestDoc)).source());
            }
            long[] sortedTimes = times.toArray();
            Arrays.sort(sortedTimes);
            return new CrashShape(key.get(0), key.get(1), key.get(2), key.get(3), key.get(4), count, sortedTimes,
                    LongList.sortedUnique(hosts.toArray()), untimed, List.copyOf(examples));
        }
    }

    // ---- updates and boot events ----------------------------------------------------------------

    /** For each update named by per-host update records (see {@link #updateKey}), the sorted hashes of its hosts. */
    public Map<String, long[]> updateReceipts() throws IOException {
        return index.withSearcher(searcher -> {
            Map<String, LongList> receipts = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                PostingsEnum docs = reader.postings(new Term(IndexFields.KIND, "update"), PostingsEnum.NONE);
                if (docs == null) {
                    continue;
                }
                SortedDocValues updates = DocValues.getSorted(reader, FleetFields.UPDATE);
                SortedDocValues hosts = DocValues.getSorted(reader, FleetFields.HOST);
                Bits live = reader.getLiveDocs();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if ((live == null || live.get(doc)) && updates.advanceExact(doc) && hosts.advanceExact(doc)) {
                        BytesRef host = hosts.lookupOrd(hosts.ordValue());
                        receipts.computeIfAbsent(updates.lookupOrd(updates.ordValue()).utf8ToString(), k -> new LongList())
                                .add(hash(host.bytes, host.offset, host.length));
                    }
                }
            }
            Map<String, long[]> result = new HashMap<>();
            receipts.forEach((update, hosts) -> result.put(update, LongList.sortedUnique(hosts.toArray())));
            return result;
        });
    }

    /**
     * Kernel-Power 41, EventLog 6008 and BugCheck 1001 events per host.
     *
     * @return host hash to counts in the order 41, 6008, 1001; and up to three example records per event id
     */
    public BootEvents bootEvents() throws IOException {
        return index.withSearcher(searcher -> {
            Map<Long, int[]> perHost = new HashMap<>();
            Map<String, List<SourceRef>> examples = new LinkedHashMap<>();
            StoredFields stored = searcher.storedFields();
            for (int e = 0; e < FleetFields.BOOT_EVENTS.length; e++) {
                String eventId = FleetFields.BOOT_EVENTS[e];
                List<SourceRef> found = new ArrayList<>(3);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    LeafReader reader = leaf.reader();
                    PostingsEnum docs = reader.postings(new Term(IndexFields.EVENT, eventId), PostingsEnum.NONE);
                    if (docs == null) {
                        continue;
                    }
                    SortedDocValues hosts = DocValues.getSorted(reader, FleetFields.HOST);
                    Bits live = reader.getLiveDocs();
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        if ((live == null || live.get(doc)) && hosts.advanceExact(doc)) {
                            BytesRef host = hosts.lookupOrd(hosts.ordValue());
                            perHost.computeIfAbsent(hash(host.bytes, host.offset, host.length), k -> new int[3])[e]++;
                            if (found.size() < 3) {
                                found.add(HitReader.record(stored.document(leaf.docBase + doc)).source());
                            }
                        }
                    }
                }
                examples.put(eventId, List.copyOf(found));
            }
            return new BootEvents(perHost, examples);
        });
    }

    /**
     * Boot-related events per host.
     *
     * @param perHost host hash to counts of Kernel-Power 41, EventLog 6008 and BugCheck 1001, in that order
     * @param examples event id to up to three records where such events were read
     */
    public record BootEvents(Map<Long, int[]> perHost, Map<String, List<SourceRef>> examples) {
    }

    /**
     * The names (keyword form) of the hosts with the given hashes, as far as crashes, per-host
     * update records or boot events of the index name them.
     *
     * @param sortedHashes sorted host hashes
     */
    public Map<Long, String> hostNames(long[] sortedHashes) throws IOException {
        return index.withSearcher(searcher -> {
            Map<Long, String> names = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues hosts = DocValues.getSorted(leaf.reader(), FleetFields.HOST);
                TermsEnum terms = hosts.termsEnum();
                for (BytesRef term = terms.next(); term != null && names.size() < sortedHashes.length; term = terms.next()) {
                    long h = hash(term.bytes, term.offset, term.length);
                    if (Arrays.binarySearch(sortedHashes, h) >= 0) {
                        names.putIfAbsent(h, term.utf8ToString());
                    }
                }
            }
            return names;
        });
    }

    /** Every record of a kind ({@code driver}, {@code host} ...) in the index, in index order. */
    public void forEachRecord(String kind, Consumer<EvidenceRecord> action) throws IOException {
        index.withSearcher(searcher -> {
            StoredFields stored = searcher.storedFields();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                PostingsEnum docs = reader.postings(new Term(IndexFields.KIND, IndexValues.keyword(kind)), PostingsEnum.NONE);
                if (docs == null) {
                    continue;
                }
                Bits live = reader.getLiveDocs();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        action.accept(HitReader.record(stored.document(leaf.docBase + doc)));
                    }
                }
            }
            return null;
        });
    }
}
