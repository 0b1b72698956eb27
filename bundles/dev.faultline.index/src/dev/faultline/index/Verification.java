package dev.faultline.index;

/** How thoroughly {@link EvidenceIndex#open(java.nio.file.Path, java.util.function.Supplier, IndexProgress, Verification)} checks an existing index. */
public enum Verification {
    /** Open the latest commit; catches missing or unreadable commit files. Fast at any size. */
    OPEN,
    /** Lucene CheckIndex verifying the checksum of every file: catches corrupted bytes anywhere; reads the whole index. */
    CHECKSUMS,
    /** Lucene CheckIndex with its integrity checks of postings, stored fields, doc values and points. */
    FULL
}
