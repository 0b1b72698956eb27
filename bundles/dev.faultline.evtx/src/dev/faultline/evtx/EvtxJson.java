package dev.faultline.evtx;

import java.util.Map;

/**
 * Writes an {@link EvtxRecord} as one JSON object on one line, the form
 * {@code faultline parse --format evtx --json} prints: keys {@code recordId}, {@code timestamp}
 * (record header time, ISO-8601 UTC), {@code eventId}, {@code provider}, {@code level},
 * {@code channel}, {@code computer}, {@code data} (object, in document order) and {@code xml}.
 */
public final class EvtxJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private EvtxJson() {
    }

    /** @return the record as a single-line JSON object */
    public static String toJson(EvtxRecord record) {
        StringBuilder sb = new StringBuilder(record.xml().length() + 256);
        sb.append("{\"recordId\":").append(Long.toUnsignedString(record.recordId()));
        sb.append(",\"timestamp\":");
        appendString(sb, record.timestamp().toString());
        sb.append(",\"eventId\":").append(record.eventId());
        sb.append(",\"provider\":");
        appendString(sb, record.provider());
        sb.append(",\"level\":").append(record.level());
        sb.append(",\"channel\":");
        appendString(sb, record.channel());
        sb.append(",\"computer\":");
        appendString(sb, record.computer());
        sb.append(",\"data\":{");
        boolean first = true;
        for (Map.Entry<String, String> entry : record.data().entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            appendString(sb, entry.getKey());
            sb.append(':');
            appendString(sb, entry.getValue());
        }
        sb.append("},\"xml\":");
        appendString(sb, record.xml());
        return sb.append('}').toString();
    }

    /**
     * Appends {@code s} as a JSON string: quotes, backslash and control characters escaped,
     * lone surrogates (not representable in UTF-8) written as {@code \}{@code uXXXX} escapes.
     */
    static void appendString(StringBuilder sb, String s) {
        sb.append('"');
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || isLoneSurrogate(s, i, c)) {
                        sb.append("\\u").append(HEX[c >>> 12]).append(HEX[(c >>> 8) & 0xf])
                                .append(HEX[(c >>> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        sb.append(c);
                        if (Character.isHighSurrogate(c)) {
                            sb.append(s.charAt(++i));
                        }
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }
}
