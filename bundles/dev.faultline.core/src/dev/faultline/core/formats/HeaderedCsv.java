package dev.faultline.core.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.core.evidence.SourceRef;

/** Reads a CSV file with a header row as name-to-value maps, rejecting rows of the wrong width. */
public final class HeaderedCsv {

    /** Receives each row with its first line. */
    @FunctionalInterface
    public interface RowHandler {
        void row(Map<String, String> values, long line, String raw);
    }

    private HeaderedCsv() {
    }

    /**
     * Reads the file. The header names are kept as written (trimmed); a file without rows is
     * rejected.
     *
     * @return the header, or {@code null} when the file was rejected as a whole
     */
    public static List<String> read(InputStream in, String file, ParseOptions options, RecordSink sink, RowHandler handler)
            throws IOException {
        LineReader lines = TextInput.lines(in, file, options, sink);
        if (lines == null) {
            return null;
        }
        CsvReader reader = new CsvReader(lines, file, (char) 0, sink);
        CsvReader.Row header = reader.next();
        if (header == null) {
            sink.reject(new Rejection(SourceRef.line(file, 1), "no CSV header found"));
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String name : header.values()) {
            names.add(name.strip());
        }
        int rows = 0;
        CsvReader.Row row;
        while ((row = reader.next()) != null) {
            if (row.values().size() != names.size()) {
                sink.reject(new Rejection(SourceRef.line(file, row.line()),
                        "row has " + row.values().size() + " fields but the header has " + names.size()));
                continue;
            }
            Map<String, String> values = LinkedHashMap.newLinkedHashMap(names.size());
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), row.values().get(i));
            }
            rows++;
            handler.row(Collections.unmodifiableMap(values), row.line(), row.raw());
        }
        if (rows == 0) {
            sink.reject(new Rejection(SourceRef.line(file, header.line()), "CSV file has a header but no rows"));
        }
        return names;
    }

    /** The first non-blank line of a head sample's text, as lower-case header names. */
    public static List<String> header(byte[] head) {
        String text = TextDecoding.headText(head);
        if (text == null) {
            return List.of();
        }
        for (String line : text.split("\r\n|\n|\r", 4)) {
            if (!line.isBlank()) {
                return CsvReader.headerOf(line);
            }
        }
        return List.of();
    }
}
