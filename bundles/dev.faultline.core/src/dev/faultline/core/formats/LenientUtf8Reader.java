package dev.faultline.core.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes UTF-8; a byte that does not start a valid UTF-8 sequence is read as Windows-1252
 * instead of being replaced, so a log that mixes both (common on Windows) loses nothing.
 */
final class LenientUtf8Reader extends Reader {

    private static final char[] CP1252_HIGH = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    private final InputStream in;
    private final byte[] bytes = new byte[16384 + 4];
    private int start;
    private int end;
    private boolean eof;
    private char pendingLowSurrogate;

    LenientUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int written = 0;
        if (pendingLowSurrogate != 0) {
            cbuf[off + written++] = pendingLowSurrogate;
            pendingLowSurrogate = 0;
        }
        while (written < len) {
            if (end - start < 4 && !eof) {
                fill();
            }
            if (start >= end) {
                break;
            }
            // a run of ASCII (most log text) in one tight loop, without the checks a multi-byte sequence needs
            byte[] buffer = bytes;
            int i = start;
            int o = off + written;
            int stop = i + Math.min(end - i, len - written);
            while (i < stop && buffer[i] >= 0) {
                cbuf[o++] = (char) buffer[i++];
            }
            written = o - off;
            start = i;
            if (i == stop || (end - start < 4 && !eof)) {
                continue; // (a sequence that may go on past the bytes read so far: read more first)
            }
            int b = buffer[start] & 0xFF;
            int length = sequenceLength(b);
            int codePoint = length == 0 || start + length > end ? -1 : decode(bytes, start, length);
            if (codePoint < 0) {
                cbuf[off + written++] = cp1252(b);
                start++;
            } else if (codePoint < 0x10000) {
                cbuf[off + written++] = (char) codePoint;
                start += length;
            } else {
                cbuf[off + written++] = Character.highSurrogate(codePoint);
                start += length;
                if (written < len) {
                    cbuf[off + written++] = Character.lowSurrogate(codePoint);
                } else {
                    pendingLowSurrogate = Character.lowSurrogate(codePoint);
                }
            }
        }
        return written == 0 ? -1 : written;
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(bytes, start, bytes, 0, end - start);
            end -= start;
            start = 0;
        }
        while (end < bytes.length) {
            int n = in.read(bytes, end, bytes.length - end);
            if (n < 0) {
                eof = true;
                return;
            }
            end += n;
            if (end - start >= 4) {
                return;
            }
        }
    }

    static char cp1252(int b) {
        return b >= 0x80 && b < 0xA0 ? CP1252_HIGH[b - 0x80] : (char) b;
    }

    /** Length of the sequence a lead byte announces, 0 if it cannot lead one. */
    static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** The code point of a complete sequence, or -1 if it is not valid UTF-8. */
    static int decode(byte[] b, int i, int length) {
        int lead = b[i] & 0xFF;
        int cp;
        switch (length) {
            case 2 -> cp = lead & 0x1F;
            case 3 -> cp = lead & 0x0F;
            default -> cp = lead & 0x07;
        }
        for (int k = 1; k < length; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return -1;
            }
            cp = cp << 6 | c & 0x3F;
        }
        if (length == 3 && (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        if (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) {
            return -1;
        }
        return cp;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
