package dev.faultline.index;

import java.io.IOException;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;

/** A write of this bundle's own (see {@link EvidenceIndex#edit}); returns the next free insertion number. */
@FunctionalInterface
interface IndexEdit {

    long apply(IndexWriter writer, DocumentMapper mapper, IndexSearcher lastCommit, long nextSeq) throws IOException;
}
