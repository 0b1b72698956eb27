package dev.faultline.timeline.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.timeline.TimelineRow;

/**
 * Every attribute of a row beside its message and time, under the names the exports use:
 * {@code id, host, kind, source_file, source_line, source_offset, record_id, sha256,
 * original_time, tag, starred, comment}, then the record's own fields.
 */
public final class Attributes {

    /** The fixed attribute columns, in order. */
    public static final List<String> FIXED = List.of("id", "host", "kind", "source_file", "source_line", "source_offset", "record_id",
            "sha256", "original_time", "tag", "starred", "comment");
    /** Names exports write themselves; a record field of such a name is left out (the export's value wins). */
    public static final Set<String> RESERVED = Set.of("message", "datetime", "timestamp", "timestamp_desc", "time", "id", "host", "kind",
            "source_file", "source_line", "source_offset", "record_id", "sha256", "original_time", "tag", "starred", "comment", "tags",
            "_id", "_type", "_index", "_source", "__ts_timeline_id");

    private Attributes() {
    }

    /** The fixed attributes of a row (absent values left out); {@code tag} as the list. */
    public static Map<String, Object> fixed(TimelineRow row) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", row.id());
        put(a, "host", row.host());
        put(a, "kind", row.kind());
        SourceRef s = row.source();
        if (s != null) {
            put(a, "source_file", row.isCurated() && s.sha256() == null ? null : s.file());
            if (s.line() > 0) {
                a.put("source_line", s.line());
            }
            if (s.offset() >= 0) {
                a.put("source_offset", s.offset());
            }
            put(a, "record_id", s.recordId());
            put(a, "sha256", s.sha256());
        }
        put(a, "original_time", row.originalTime());
        if (!row.tags().isEmpty()) {
            a.put("tag", row.tags());
        }
        if (row.starred()) {
            a.put("starred", Boolean.TRUE);
        }
        if (!row.comments().isEmpty()) {
            a.put("comment", String.join("\n", row.comments()));
        }
        return a;
    }

    /** The record's own fields that do not clash with an export's names. */
    public static Map<String, String> fields(EvidenceRecord record) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : record.fields().entrySet()) {
            if (e.getValue() != null && !RESERVED.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** What the row's time means, for Timesketch's {@code timestamp_desc}. */
    public static String timestampDescription(TimelineRow row) {
        String own = row.record().fields().get("timestamp_desc");
        if (own != null && !own.isBlank()) {
            return own;
        }
        return timestampDescription(row.isCurated(), row.isCurated() ? row.kind() : row.record().kind());
    }

    /** {@code timestamp_desc} of a row without a description of its own: a model event's (curated) or a record's of this kind. */
    static String timestampDescription(boolean curated, String kind) {
        if (curated) {
            return kind == null || kind.isBlank() ? "Timeline Event" : "Timeline Event: " + kind;
        }
        return switch (kind == null ? "" : kind) {
            case "event" -> "Event Recorded";
            case "crash" -> "Crash Dump Time";
            case "update" -> "Update Released";
            case "syslog", "journal", "log" -> "Log Entry Time";
            case "timeline" -> "Timeline Entry Time";
            default -> "Recorded Time";
        };
    }

    private static void put(Map<String, Object> a, String key, String value) {
        if (value != null && !value.isEmpty()) {
            a.put(key, value);
        }
    }
}
