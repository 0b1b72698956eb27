package dev.faultline.timeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The formats the timeline is written in. */
public enum ExportFormat {
    /** Readable columns, for a terminal. */
    TABLE("table"),
    /** CSV: the time in the chosen zone, then every attribute. */
    CSV("csv"),
    /** One JSON object per row. */
    JSONL("jsonl"),
    /** Timesketch's CSV import: message, datetime, timestamp, timestamp_desc, then every attribute. */
    TIMESKETCH_CSV("timesketch-csv"),
    /** Timesketch's JSONL import. */
    TIMESKETCH_JSONL("timesketch-jsonl");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether the writer needs the names of the records' fields before the first row (CSV headers). */
    public boolean needsFieldNames() {
        return this == CSV || this == TIMESKETCH_CSV;
    }

    /** A writer of this format on {@code out} (not closed by the writer). */
    public RowWriter open(OutputStream out, ZoneId zone, List<String> fieldNames) throws IOException {
        return switch (this) {
            case TABLE -> new TableWriter(out, zone);
            case CSV -> new PlainCsvWriter(out, zone, fieldNames);
            case JSONL -> new PlainJsonlWriter(out, zone);
            case TIMESKETCH_CSV -> new TimesketchCsvWriter(out, fieldNames);
            case TIMESKETCH_JSONL -> new TimesketchJsonlWriter(out);
        };
    }

    /** @throws IllegalArgumentException naming the formats */
    public static ExportFormat of(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equalsIgnoreCase(id.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("--format takes table, csv, jsonl, timesketch-csv or timesketch-jsonl, got '" + id + "'");
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
