package dev.faultline.core.evidence;

/**
 * Where a record came from: the evidence file (its name inside the investigation and its
 * SHA-256) and the position of the record in it. A line number of 0 means "not line based"
 * (binary formats); an offset of -1 means "unknown".
 *
 * @param file the evidence file's path relative to the investigation (or as given on the CLI)
 * @param sha256 lower-case hex SHA-256 of the whole file, or {@code null} when not yet known
 * @param line 1-based line number of the record's first line, or 0
 * @param offset byte offset of the record in the file, or -1
 * @param recordId a format-specific record id (EVTX record id, CSV row number ...), or {@code null}
 */
public record SourceRef(String file, String sha256, long line, long offset, String recordId) {

    public static SourceRef line(String file, long line) {
        return new SourceRef(file, null, line, -1, null);
    }

    public static SourceRef offset(String file, long offset, String recordId) {
        return new SourceRef(file, null, 0, offset, recordId);
    }

    public SourceRef withSha256(String hash) {
        return new SourceRef(file, hash, line, offset, recordId);
    }
}
