package dev.faultline.ui.timeline;

import java.time.ZoneId;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.timeline.TimelineRow;
import dev.faultline.timeline.TimelineTimes;

/** The texts of a timeline row: table cells and the details of the selected row. */
final class TimelineRowLabels {

    static final String[] COLUMNS = { "Time", "Host", "Source", "Kind", "Message", "Tags", "\u2605", "\u270e" };
    static final int[] WIDTHS = { 175, 110, 190, 90, 520, 110, 26, 26 };

    private TimelineRowLabels() {
    }

    static String cell(TimelineRow row, int column, ZoneId zone) {
        return switch (column) {
            case 0 -> TimelineTimes.format(row.time(), zone);
            case 1 -> orEmpty(row.host());
            case 2 -> row.sourceLabel();
            case 3 -> orEmpty(row.kind());
            case 4 -> orEmpty(row.message()).replace('\n', ' ');
            case 5 -> String.join(", ", row.tags());
            case 6 -> row.starred() ? "\u2605" : "";
            case 7 -> row.comments().isEmpty() ? "" : "\u270e";
            default -> "";
        };
    }

    /** The whole record: time in the zone and in UTC, the original timestamp text, evidence file, line, SHA-256, fields, annotations. */
    static String details(TimelineRow row, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        if (row.time() != null) {
            b.append(TimelineTimes.format(row.time(), zone)).append(' ').append(TimelineTimes.label(zone));
            b.append("   (").append(row.time()).append(")\n");
        } else {
            b.append("no time\n");
        }
        line(b, "Original timestamp", row.originalTime());
        line(b, "Host", row.host());
        line(b, "Kind", row.kind());
        line(b, "Message", row.message());
        SourceRef s = row.source();
        if (s != null && !row.isCurated()) {
            line(b, "Evidence file", s.file());
            if (s.line() > 0) {
                line(b, "Line", Long.toString(s.line()));
            }
            if (s.offset() >= 0) {
                line(b, "Byte offset", Long.toString(s.offset()));
            }
            line(b, "Record id", s.recordId());
            line(b, "SHA-256", s.sha256());
        }
        if (row.event() != null) {
            line(b, "Timeline event", (row.isHandAdded() ? "added by hand" : row.isCurated() ? "curated" : "mapped from this record")
                    + (row.event().getSource() == null ? "" : ", source " + row.event().getSource()));
            if (row.isCurated() && s != null && s.sha256() != null) {
                line(b, "Cites", s.file() + (s.line() > 0 ? ":" + s.line() : "") + "  SHA-256 " + s.sha256());
            }
        }
        line(b, "Tags", String.join(", ", row.tags()));
        if (row.starred()) {
            line(b, "Starred", "yes");
        }
        for (String c : row.comments()) {
            line(b, "Comment", c);
        }
        line(b, "Id", row.id());
        row.record().fields().forEach((k, v) -> line(b, k, v));
        if (row.record().rawText() != null && !row.record().rawText().equals(row.message())) {
            b.append("\n").append(row.record().rawText()).append('\n');
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append(name).append(": ").append(value).append('\n');
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
