package dev.faultline.evtx;

/**
 * Damage found while reading an EVTX file. Reading continues after every problem; the records
 * that could be decoded are still delivered.
 *
 * @param chunkNumber zero-based chunk number, or -1 for the file header
 * @param fileOffset  file offset where the damage was found
 * @param reason      what was wrong, in words
 */
public record EvtxProblem(long chunkNumber, long fileOffset, String reason) {

    @Override
    public String toString() {
        return (chunkNumber < 0 ? "file header" : "chunk " + chunkNumber) + " at offset " + fileOffset + ": " + reason;
    }
}
