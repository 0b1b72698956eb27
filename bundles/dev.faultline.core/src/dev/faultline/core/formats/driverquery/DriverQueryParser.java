package dev.faultline.core.formats.driverquery;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * {@code driverquery} output, plain or {@code /v}, in its three layouts: table (columns found from
 * the {@code ====} line, so headers re-spaced by hand or in another language still work), list
 * ({@code Key: value} blocks) and {@code /fo csv}. English headers are mapped by name; other
 * languages are mapped by position when the column count is that of plain (4) or {@code /v} (15)
 * output, and their values are kept as written.
 */
public final class DriverQueryParser implements FormatParser {

    public static final String ID = "driverquery";

    /** Earliest link date taken as a real date (older ones are build hashes). */
    static final LocalDate EARLIEST_PLAUSIBLE_LINK_DATE = LocalDate.of(1995, 1, 1);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "driverquery output (plain or /v; table, list or csv)";
    }

    @Override
    public int detect(byte[] head) {
        String text = TextDecoding.headText(head);
        if (text == null) {
            return 0;
        }
        String[] lines = text.split("\r\n|\n|\r", 60);
        for (int i = 0; i < Math.min(lines.length, 50); i++) {
            String line = lines[i];
            if (isSeparator(line) && i > 0) {
                String header = lines[i - 1].toLowerCase(java.util.Locale.ROOT);
                if (header.contains("module name")) {
                    return 95;
                }
                int columns = spans(line).size();
                return columns == 4 || columns == 15 ? 60 : 0;
            }
            String t = line.strip().toLowerCase(java.util.Locale.ROOT);
            if (t.startsWith("\"module name\",\"display name\"")) {
                return 95;
            }
            if (isCsvHeader(t)) {
                // collected remotely, e.g. PowerShell's Invoke-Command adds "PSComputerName" (first or last)
                return 95;
            }
            if (t.startsWith("module name:") && text.toLowerCase(java.util.Locale.ROOT).contains("driver type:")) {
                return 90;
            }
        }
        return 0;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        LineReader lines = TextInput.lines(in, file, options, sink);
        if (lines == null) {
            return;
        }
        new Reading(lines, file, options, sink).run();
    }

    /**
     * Whether a line is a quoted CSV header of driverquery {@code /fo csv}, with columns added around
     * it by the tool that gathered it (a leading {@code PSComputerName}, a trailing {@code RunspaceId}).
     */
    static boolean isCsvHeader(String lowerCaseLine) {
        if (!lowerCaseLine.startsWith("\"")) {
            return false;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : lowerCaseLine.split(",")) {
            String c = cell.strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1);
            }
            cells.add(c.strip());
        }
        int known = 0;
        for (String cell : cells) {
            DriverColumn column = DriverColumn.byHeader(cell);
            if (column != null && column != DriverColumn.HOST) {
                known++;
            }
        }
        return cells.contains("module name") && (cells.contains("display name") || cells.contains("driver type")) && known >= 3;
    }

    /** PowerShell's {@code Export-Csv} without {@code -NoTypeInformation} writes this line first. */
    static boolean isTypeLine(String line) {
        return line.strip().startsWith("#TYPE ");
    }

    static boolean isSeparator(String line) {
        String t = line.strip();
        if (t.length() < 3 || t.charAt(0) != '=') {
            return false;
        }
        int groups = 1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                if (i + 1 < t.length() && t.charAt(i + 1) == '=') {
                    groups++;
                }
            } else if (c != '=') {
                return false;
            }
        }
        return groups >= 2;
    }

    /** Start and end (exclusive) of each {@code ===} group; the last runs to the end of any line. */
    static List<int[]> spans(String separator) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int n = separator.length();
        while (i < n) {
            while (i < n && separator.charAt(i) != '=') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && separator.charAt(i) == '=') {
                i++;
            }
            spans.add(new int[] {start, i});
        }
        return spans;
    }

    /** One parse: the layout is chosen from the first non-blank line. */
    private static final class Reading {
        private final LineReader lines;
        private final String file;
        private final ParseOptions options;
        private final RecordSink sink;
        private String host;
        private int records;
        private final LocalDateTime latestPlausibleLinkDate;

        Reading(LineReader lines, String file, ParseOptions options, RecordSink sink) {
            this.lines = lines;
            this.file = file;
            this.options = options;
            this.sink = sink;
            this.latestPlausibleLinkDate = LocalDateTime.now(options.zone()).plusDays(1);
        }

        void run() throws IOException {
            String first = null;
            while ((first = lines.readLine()) != null && (first.isBlank() || isTypeLine(first) || hostLine(first))) {
                // skip leading blank lines; a leading "Host Name: X" names the host
            }
            if (first == null) {
                sink.reject(new Rejection(SourceRef.line(file, Math.max(1, lines.lineNumber())), "no driverquery output: the file has only blank lines"));
                return;
            }
            TextInput.reportTruncation(lines, file, sink);
            if (first.strip().startsWith("\"")) {
                csv(first, lines.lineNumber());
            } else if (isListLine(first) && !first.contains("  =")) {
                list(first, lines.lineNumber());
            } else {
                table(first, lines.lineNumber());
            }
            if (records == 0) {
                sink.reject(new Rejection(SourceRef.line(file, 1), "no driver rows found"));
            }
        }

        private void table(String firstLine, long firstNumber) throws IOException {
            String pending = firstLine;
            long pendingNumber = firstNumber;
            List<int[]> spans = null;
            List<DriverColumn> columns = null;
            List<String> headers = null;
            String line;
            while (true) {
                line = lines.readLine();
                if (line != null) {
                    TextInput.reportTruncation(lines, file, sink);
                }
                if (line != null && isSeparator(line) && pending != null) {
                    spans = spans(line);
                    headers = slice(pending, spans);
                    columns = columnsOf(pending, headers);
                    pending = null;
                    continue;
                }
                if (pending != null) {
                    if (!pending.isBlank()) {
                        if (spans != null) {
                            row(slice(pending, spans), columns, headers, pendingNumber, pending);
                        } else if (!hostLine(pending)) {
                            sink.reject(new Rejection(SourceRef.line(file, pendingNumber),
                                    "not part of a driverquery table (no ==== line under a header before it)"));
                        }
                    }
                }
                if (line == null) {
                    return;
                }
                pending = line;
                pendingNumber = lines.lineNumber();
            }
        }

        private boolean hostLine(String line) {
            String t = line.strip();
            int colon = t.indexOf(':');
            if (colon > 0 && DriverColumn.byHeader(t.substring(0, colon)) == DriverColumn.HOST) {
                host = t.substring(colon + 1).strip();
                return true;
            }
            return false;
        }

        private void row(List<String> values, List<DriverColumn> columns, List<String> headers, long number, String raw) {
            int filled = 0;
            for (String value : values) {
                if (!value.isEmpty()) {
                    filled++;
                }
            }
            int colon = raw.indexOf(':');
            if (colon > 0 && colon < 24 && hostLine(raw)) {
                return;
            }
            if (filled * 2 < values.size() || values.get(0).isEmpty()) {
                sink.reject(new Rejection(SourceRef.line(file, number), "not a driverquery row (only " + filled + " of "
                        + values.size() + " columns filled): " + abbreviate(raw)));
                return;
            }
            emit(values, columns, headers, number);
        }

        private void csv(String firstLine, long firstNumber) throws IOException {
            CsvReader reader = new CsvReader(lines, file, ',', sink);
            reader.pushBack(firstNumber, firstLine);
            CsvReader.Row header = reader.next();
            if (header == null) {
                return;
            }
            List<String> headers = header.values();
            List<DriverColumn> columns = columnsFromNames(headers);
            CsvReader.Row row;
            while ((row = reader.next()) != null) {
                if (row.values().size() != headers.size()) {
                    sink.reject(new Rejection(SourceRef.line(file, row.line()), "row has " + row.values().size()
                            + " fields but the header has " + headers.size() + ": " + abbreviate(row.raw())));
                    continue;
                }
                if (row.values().equals(headers)) {
                    continue;
                }
                emit(strip(row.values()), columns, headers, row.line());
            }
        }

        private void list(String firstLine, long firstNumber) throws IOException {
            List<String> keys = new ArrayList<>();
            List<String> values = new ArrayList<>();
            long start = 0;
            String line = firstLine;
            long number = firstNumber;
            while (true) {
                if (line == null || line.isBlank()) {
                    flushList(keys, values, start);
                    keys.clear();
                    values.clear();
                } else {
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        sink.reject(new Rejection(SourceRef.line(file, number), "not a 'Name: value' line of driverquery /fo list: " + abbreviate(line)));
                    } else {
                        String key = line.substring(0, colon).strip();
                        if (keys.contains(key)) {
                            flushList(keys, values, start);
                            keys.clear();
                            values.clear();
                        }
                        if (keys.isEmpty()) {
                            start = number;
                        }
                        keys.add(key);
                        values.add(line.substring(colon + 1).strip());
                    }
                }
                if (line == null) {
                    return;
                }
                line = lines.readLine();
                number = lines.lineNumber();
                if (line != null) {
                    TextInput.reportTruncation(lines, file, sink);
                }
            }
        }

        private void flushList(List<String> keys, List<String> values, long start) {
            if (keys.isEmpty()) {
                return;
            }
            if (keys.size() == 1 && DriverColumn.byHeader(keys.get(0)) == DriverColumn.HOST) {
                host = values.get(0);
                return;
            }
            emit(new ArrayList<>(values), columnsFromNames(keys), new ArrayList<>(keys), start);
        }

        private void emit(List<String> values, List<DriverColumn> columns, List<String> headers, long number) {
            Map<DriverColumn, String> known = new EnumMap<>(DriverColumn.class);
            Map<String, String> other = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                DriverColumn column = i < columns.size() ? columns.get(i) : null;
                String value = values.get(i);
                if (column != null) {
                    known.put(column, value.isEmpty() ? null : value);
                } else {
                    String name = i < headers.size() && !headers.get(i).isBlank() ? headers.get(i).strip() : "column " + (i + 1);
                    other.put(name, value);
                }
            }
            String module = known.get(DriverColumn.MODULE_NAME);
            if (module == null) {
                sink.reject(new Rejection(SourceRef.line(file, number), "driver row without a module name"));
                return;
            }
            String linkText = known.get(DriverColumn.LINK_DATE);
            String rowHost = known.get(DriverColumn.HOST) != null ? known.get(DriverColumn.HOST) : host;
            records++;
            sink.accept(new DriverRecord(rowHost, module, known.get(DriverColumn.DISPLAY_NAME),
                    known.get(DriverColumn.DESCRIPTION), known.get(DriverColumn.DRIVER_TYPE), known.get(DriverColumn.START_MODE),
                    known.get(DriverColumn.STATE), known.get(DriverColumn.STATUS), known.get(DriverColumn.ACCEPT_STOP),
                    known.get(DriverColumn.ACCEPT_PAUSE), bytes(known.get(DriverColumn.PAGED_POOL)),
                    bytes(known.get(DriverColumn.CODE)), bytes(known.get(DriverColumn.BSS)), bytes(known.get(DriverColumn.INIT)),
                    linkText, linkDate(linkText), known.get(DriverColumn.PATH), Collections.unmodifiableMap(other),
                    SourceRef.line(file, number)));
        }

        /** Columns for a table header: sliced names, else the header's words matched to known names, else position. */
        private List<DriverColumn> columnsOf(String header, List<String> sliced) {
            List<DriverColumn> byName = new ArrayList<>();
            boolean allKnown = true;
            for (String name : sliced) {
                DriverColumn column = DriverColumn.byHeader(name);
                allKnown &= column != null;
                byName.add(column);
            }
            if (allKnown) {
                return byName;
            }
            List<DriverColumn> byWords = matchWords(header);
            if (byWords != null && byWords.size() == sliced.size()) {
                return byWords;
            }
            return positional(sliced.size(), byName);
        }

        private List<DriverColumn> columnsFromNames(List<String> names) {
            List<DriverColumn> byName = new ArrayList<>();
            boolean allKnown = true;
            for (String name : names) {
                DriverColumn column = DriverColumn.byHeader(name);
                allKnown &= column != null;
                byName.add(column);
            }
            return allKnown ? byName : positional(names.size(), byName);
        }

        private static List<DriverColumn> positional(int count, List<DriverColumn> byName) {
            boolean noneKnown = byName.stream().allMatch(c -> c == null);
            if (noneKnown && count == DriverColumn.VERBOSE.size()) {
                return DriverColumn.VERBOSE;
            }
            if (noneKnown && count == DriverColumn.PLAIN.size()) {
                return DriverColumn.PLAIN;
            }
            return byName;
        }

        /** Splits a re-spaced English header into known column names, or {@code null}. */
        private static List<DriverColumn> matchWords(String header) {
            String[] words = header.strip().split("\\s+");
            List<DriverColumn> columns = new ArrayList<>();
            int i = 0;
            while (i < words.length) {
                DriverColumn match = null;
                int used = 0;
                for (int take = Math.min(3, words.length - i); take >= 1 && match == null; take--) {
                    String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + take));
                    DriverColumn column = exact(candidate);
                    if (column != null) {
                        match = column;
                        used = take;
                    }
                }
                if (match == null) {
                    return null;
                }
                columns.add(match);
                i += used;
            }
            return columns;
        }

        private static DriverColumn exact(String candidate) {
            String t = DriverColumn.normalize(candidate);
            for (DriverColumn column : DriverColumn.values()) {
                if (DriverColumn.normalize(column.header).equals(t)) {
                    return column;
                }
            }
            return switch (t) {
                case "code(bytes)" -> DriverColumn.CODE;
                case "bss(bytes)" -> DriverColumn.BSS;
                case "init(bytes)" -> DriverColumn.INIT;
                case "paged pool(bytes)" -> DriverColumn.PAGED_POOL;
                default -> null;
            };
        }

        private LocalDateTime linkDate(String text) {
            if (text == null) {
                return null;
            }
            LocalDateTime local = null;
            String t = text.strip();
            Timestamps.Found us = Timestamps.usDateTimeAt(t, 0, ZoneOffset.UTC);
            if (us != null) {
                local = us.local();
            } else {
                Timestamps.Found iso = Timestamps.isoAt(t, 0, ZoneOffset.UTC, '-');
                if (iso != null) {
                    local = iso.local();
                } else {
                    local = dottedDayFirst(t);
                }
            }
            if (local == null || local.toLocalDate().isBefore(EARLIEST_PLAUSIBLE_LINK_DATE)
                    || local.isAfter(latestPlausibleLinkDate)) {
                return null;
            }
            return local;
        }
    }

    private static final java.util.regex.Pattern DOTTED_DAY_FIRST =
            java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})[ ,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    /** {@code 29.09.2022 15:45:03} (German and others), or {@code null}. */
    static LocalDateTime dottedDayFirst(String text) {
        java.util.regex.Matcher m = DOTTED_DAY_FIRST.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A byte count with any thousands separators ({@code 4,096}, {@code 4.096}, {@code 4 096}), or {@code null}. */
    static Long bytes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ',' && c != '.' && c != ' ' && c != '\u00A0' && c != '\u202F' && c != '\'') {
                return null;
            }
        }
        if (digits.isEmpty() || digits.length() > 18) {
            return null;
        }
        return Long.parseLong(digits.toString());
    }

    static List<String> slice(String line, List<int[]> spans) {
        List<String> values = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = i == spans.size() - 1 ? line.length() : spans.get(i + 1)[0];
            if (start >= line.length()) {
                values.add("");
            } else {
                values.add(line.substring(start, Math.min(end, line.length())).strip());
            }
        }
        return values;
    }

    private static List<String> strip(List<String> values) {
        List<String> stripped = new ArrayList<>(values.size());
        for (String value : values) {
            stripped.add(value.strip());
        }
        return stripped;
    }

    private static boolean isListLine(String line) {
        int colon = line.indexOf(':');
        return colon > 1 && colon < 40 && !line.substring(0, colon).contains("  ");
    }

    static String abbreviate(String text) {
        String t = text.strip();
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
