package dev.faultline.core.formats;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.faultline.core.evidence.SourceRef;

/**
 * Reads CSV rows one at a time with the line each starts on. Rows are cut out of the text by
 * following quotes (a quoted field may span lines) and each row is parsed by Apache Commons CSV on
 * its own, so a malformed row is rejected alone and the rows after it are still read. A row left
 * open by an unbalanced quote is rejected after {@link #MAX_ROW_LINES} lines or
 * {@link #MAX_ROW_CHARS} characters and the lines after its first are read again as rows.
 */
public final class CsvReader {

    /** Most lines one quoted row may span. */
    public static final int MAX_ROW_LINES = 10_000;
    /** Most characters one row may hold. */
    public static final int MAX_ROW_CHARS = 8 << 20;

    /**
     * One row.
     *
     * @param line the 1-based line the row starts on
     * @param values the fields, unquoted
     * @param raw the row's text as in the file
     */
    public record Row(long line, List<String> values, String raw) {

        /** The field at {@code index}, or {@code null} when the row is shorter. */
        public String get(int index) {
            return index >= 0 && index < values.size() ? values.get(index) : null;
        }
    }

    private record Line(long number, String text) {
    }

    private final LineReader lines;
    private final String file;
    private final RecordSink rejections;
    private final Deque<Line> replay = new ArrayDeque<>();
    /** The lines of a row that spans several, joined (reused row after row). */
    private final StringBuilder joined = new StringBuilder();
    private CSVFormat format;
    private char delimiter;

    /**
     * @param delimiter the field separator, or 0 to pick {@code ,} {@code ;} or tab from the first row
     */
    public CsvReader(LineReader lines, String file, char delimiter, RecordSink rejections) {
        this.lines = lines;
        this.file = file;
        this.rejections = rejections;
        this.delimiter = delimiter;
        if (delimiter != 0) {
            this.format = formatFor(delimiter);
        }
    }

    /** Makes a line already read from the {@link LineReader} the next one this reader reads. */
    public void pushBack(long number, String text) {
        replay.addFirst(new Line(number, text));
    }

    /** The delimiter in use ({@code 0} before the first row when sniffing). */
    public char delimiter() {
        return delimiter;
    }

    /** The next row, or {@code null} at the end. Blank lines are skipped. */
    public Row next() throws IOException {
        while (true) {
            Line first = nextLine();
            if (first == null) {
                return null;
            }
            if (first.text().isBlank()) {
                continue;
            }
            if (format == null) {
                delimiter = sniffDelimiter(first.text());
                format = formatFor(delimiter);
            }
            boolean open = oddQuotes(first.text());
            if (!open) {
                Row row = parse(first.number(), first.number(), first.text());
                if (row != null) {
                    return row;
                }
                continue;
            }
            List<Line> taken = new ArrayList<>();
            taken.add(first);
            StringBuilder text = joined; // kept with its capacity: rows of kilobytes need not grow a new one each
            text.setLength(0);
            text.append(first.text());
            boolean closed = false;
            while (taken.size() < MAX_ROW_LINES && text.length() < MAX_ROW_CHARS) {
                Line more = nextLine();
                if (more == null) {
                    break;
                }
                taken.add(more);
                text.append('\n').append(more.text());
                if (oddQuotes(more.text())) {
                    closed = true;
                    break;
                }
            }
            String rowText = closed ? text.toString() : null;
            if (text.length() > 1 << 20) { // a huge row: its buffer is not kept
                text.setLength(0);
                text.trimToSize();
            }
            if (closed) {
                Row row = parse(first.number(), taken.get(taken.size() - 1).number(), rowText);
                if (row != null) {
                    return row;
                }
                continue;
            }
            rejections.reject(new Rejection(SourceRef.line(file, first.number()),
                    "quoted field opened here is never closed (within " + taken.size() + " lines); row skipped"));
            for (int i = taken.size() - 1; i >= 1; i--) {
                replay.addFirst(taken.get(i));
            }
        }
    }

    private Line nextLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.removeFirst();
        }
        while (true) {
            String text = lines.readLine();
            if (text == null) {
                return null;
            }
            if (lines.truncated()) {
                rejections.reject(new Rejection(SourceRef.line(file, lines.lineNumber()), lines.truncationReason() + "; row skipped"));
                continue;
            }
            return new Line(lines.lineNumber(), text);
        }
    }

    private Row parse(long line, long lastLine, String text) {
        List<String> fields = CsvFields.split(text, delimiter);
        if (fields != null) {
            return new Row(line, fields, text);
        }
        String lines = lastLine > line ? " (lines " + line + "-" + lastLine + ")" : "";
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            if (records.hasNext()) {
                rejections.reject(new Rejection(SourceRef.line(file, line), "malformed CSV row" + lines + ": it splits into more than one row; skipped"));
                return null;
            }
            return new Row(line, record.toList(), text);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            rejections.reject(new Rejection(SourceRef.line(file, line), "malformed CSV row" + lines + " (" + message.strip() + "); skipped"));
            return null;
        }
    }

    private static boolean oddQuotes(String text) {
        int count = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) == '"') {
                count++;
            }
        }
        return (count & 1) == 1;
    }

    private static CSVFormat formatFor(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false).get();
    }

    /** The most frequent of {@code , ; TAB} outside quotes in a header line ({@code ,} on a tie). */
    public static char sniffDelimiter(String header) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }

    /**
     * Splits the first line of a head sample as a CSV header (for detection), lower-cased and
     * trimmed; empty when the line is not CSV.
     */
    public static List<String> headerOf(String firstLine) {
        char d = sniffDelimiter(firstLine);
        try (CSVParser parser = CSVParser.parse(new StringReader(firstLine), formatFor(d))) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String value : it.next()) {
                names.add(value.strip().toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }
}
