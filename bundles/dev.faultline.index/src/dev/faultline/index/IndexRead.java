package dev.faultline.index;

import java.io.IOException;

import org.apache.lucene.search.IndexSearcher;

/** A read of this bundle's own on the last commit (see {@link EvidenceIndex#read}). */
@FunctionalInterface
interface IndexRead<T> {

    T apply(IndexSearcher searcher) throws IOException;
}
