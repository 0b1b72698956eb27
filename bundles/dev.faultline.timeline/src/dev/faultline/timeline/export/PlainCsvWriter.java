package dev.faultline.timeline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.faultline.timeline.TimelineRow;

/** CSV: {@code time} (ISO 8601 in the chosen zone), {@code message}, the attributes, then the records' fields. */
final class PlainCsvWriter implements RowWriter {

    private final BufferedWriter writer;
    private final CSVPrinter csv;
    private final ZoneId zone;
    private final List<String> fieldNames;
    private final Object[] values;

    PlainCsvWriter(OutputStream out, ZoneId zone, List<String> fieldNames) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.zone = zone;
        this.fieldNames = fieldNames;
        List<String> header = new ArrayList<>(List.of("time", "message"));
        header.addAll(Attributes.FIXED);
        header.addAll(fieldNames);
        this.values = new Object[header.size()];
        this.csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(header);
    }

    @Override
    public void write(TimelineRow row) throws IOException {
        values[0] = IsoTimes.iso(row.time(), zone);
        values[1] = row.message();
        Map<String, Object> fixed = Attributes.fixed(row);
        int i = 2;
        for (String name : Attributes.FIXED) {
            Object v = fixed.get(name);
            values[i++] = v instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList()) : CsvValues.text(v);
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
