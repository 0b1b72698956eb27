package dev.faultline.timeline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.faultline.timeline.TimelineRow;

/**
 * Timesketch's CSV import: the mandatory {@code message}, {@code datetime} (ISO 8601, UTC),
 * {@code timestamp_desc}, and {@code timestamp} (microseconds), then every attribute as a
 * column; {@code tag} is a JSON list, as Timesketch reads it.
 */
final class TimesketchCsvWriter implements RowWriter {

    private final BufferedWriter writer;
    private final CSVPrinter csv;
    private final List<String> fieldNames;
    private final Object[] values;

    TimesketchCsvWriter(OutputStream out, List<String> fieldNames) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.fieldNames = fieldNames;
        List<String> header = new ArrayList<>(List.of("message", "datetime", "timestamp_desc", "timestamp"));
        header.addAll(Attributes.FIXED);
        header.addAll(fieldNames);
        this.values = new Object[header.size()];
        this.csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(header);
    }

    @Override
    public void write(TimelineRow row) throws IOException {
        values[0] = row.message();
        values[1] = IsoTimes.iso(row.time(), ZoneOffset.UTC);
        values[2] = Attributes.timestampDescription(row);
        values[3] = IsoTimes.micros(row.time());
        Map<String, Object> fixed = Attributes.fixed(row);
        int i = 4;
        for (String name : Attributes.FIXED) {
            values[i++] = CsvValues.text(fixed.get(name));
        }
        Map<String, String> fields = Attributes.fields(row.record());
        for (String name : fieldNames) {
            values[i++] = fields.get(name);
        }
        csv.printRecord(values);
    }

    @Override
    public void finish() throws IOException {
        csv.flush();
        writer.flush();
    }
}
