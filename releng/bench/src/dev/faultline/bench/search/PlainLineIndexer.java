package dev.faultline.bench.search;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import dev.faultline.index.internal.EvidenceAnalyzers;

/**
 * The peer of the import suite, and its data:
 * <ul>
 * <li>{@code generate DATA LINES OUT}: writes the search bench's synthetic log (loghub Linux + Windows
 * replicated, {@link SyntheticLog}) with LINES lines to OUT;</li>
 * <li>{@code plain FILE INDEX_DIR}: the simplest indexer of a log: one thread reads FILE line by line
 * and feeds a plain Lucene IndexWriter one minimal document per line (the line as stored full text
 * with Faultline's analyzer, the file name, the line number), RAM buffer as Faultline's, one commit.
 * Prints {@code lines=.. seconds=..} (in-process, from the first line read to the commit).</li>
 * </ul>
 */
public final class PlainLineIndexer {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            SyntheticLog log = new SyntheticLog(Path.of(args[1]));
            try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
                log.generate(Long.parseLong(args[2]), l -> {
                    try {
                        out.write(l.text());
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return;
        }
        Path file = Path.of(args[1]);
        Path dir = Path.of(args[2]);
        IngestBench.deleteTree(dir);
        long start = System.nanoTime();
        long lines = 0;
        String name = file.getFileName().toString();
        IndexWriterConfig config = new IndexWriterConfig(EvidenceAnalyzers.index()).setRAMBufferSizeMB(IngestBench.ramBufferMB())
                .setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config);
                BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                Document doc = new Document();
                doc.add(new TextField("message", line, Store.YES));
                doc.add(new StringField("source", name, Store.YES));
                doc.add(new LongPoint("line", lines));
                doc.add(new StoredField("line", lines));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("mode=plain lines=%d seconds=%.2f rate=%.0f%n", lines, seconds, lines / seconds);
    }
}
