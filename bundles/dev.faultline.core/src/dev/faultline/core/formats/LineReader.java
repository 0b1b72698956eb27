package dev.faultline.core.formats;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r}) with their 1-based numbers and never holds
 * more than one line of at most {@code maxLength} characters: the rest of a longer line is skipped
 * and the line is marked {@link #truncated()}.
 */
public final class LineReader {

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[16384];
    private int position;
    private int limit;
    private boolean eof;
    private long lineNumber;
    private boolean truncated;
    private long fullLength;
    private final StringBuilder spill = new StringBuilder();

    public LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its terminator, or {@code null} at the end of the input. */
    public String readLine() throws IOException {
        truncated = false;
        fullLength = 0;
        spill.setLength(0);
        boolean any = false;
        while (true) {
            if (position >= limit && !fill()) {
                if (!any) {
                    return null;
                }
                lineNumber++;
                return spill.toString();
            }
            any = true;
            char[] b = buffer;
            int end = limit;
            int i = position;
            while (i < end) {
                char c = b[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            int length = i - position;
            fullLength += length;
            if (i == end) {
                appendCapped(position, length);
                position = i;
                continue;
            }
            String line;
            if (spill.isEmpty()) {
                int take = Math.min(length, maxLength);
                truncated = take < length;
                line = new String(b, position, take);
            } else {
                appendCapped(position, length);
                line = spill.toString();
            }
            position = i + 1;
            if (b[i] == '\r') {
                if (position >= limit) {
                    fill();
                }
                if (position < limit && buffer[position] == '\n') {
                    position++;
                }
            }
            lineNumber++;
            return line;
        }
    }

    private void appendCapped(int start, int length) {
        int room = maxLength - spill.length();
        int take = Math.max(0, Math.min(room, length));
        if (take < length) {
            truncated = true;
        }
        spill.append(buffer, start, take);
    }

    private boolean fill() throws IOException {
        position = 0;
        limit = 0;
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        limit = n;
        return true;
    }

    /** Number of the line last returned (1-based). */
    public long lineNumber() {
        return lineNumber;
    }

    /** Whether the line last returned was cut at the maximum length. */
    public boolean truncated() {
        return truncated;
    }

    /** Length in characters of the line last returned before it was cut. */
    public long fullLength() {
        return fullLength;
    }

    /** The message for a truncated line. */
    public String truncationReason() {
        return "line of " + fullLength + " characters is longer than the limit of " + maxLength + "; only its first " + maxLength + " characters were read";
    }
}
