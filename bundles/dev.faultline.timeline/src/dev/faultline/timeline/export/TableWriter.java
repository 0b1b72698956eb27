package dev.faultline.timeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import dev.faultline.timeline.TimelineRow;
import dev.faultline.timeline.TimelineTimes;

/** A readable table: time in the chosen zone, host, kind, source, message, tags, star and comment marker. */
final class TableWriter implements RowWriter {

    private static final String FORMAT = "%-23s  %-16s  %-14s  %-28s  %s%s%n";
    private final PrintWriter out;
    private final ZoneId zone;

    TableWriter(OutputStream stream, ZoneId zone) {
        this.out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
        this.zone = zone;
        out.printf(FORMAT, "TIME (" + TimelineTimes.label(zone) + ")", "HOST", "KIND", "SOURCE", "MESSAGE", "");
    }

    @Override
    public void write(TimelineRow row) {
        StringBuilder marks = new StringBuilder();
        if (!row.tags().isEmpty()) {
            marks.append("  [").append(String.join(", ", row.tags())).append(']');
        }
        if (row.starred()) {
            marks.append("  *starred");
        }
        if (!row.comments().isEmpty()) {
            marks.append("  (").append(row.comments().size()).append(row.comments().size() == 1 ? " comment)" : " comments)");
        }
        String message = row.message() == null ? "" : row.message().replace('\n', ' ');
        out.printf(FORMAT, TimelineTimes.format(row.time(), zone), cut(row.host(), 16), cut(row.kind(), 14), cut(row.sourceLabel(), 28),
                message, marks);
    }

    private static String cut(String s, int width) {
        if (s == null || s.isEmpty()) {
            return "-";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
