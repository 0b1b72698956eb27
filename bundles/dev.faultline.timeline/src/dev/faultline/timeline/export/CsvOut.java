package dev.faultline.timeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV in UTF-8, cell by cell, through one char buffer: a cell is copied into the buffer
 * and quoted only where it must be. Writes exactly what Commons CSV's {@code CSVFormat.RFC4180}
 * with {@code "\n"} records writes (its minimal quoting): a cell is quoted when it starts with a
 * character up to {@code '#'}, holds a comma, quote, CR or LF, or ends with a character up to a
 * space, and an empty first cell is written {@code ""} (an absent one as nothing); quotes are
 * doubled. Cells can be spans of a larger string, so no cell is copied out of its record.
 */
final class CsvOut {

    private static final int SIZE = 1 << 16;
    private final Writer out;
    private final char[] buf = new char[SIZE];
    private final char[] digits = new char[20];
    private int pos;
    private boolean recordStart = true;

    /** CSV on {@code stream} (not closed; see {@link #flush()}). */
    CsvOut(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /** A cell; {@code null} is an absent (empty) cell. */
    void cell(String value) throws IOException {
        if (value == null) {
            separate();
        } else {
            cell(value, 0, value.length());
        }
    }

    /** A cell holding {@code value.substring(from, to)}. */
    void cell(String value, int from, int to) throws IOException {
        boolean first = recordStart;
        separate();
        if (from == to) {
            if (first) {
                put('"');
                put('"');
            }
            return;
        }
        if (!needsQuotes(value, from, to)) {
            copy(value, from, to);
            return;
        }
        put('"');
        int start = from;
        for (int q = value.indexOf('"', from, to); q >= 0; q = value.indexOf('"', q + 1, to)) {
            copy(value, start, q + 1);
            put('"');
            start = q + 1;
        }
        copy(value, start, to);
        put('"');
    }

    /** A cell of a number (never quoted: digits and a sign). */
    void cell(long value) throws IOException {
        separate();
        int i = digits.length;
        long v = value;
        do {
            digits[--i] = (char) ('0' + Math.abs(v % 10));
            v /= 10;
        } while (v != 0);
        if (value < 0) {
            digits[--i] = '-';
        }
        raw(digits, i, digits.length - i);
    }

    /** A cell of characters that never need quotes (e.g. a formatted time). */
    void plainCell(char[] chars, int length) throws IOException {
        separate();
        raw(chars, 0, length);
    }

    /** Ends the record. */
    void endRecord() throws IOException {
        put('\n');
        recordStart = true;
    }

    /** Writes what is buffered through to the stream and flushes it. */
    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void separate() throws IOException {
        if (recordStart) {
            recordStart = false;
        } else {
            put(',');
        }
    }

    private static boolean needsQuotes(String value, int from, int to) {
        if (value.charAt(from) <= '#' || value.charAt(to - 1) <= ' ') {
            return true;
        }
        if (to - from < 32) {
            for (int i = from; i < to; i++) {
                char c = value.charAt(i);
                if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                    return true;
                }
            }
            return false;
        }
        return value.indexOf(',', from, to) >= 0 || value.indexOf('"', from, to) >= 0 || value.indexOf('\n', from, to) >= 0
                || value.indexOf('\r', from, to) >= 0;
    }

    private void copy(String value, int from, int to) throws IOException {
        while (from < to) {
            if (pos == SIZE) {
                drain();
            }
            int n = Math.min(to - from, SIZE - pos);
            value.getChars(from, from + n, buf, pos);
            pos += n;
            from += n;
        }
    }

    private void raw(char[] chars, int from, int length) throws IOException {
        if (length > SIZE - pos) {
            drain();
        }
        System.arraycopy(chars, from, buf, pos, length);
        pos += length;
    }

    private void put(char c) throws IOException {
        if (pos == SIZE) {
            drain();
        }
        buf[pos++] = c;
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }
}
