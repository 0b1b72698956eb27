package dev.faultline.index;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.internal.EvidenceAnalyzers;

/**
 * Bench only (compiled by releng/bench/suites/search.sh next to the index bundle's sources, in
 * its package to reach the package-private {@link DocumentMapper}): the very documents
 * {@link EvidenceIndex#add} writes, built up front by the same mapper and fed to a bare
 * IndexWriter with the same settings. The difference to {@code EvidenceIndex.add} is Faultline's
 * own overhead (id assignment, replace-by-file deletes, progress and cancel checks, commit data).
 */
public final class SameDocumentsIngest {

    private SameDocumentsIngest() {
    }

    public static void write(Iterable<EvidenceRecord> records, Path dir) throws IOException {
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.newFacetsConfig());
        IndexWriterConfig config = EvidenceIndex.newWriterConfig(EvidenceAnalyzers.index());
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config)) {
            long seq = 0;
            for (EvidenceRecord record : records) {
                writer.addDocument(mapper.toDocument(record, DocumentMapper.placeId(record.source()), seq++));
            }
            writer.commit();
        }
    }
}
