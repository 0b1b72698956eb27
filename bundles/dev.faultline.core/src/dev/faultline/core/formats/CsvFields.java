package dev.faultline.core.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV row that is well-formed RFC 4180 into its fields without building a parser per
 * row (Apache Commons CSV allocates buffers of several KiB for each parser, which made reading a
 * timeline CSV allocate 20 times its size). Anything unusual (a quote inside an unquoted field,
 * text after a closing quote, an unclosed quote, a line break outside quotes) returns {@code null}
 * so that {@link CsvReader} hands the row to Commons CSV, which decides and explains.
 */
final class CsvFields {

    private CsvFields() {
    }

    /** The fields of {@code text}, or {@code null} when the row is not plainly well-formed. */
    static List<String> split(String text, char delimiter) {
        List<String> fields = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                StringBuilder field = null;
                int start = ++i;
                while (true) {
                    // the next quote: String.indexOf scans many characters per step (a quoted field may be kilobytes of XML)
                    int quote = text.indexOf('"', i);
                    if (quote < 0) {
                        return null; // never closed
                    }
                    if (quote + 1 < n && text.charAt(quote + 1) == '"') {
                        if (field == null) {
                            field = new StringBuilder(text.length() - start);
                        }
                        field.append(text, start, quote + 1);
                        i = quote + 2;
                        start = i;
                        continue;
                    }
                    i = quote;
                    break;
                }
                fields.add(field == null ? text.substring(start, i) : field.append(text, start, i).toString());
                i++; // the closing quote
                if (i < n && text.charAt(i) != delimiter) {
                    return null;
                }
            } else {
                int start = i;
                int end = text.indexOf(delimiter, i);
                if (end < 0) {
                    end = n;
                }
                for (; i < end; i++) {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\n' || c == '\r') {
                        return null;
                    }
                }
                fields.add(text.substring(start, end));
            }
            if (i >= n) {
                return fields;
            }
            i++; // the delimiter
        }
    }
}
