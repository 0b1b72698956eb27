package dev.faultline.timeline;

import java.time.Instant;
import java.util.List;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.TimelineEntries;
import dev.faultline.model.TimelineEvent;

/**
 * One row of the merged timeline: an evidence record of the index or a timeline event of the
 * model, with the analysts' tags, star and comments (read from the model, which is their truth).
 *
 * @param id the record's index id ({@code event:<model id>} for a model event not backed by an evidence record)
 * @param record the record as indexed
 * @param event the model timeline event this row is, or that an import or a promotion made of
 *            this record; {@code null} for a plain evidence record
 * @param tags tags, in the order given
 * @param starred whether starred
 * @param comments comments
 */
public record TimelineRow(String id, EvidenceRecord record, TimelineEvent event, List<String> tags, boolean starred, List<String> comments) {

    public TimelineRow {
        tags = List.copyOf(tags);
        comments = List.copyOf(comments);
    }

    public Instant time() {
        return record.timestamp();
    }

    /** The timestamp exactly as the source wrote it, or {@code null}. */
    public String originalTime() {
        return record.timestampText();
    }

    public String host() {
        return record.host();
    }

    /** The record's kind; for a model event, its own kind (release, crash, ...) when it has one. */
    public String kind() {
        if (isCurated() && event != null && event.getKind() != null && !event.getKind().isBlank()) {
            return event.getKind();
        }
        return record.kind();
    }

    public String message() {
        return record.message();
    }

    public SourceRef source() {
        return record.source();
    }

    /** Whether the row is a model event indexed on its own (not an evidence record). */
    public boolean isCurated() {
        return id.startsWith(TimelineEntries.CURATED_ID_PREFIX);
    }

    /** Whether the row is an event an analyst added by hand (source "analyst"). */
    public boolean isHandAdded() {
        return event != null && TimelineModel.ANALYST.equals(event.getSource());
    }

    /** Where the row comes from, for the source column: the evidence file, else the model event's source. */
    public String sourceLabel() {
        SourceRef s = record.source();
        if (s != null && s.file() != null && !isCurated()) {
            return s.file() + (s.line() > 0 ? ":" + s.line() : "");
        }
        if (event != null && event.getSource() != null) {
            return event.getSource();
        }
        return s == null || s.file() == null ? "" : s.file();
    }
}
