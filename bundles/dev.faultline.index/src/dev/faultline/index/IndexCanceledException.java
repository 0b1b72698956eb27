package dev.faultline.index;

/** Indexing stopped because {@link IndexProgress#isCanceled()} said so; the index is at its last commit. */
public final class IndexCanceledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long discarded;

    public IndexCanceledException(long discarded) {
        super("indexing cancelled; " + discarded + " records of this run discarded, the index is at its last commit");
        this.discarded = discarded;
    }

    /** Records read in the cancelled run, none of which is in the index. */
    public long discarded() {
        return discarded;
    }
}
