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
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            if (field == null) {
                                field = new StringBuilder(text.length() - start);
                            }
                            field.append(text, start, i + 1);
                            i += 2;
                            start = i;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    i++;
                }
                if (!closed) {
                    return null;
                }
                fields.add(field == null ? text.substring(start, i) : field.append(text, start, i).toString());
                i++; // the closing quote
                if (i < n && text.charAt(i) != delimiter) {
                    return null;
                }
            } else {
                int start = i;
                while (i < n && text.charAt(i) != delimiter) {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\n' || c == '\r') {
                        return null;
                    }
                    i++;
                }
                fields.add(text.substring(start, i));
            }
            if (i >= n) {
                return fields;
            }
            i++; // the delimiter
        }
    }
}
