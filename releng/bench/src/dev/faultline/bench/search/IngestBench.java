package dev.faultline.bench.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.SameDocumentsIngest;
import dev.faultline.index.internal.EvidenceAnalyzers;

/**
 * Ingest: {@code faultline|same|plain DATA LINES INDEX_DIR [RAW_TEXT_OUT]}. "faultline" = lines →
 * EvidenceRecords → EvidenceIndex.add (ids, facets, typed fields, stored record, one commit);
 * "same" = the same Lucene documents (same mapper) into a bare IndexWriter with the same
 * settings; "plain" = the lines as minimal Lucene documents with the same analyzer and writer
 * settings (text, time point + doc values, host, source, line; no facets, ids, offsets or record
 * fields) into a bare IndexWriter. Prints {@code lines=.. seconds=.. rate=.. bytes=.. heapPeakMB=..}.
 */
public final class IngestBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        SyntheticLog log = new SyntheticLog(Path.of(args[1]));
        long lines = Long.parseLong(args[2]);
        Path dir = Path.of(args[3]);
        deleteTree(dir);
        if (args.length > 4) {
            try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8)) {
                log.generate(lines, l -> {
                    try {
                        out.write(l.text());
                        out.write('\n');
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
        System.gc();
        long start = System.nanoTime();
        if (mode.equals("faultline")) {
            try (EvidenceIndex index = EvidenceIndex.open(dir)) {
                index.add(log.records(lines), IndexProgress.NONE);
            }
        } else if (mode.equals("same")) {
            SameDocumentsIngest.write(log.records(lines), dir);
        } else {
            IndexWriterConfig config = new IndexWriterConfig(EvidenceAnalyzers.index()).setRAMBufferSizeMB(ramBufferMB()).setUseCompoundFile(false);
            try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config)) {
                log.generate(lines, l -> {
                    Document doc = new Document();
                    doc.add(new TextField("message", l.text(), Store.YES));
                    long t = l.time().toEpochMilli();
                    doc.add(new LongPoint("time", t));
                    doc.add(new NumericDocValuesField("time", t));
                    doc.add(new StoredField("time", t));
                    doc.add(new StringField("host", l.host(), Store.YES));
                    doc.add(new StringField("source", l.file(), Store.YES));
                    doc.add(new StoredField("line", l.number()));
                    try {
                        writer.addDocument(doc);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                writer.commit();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("mode=%s lines=%d seconds=%.2f rate=%.0f bytes=%d heapPeakMB=%d%n", mode, lines, seconds, lines / seconds, bytes,
                peak / (1024 * 1024));
    }

    /** The same RAM buffer EvidenceIndex uses for this heap. */
    static double ramBufferMB() {
        long maxHeapMB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return Math.max(16, Math.min(256, maxHeapMB / 8));
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
