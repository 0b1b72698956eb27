package dev.faultline.timeline.export;

import java.util.List;

/** Attribute values as CSV cells. */
final class CsvValues {

    private CsvValues() {
    }

    /** Lists as JSON lists ({@code ["a","b"]}: what Timesketch reads as tags), other values as text, absent as empty. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            StringBuilder json = new StringBuilder("[");
            for (Object item : list) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append('"').append(String.valueOf(item).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            return json.append(']').toString();
        }
        return value.toString();
    }
}
