package dev.faultline.core.formats.eventlog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.CsvReader;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.LineReader;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.TextDecoding;
import dev.faultline.core.formats.TextInput;
import dev.faultline.core.formats.Timestamps;

/**
 * Windows events exported as CSV: Event Viewer "Save as CSV" ({@code Level,Date and Time,Source,
 * Event ID,Task Category} plus an unnamed message column), PowerShell {@code Get-WinEvent |
 * Export-Csv} and {@code Get-EventLog | Export-Csv}. Columns are found by header name; unknown
 * columns become event data. Times without a zone are read in {@link ParseOptions#zone()}.
 */
public final class EventLogCsvParser implements FormatParser {

    public static final String ID = "eventlog-csv";

    private enum Column { PROVIDER, EVENT_ID, LEVEL, CHANNEL, COMPUTER, TIME, RECORD_ID, MESSAGE }

    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("source", Column.PROVIDER), Map.entry("providername", Column.PROVIDER), Map.entry("provider", Column.PROVIDER),
            Map.entry("event id", Column.EVENT_ID), Map.entry("eventid", Column.EVENT_ID), Map.entry("id", Column.EVENT_ID),
            Map.entry("level", Column.LEVEL), Map.entry("entrytype", Column.LEVEL), Map.entry("leveldisplayname", Column.LEVEL),
            Map.entry("logname", Column.CHANNEL), Map.entry("log name", Column.CHANNEL), Map.entry("channel", Column.CHANNEL),
            Map.entry("machinename", Column.COMPUTER), Map.entry("computer", Column.COMPUTER), Map.entry("computername", Column.COMPUTER),
            Map.entry("date and time", Column.TIME), Map.entry("timecreated", Column.TIME), Map.entry("timegenerated", Column.TIME),
            Map.entry("recordid", Column.RECORD_ID), Map.entry("index", Column.RECORD_ID), Map.entry("record number", Column.RECORD_ID),
            Map.entry("message", Column.MESSAGE), Map.entry("description", Column.MESSAGE));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Windows events exported as CSV (Event Viewer, Get-WinEvent, Get-EventLog)";
    }

    @Override
    public int detect(byte[] head) {
        String text = TextDecoding.headText(head);
        if (text == null) {
            return 0;
        }
        String first = firstHeaderLine(text);
        if (first == null) {
            return 0;
        }
        List<String> header = CsvReader.headerOf(first);
        boolean id = header.contains("event id") || header.contains("eventid") || header.contains("id");
        boolean provider = header.contains("source") || header.contains("providername");
        boolean time = header.contains("date and time") || header.contains("timecreated") || header.contains("timegenerated");
        return id && provider && time ? 90 : 0;
    }

    private static String firstHeaderLine(String text) {
        for (String line : text.split("\r\n|\n|\r", 5)) {
            if (!line.isBlank() && !line.startsWith("#TYPE")) {
                return line;
            }
        }
        return null;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        LineReader lines = TextInput.lines(in, file, options, sink);
        if (lines == null) {
            return;
        }
        String first;
        while ((first = lines.readLine()) != null) {
            TextInput.reportTruncation(lines, file, sink);
            if (!first.isBlank() && !first.startsWith("#TYPE")) {
                break;
            }
            // PowerShell's type line and blank lines come before the header
        }
        if (first == null) {
            sink.reject(new Rejection(SourceRef.line(file, Math.max(1, lines.lineNumber())), "no CSV header found"));
            return;
        }
        CsvReader reader = new CsvReader(lines, file, (char) 0, sink);
        reader.pushBack(lines.lineNumber(), first);
        CsvReader.Row header = reader.next();
        if (header == null) {
            return;
        }
        List<Column> columns = new ArrayList<>();
        for (String name : header.values()) {
            columns.add(HEADERS.get(name.strip().toLowerCase(Locale.ROOT)));
        }
        if (!columns.contains(Column.EVENT_ID)) {
            sink.reject(new Rejection(SourceRef.line(file, header.line()), "CSV header has no event id column (Event ID, Id or EventID)"));
            return;
        }
        CsvReader.Row row;
        int rows = 0;
        while ((row = reader.next()) != null) {
            rows++;
            event(row, header.values(), columns, file, options, sink);
        }
        if (rows == 0) {
            sink.reject(new Rejection(SourceRef.line(file, header.line()), "CSV file has a header but no rows"));
        }
    }

    private static void event(CsvReader.Row row, List<String> names, List<Column> columns, String file, ParseOptions options,
            RecordSink sink) {
        SourceRef source = SourceRef.line(file, row.line());
        List<String> values = row.values();
        if (values.size() != names.size() && values.size() != names.size() + 1) {
            sink.reject(new Rejection(source, "row has " + values.size() + " fields but the header has " + names.size()));
            return;
        }
        Map<Column, String> known = new LinkedHashMap<>();
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Column column = columns.get(i);
            if (column != null) {
                known.putIfAbsent(column, values.get(i));
            } else if (!values.get(i).isEmpty()) {
                data.put(names.get(i), values.get(i));
            }
        }
        if (values.size() == names.size() + 1) {
            known.putIfAbsent(Column.MESSAGE, values.get(names.size()));
        }
        Integer eventId;
        try {
            eventId = Integer.valueOf(known.get(Column.EVENT_ID).strip());
        } catch (NumberFormatException e) {
            sink.reject(new Rejection(source, "event id '" + known.get(Column.EVENT_ID) + "' is not a number"));
            return;
        }
        String timeText = emptyToNull(known.get(Column.TIME));
        Instant time = null;
        if (timeText != null) {
            time = Timestamps.parseIso(timeText, options.zone());
            if (time == null) {
                Timestamps.Found us = Timestamps.usDateTimeAt(timeText, 0, options.zone());
                time = us == null ? null : us.instant();
            }
        }
        Long recordId = null;
        if (known.get(Column.RECORD_ID) != null) {
            try {
                recordId = Long.valueOf(known.get(Column.RECORD_ID).strip());
            } catch (NumberFormatException e) {
                data.put("recordId", known.get(Column.RECORD_ID));
            }
        }
        WindowsEvent event = new WindowsEvent(emptyToNull(known.get(Column.PROVIDER)), eventId, level(known.get(Column.LEVEL)),
                emptyToNull(known.get(Column.CHANNEL)), emptyToNull(known.get(Column.COMPUTER)), time, timeText, recordId,
                Collections.unmodifiableMap(data), emptyToNull(known.get(Column.MESSAGE)), null);
        sink.accept(EventMapping.map(event, source));
    }

    /** A level number from a number or an English level word, else {@code null}. */
    static Integer level(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "critical" -> 1;
            case "error" -> 2;
            case "warning" -> 3;
            case "information", "informational", "info" -> 4;
            case "verbose" -> 5;
            default -> {
                try {
                    yield Integer.valueOf(t);
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
        };
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
