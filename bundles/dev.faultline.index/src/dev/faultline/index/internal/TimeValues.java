package dev.faultline.index.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times typed in queries: {@code 2024-07-19}, {@code 2024-07-19T04:09Z},
 * {@code 2024-07-19T04:09:30}, {@code 2024-07-19T04:09:30.250+02:00}. Without a zone a time is
 * UTC. A time stands for the span of its precision: a day, a minute, a second, a millisecond.
 * Years beyond 0000-9999 are written as ISO 8601 writes them, with a sign: {@code +10190-01-01},
 * {@code -0044-03-15}.
 */
public final class TimeValues {

    private static final Pattern TIME = Pattern.compile(
            "([+-]?\\d{4,9})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?([Zz]|[+-]\\d{2}(?::?\\d{2})?)?");

    /** The first and last millisecond (inclusive) a typed time stands for. */
    public record Span(long first, long last) {
    }

    private TimeValues() {
    }

    /**
     * Parses a typed time.
     *
     * @throws IllegalArgumentException with a message saying which forms are accepted
     */
    public static Span parse(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time; expected e.g. 2024-07-19, 2024-07-19T04:09Z or 2024-07-19T04:09:30.250+02:00");
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            ZoneOffset zone = zone(m.group(8));
            if (m.group(4) == null) {
                long first = date.atStartOfDay().toInstant(zone).toEpochMilli();
                return new Span(first, first + 86_400_000L - 1);
            }
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            if (m.group(6) == null) {
                long first = LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(), hour, minute).toInstant(zone).toEpochMilli();
                return new Span(first, first + 60_000L - 1);
            }
            int second = Integer.parseInt(m.group(6));
            long first = LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(), hour, minute, second).toInstant(zone).toEpochMilli();
            if (m.group(7) == null) {
                return new Span(first, first + 999);
            }
            String fraction = (m.group(7) + "00").substring(0, 3);
            long at = first + Integer.parseInt(fraction);
            return new Span(at, at);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date or time: " + e.getMessage(), e);
        }
    }

    private static ZoneOffset zone(String text) {
        if (text == null || text.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
