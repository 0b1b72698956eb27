package dev.faultline.timeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.faultline.index.FieldSpans;
import dev.faultline.index.StoredRecord;
import dev.faultline.index.TimelineEntries;
import dev.faultline.timeline.TimelineRow;

/**
 * Timesketch's CSV import: the mandatory {@code message}, {@code datetime} (ISO 8601, UTC),
 * {@code timestamp_desc}, and {@code timestamp} (microseconds), then every attribute as a
 * column; {@code tag} is a JSON list, as Timesketch reads it.
 * <p>
 * A record the model says nothing about is written straight from its stored fields
 * ({@link #write(StoredRecord)}); a row with the model's event, tags, star or comments from the
 * row ({@link #write(TimelineRow)}). Both write the same cells for the same record.
 */
final class TimesketchCsvWriter implements RowWriter {

    private final CsvOut csv;
    private final List<String> fieldNames;
    private final FieldColumns columns;
    private final UtcIsoChars times = new UtcIsoChars();

    TimesketchCsvWriter(OutputStream out, List<String> fieldNames) throws IOException {
        this(out, fieldNames, true);
    }

    /** @param header whether to write the header first (not for the later parts of a parallel export) */
    TimesketchCsvWriter(OutputStream out, List<String> fieldNames, boolean header) throws IOException {
        this.csv = new CsvOut(out);
        this.fieldNames = fieldNames;
        this.columns = new FieldColumns(fieldNames);
        List<String> names = new ArrayList<>(List.of("message", "datetime", "timestamp_desc", "timestamp"));
        names.addAll(Attributes.FIXED);
        names.addAll(fieldNames);
        if (!header) {
            return;
        }
        for (String name : names) {
            csv.cell(name);
        }
        csv.endRecord();
    }

    @Override
    public void write(TimelineRow row) throws IOException {
        csv.cell(row.message());
        csv.cell(IsoTimes.iso(row.time(), ZoneOffset.UTC));
        csv.cell(Attributes.timestampDescription(row));
        csv.cell(IsoTimes.micros(row.time()));
        Map<String, Object> fixed = Attributes.fixed(row);
        for (String name : Attributes.FIXED) {
            csv.cell(CsvValues.text(fixed.get(name)));
        }
        Map<String, String> fields = Attributes.fields(row.record());
        for (String name : fieldNames) {
            csv.cell(fields.get(name));
        }
        csv.endRecord();
    }

    /** A record of a stored scan: from its stored fields, or from its row where the model adds to it. */
    void write(dev.faultline.timeline.Timeline timeline, StoredRecord record, TimelineRow modelRow) throws IOException {
        if (modelRow == null && record.timed()) {
            write(record);
        } else {
            write(modelRow != null ? modelRow : timeline.model().row(record.id(), record.toRecord()));
        }
    }

    /** A timed record with no model event, tags, star or comments: the cells {@link #write(TimelineRow)} writes for its row. */
    void write(StoredRecord r) throws IOException {
        String text = r.text();
        csv.cell(text, r.messageStart(), r.messageEnd());
        time(r.time());
        FieldSpans fields = r.fields();
        int own = fields.find("timestamp_desc");
        if (own >= 0 && !blank(fields.source(), fields.valueStart(own), fields.valueEnd(own))) {
            csv.cell(fields.source(), fields.valueStart(own), fields.valueEnd(own));
        } else if (r.id().startsWith(TimelineEntries.CURATED_ID_PREFIX)) {
            csv.cell(Attributes.timestampDescription(true, r.kind()));
        } else {
            csv.cell(Attributes.timestampDescription(false, r.kind()));
        }
        csv.cell(Math.multiplyExact(r.time(), 1000L));
        csv.cell(r.id());
        present(r.host());
        present(r.kind());
        present(r.id().startsWith(TimelineEntries.CURATED_ID_PREFIX) && r.sha256() == null ? null : r.file());
        if (r.line() > 0) {
            csv.cell(r.line());
        } else {
            csv.cell(null);
        }
        if (r.offset() >= 0) {
            csv.cell(r.offset());
        } else {
            csv.cell(null);
        }
        present(r.recordId());
        present(r.sha256());
        present(r.timeText());
        csv.cell(null); // tag
        csv.cell(null); // starred
        csv.cell(null); // comment
        columns.write(fields, csv);
        csv.endRecord();
    }

    private void time(long millis) throws IOException {
        char[] iso = times.format(millis);
        if (iso == null) {
            csv.cell(IsoTimes.iso(java.time.Instant.ofEpochMilli(millis), ZoneOffset.UTC));
        } else {
            csv.plainCell(iso, times.length());
        }
    }

    /** An attribute as {@link Attributes#fixed} keeps it: absent when empty. */
    private void present(String value) throws IOException {
        csv.cell(value == null || value.isEmpty() ? null : value);
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void finish() throws IOException {
        csv.flush();
    }
}
