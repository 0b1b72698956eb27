package dev.faultline.index;

/**
 * What one {@link EvidenceIndex#add add} or {@link EvidenceIndex#rebuild rebuild} committed.
 *
 * @param recordsAdded records indexed by this run
 * @param documents documents in the index after the commit
 * @param millis wall-clock time of the run, commit included
 */
public record IndexUpdate(long recordsAdded, long documents, long millis) {
}
