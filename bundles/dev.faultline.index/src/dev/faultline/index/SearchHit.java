package dev.faultline.index;

import java.time.Instant;
import java.util.List;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/**
 * One hit: the record as indexed (with its evidence file, line or offset and SHA-256) and the
 * passages of its message or raw text where the query matched.
 *
 * @param id stable id of the record: the first 16 hex digits of its evidence file's SHA-256
 *            (or the file path when the hash is unknown), {@code #}, and {@code L<line>},
 *            {@code @<offset>} or {@code R<record id>}; a second record at the same place gets
 *            {@code .2} and so on
 * @param score relevance (only meaningful with {@link SortOrder#RELEVANCE}, else 0)
 * @param record the record, rebuilt from the stored fields
 * @param highlights passages of the record's text (message, raw text, field values) with the
 *            matched terms between the highlight tags, joined by "…"; empty when the query
 *            matched no text or highlighting was off
 */
public record SearchHit(String id, float score, EvidenceRecord record, List<String> highlights) {

    public Instant timestamp() {
        return record.timestamp();
    }

    public String host() {
        return record.host();
    }

    public String kind() {
        return record.kind();
    }

    public String message() {
        return record.message();
    }

    public SourceRef source() {
        return record.source();
    }
}
