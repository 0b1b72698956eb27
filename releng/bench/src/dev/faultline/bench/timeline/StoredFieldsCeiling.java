package dev.faultline.bench.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Bare Lucene on the index folder (no Faultline class): what reading every document's stored fields
 * costs, taken apart — decompressing only (the visitor stops at the first field), decoding every
 * field into values and dropping them, building a {@link org.apache.lucene.document.Document} (the
 * ceiling the export is compared with) — on one thread and on two (segments shared out), and the
 * stored layout (fields and bytes per document, compression mode, segments).
 */
final class StoredFieldsCeiling implements AutoCloseable {

    private final Path dir;
    private final DirectoryReader reader;

    StoredFieldsCeiling(Path dir) throws IOException {
        this.dir = dir;
        this.reader = DirectoryReader.open(FSDirectory.open(dir));
    }

    /** Prints {@code op=stored-layout ...}: segments, documents, stored fields and bytes per document, the codec's mode. */
    void layout() throws IOException {
        long fdt;
        try (Stream<Path> files = Files.list(dir)) {
            fdt = files.filter(p -> p.getFileName().toString().endsWith(".fdt")).mapToLong(p -> p.toFile().length()).sum();
        }
        String mode = "?";
        String codec = "?";
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader() instanceof SegmentReader s) {
                codec = s.getSegmentInfo().info.getCodec().getName();
                mode = String.valueOf(s.getSegmentInfo().info.getAttributes());
                break;
            }
        }
        long[] fields = { 0, 0 };
        StoredFieldVisitor counting = new StoredFieldVisitor() {
            @Override
            public Status needsField(FieldInfo field) {
                fields[0]++;
                return Status.YES;
            }

            @Override
            public void stringField(FieldInfo field, String value) {
                fields[1] += value.length();
            }
        };
        int sample = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            for (int doc = 0; doc < leaf.reader().maxDoc() && sample < 100_000; doc += 97, sample++) {
                leaf.reader().storedFields().document(doc, counting);
            }
        }
        System.out.printf("op=stored-layout segments=%d docs=%d fdtBytes=%d bytesPerDoc=%.0f storedFieldsPerDoc=%.1f charsPerDoc=%.0f codec=%s attributes=%s%n",
                reader.leaves().size(), reader.numDocs(), fdt, (double) fdt / Math.max(1, reader.maxDoc()), (double) fields[0] / Math.max(1, sample),
                (double) fields[1] / Math.max(1, sample), codec, mode.replace(' ', '_'));
    }

    /** Reads every live document with a visitor from {@code visitors} (asked once per document) on {@code threads} threads (segments shared out); returns documents read. */
    long scan(int threads, Supplier<StoredFieldVisitor> visitors) throws Exception {
        List<LeafReaderContext> leaves = new ArrayList<>(reader.leaves());
        leaves.sort((a, b) -> Integer.compare(b.reader().maxDoc(), a.reader().maxDoc()));
        AtomicLong read = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (LeafReaderContext leaf : leaves) {
                done.add(pool.submit(() -> {
                    StoredFieldsReader fields = ((CodecReader) leaf.reader()).getFieldsReader().getMergeInstance();
                    Bits live = leaf.reader().getLiveDocs();
                    long n = 0;
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        if (live == null || live.get(doc)) {
                            fields.document(doc, visitors.get());
                            n++;
                        }
                    }
                    read.addAndGet(n);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return read.get();
    }

    /** A new {@link org.apache.lucene.document.DocumentStoredFieldVisitor} per document: the ceiling. */
    static Supplier<StoredFieldVisitor> document() {
        return org.apache.lucene.document.DocumentStoredFieldVisitor::new;
    }

    /** Stops at the first field: the block's decompression and the document's header only. */
    static Supplier<StoredFieldVisitor> decompressOnly() {
        StoredFieldVisitor v = new StoredFieldVisitor() {
            @Override
            public Status needsField(FieldInfo field) {
                return Status.STOP;
            }
        };
        return () -> v;
    }

    /** Every field decoded (strings as Strings) and dropped. */
    static Supplier<StoredFieldVisitor> decodeAll() {
        StoredFieldVisitor v = new StoredFieldVisitor() {
            @Override
            public Status needsField(FieldInfo field) {
                return Status.YES;
            }
        };
        return () -> v;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
