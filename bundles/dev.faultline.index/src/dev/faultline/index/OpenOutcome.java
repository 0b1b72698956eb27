package dev.faultline.index;

/** What {@link EvidenceIndex#open} found and did. */
public enum OpenOutcome {
    /** An existing index passed verification. */
    OPENED,
    /** There was no index: an empty one was created (no rebuild source given). */
    CREATED_EMPTY,
    /** There was no index: it was built from the rebuild source. */
    REBUILT_MISSING,
    /** The index failed verification: it was rebuilt from the rebuild source. */
    REBUILT_DAMAGED,
    /** The index was written by an older Faultline, in another layout: it was rebuilt from the rebuild source. */
    REBUILT_OUTDATED,
    /**
     * The index held no records (e.g. a rebuild or first import was interrupted after the empty
     * index was created): it was built from the rebuild source.
     */
    REBUILT_EMPTY
}
