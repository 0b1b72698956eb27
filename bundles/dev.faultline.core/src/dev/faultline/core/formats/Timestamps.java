package dev.faultline.core.formats;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Recognises the timestamps found in logs, hand-written for speed. Every method returns
 * {@code null} (or a {@link Found} with a {@code null} instant) rather than throwing.
 */
public final class Timestamps {


    /**
     * A timestamp found at the start of a text.
     *
     * @param instant the instant, or {@code null} when the text lacks a year and none is assumed
     * @param text the timestamp exactly as written
     * @param end index just after the timestamp
     * @param local the date and time as written, without zone
     */
    public record Found(Instant instant, String text, int end, LocalDateTime local) {
    }

    private Timestamps() {
    }

    /**
     * {@code instant.toString()}, character for character ({@code 2024-07-19T04:09:01.123Z}: seconds always,
     * the fraction in 0, 3, 6 or 9 digits), written by hand: {@code java.time}'s formatter takes several
     * milliseconds to set up and warm, which a one-off command pays on every start.
     */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400L);
        if (days < MIN_FAST_DAY || days > MAX_FAST_DAY) {
            return instant.toString(); // years before 0000 or after 9999 are written with a sign
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        // days since 1970-01-01 to the proleptic Gregorian date (Howard Hinnant's civil_from_days)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        char[] out = new char[30];
        put(out, 0, year, 4);
        out[4] = '-';
        put(out, 5, month, 2);
        out[7] = '-';
        put(out, 8, day, 2);
        out[10] = 'T';
        put(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        put(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, secondOfDay % 60, 2);
        int end = 19;
        int nanos = instant.getNano();
        if (nanos != 0) {
            out[end++] = '.';
            if (nanos % 1_000_000 == 0) {
                put(out, end, nanos / 1_000_000, 3);
                end += 3;
            } else if (nanos % 1000 == 0) {
                put(out, end, nanos / 1000, 6);
                end += 6;
            } else {
                put(out, end, nanos, 9);
                end += 9;
            }
        }
        out[end++] = 'Z';
        return new String(out, 0, end);
    }

    /** 0000-01-01 and 9999-12-31 as days since 1970-01-01: the years {@link #format} writes without a sign. */
    private static final long MIN_FAST_DAY = -719_528;
    private static final long MAX_FAST_DAY = 2_932_896;

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * ISO 8601 / RFC 3339 and their common variants: {@code T} or a space between date and time,
     * 0-9 fraction digits after {@code .} or {@code ,}, then {@code Z}, {@code ±hh:mm}, {@code ±hhmm},
     * {@code ±hh} or nothing (then {@code zone} applies). The whole string must be the timestamp.
     */
    public static Instant parseIso(String s, ZoneId zone) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        Found found = isoAt(t, 0, zone, '-');
        return found != null && found.end() == t.length() ? found.instant() : null;
    }

    /** An ISO-like timestamp starting at {@code from}, with {@code dateSeparator} {@code -} or {@code /}. */
    public static Found isoAt(String s, int from, ZoneId zone, char dateSeparator) {
        int n = s.length();
        int i = from;
        if (i + 19 > n) {
            return null;
        }
        int year = digits(s, i, 4);
        if (year < 0 || s.charAt(i + 4) != dateSeparator) {
            return null;
        }
        i += 5;
        int monthEnd = digitRun(s, i, 2);
        if (monthEnd == i || monthEnd >= n || s.charAt(monthEnd) != dateSeparator) {
            return null;
        }
        int month = Integer.parseInt(s, i, monthEnd, 10);
        i = monthEnd + 1;
        int dayEnd = digitRun(s, i, 2);
        if (dayEnd == i || dayEnd >= n) {
            return null;
        }
        int day = Integer.parseInt(s, i, dayEnd, 10);
        i = dayEnd;
        char sep = s.charAt(i);
        if (sep != 'T' && sep != ' ' && sep != ':') {
            return null;
        }
        i++;
        if (i + 8 > n) {
            return null;
        }
        int hour = digits(s, i, 2);
        int minute = digits(s, i + 3, 2);
        int second = digits(s, i + 6, 2);
        if (hour < 0 || minute < 0 || second < 0 || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
            return null;
        }
        i += 8;
        int nanos = 0;
        if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == ',' && i + 1 < n && isDigit(s.charAt(i + 1)))
                && isDigit(s.charAt(i + 1))) {
            int fractionStart = i + 1;
            int fractionEnd = digitRun(s, fractionStart, 9);
            int value = Integer.parseInt(s, fractionStart, fractionEnd, 10);
            for (int k = fractionEnd - fractionStart; k < 9; k++) {
                value *= 10;
            }
            nanos = value;
            i = fractionEnd;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
        ZoneId effective = zone;
        if (i < n && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            effective = ZoneOffset.UTC;
            i++;
        } else if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-') && i + 3 <= n && digits(s, i + 1, 2) >= 0) {
            int sign = s.charAt(i) == '-' ? -1 : 1;
            int hours = digits(s, i + 1, 2);
            int minutes = 0;
            int j = i + 3;
            if (j + 3 <= n && s.charAt(j) == ':' && digits(s, j + 1, 2) >= 0) {
                minutes = digits(s, j + 1, 2);
                j += 3;
            } else if (j + 2 <= n && digits(s, j, 2) >= 0) {
                minutes = digits(s, j, 2);
                j += 2;
            }
            try {
                effective = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (DateTimeException e) {
                return null;
            }
            i = j;
        } else if (s.startsWith(" UTC", i) && (i + 4 == n || !Character.isLetter(s.charAt(i + 4)))) {
            effective = ZoneOffset.UTC;
            i += 4;
        }
        return new Found(local.atZone(effective).toInstant(), s.substring(from, i), i, local);
    }

    /**
     * A syslog (RFC 3164) timestamp {@code Mmm dd hh:mm:ss} (day space- or zero-padded) at
     * {@code from}. Without a year the instant is {@code null} unless {@code year} is given.
     */
    public static Found syslogAt(String s, int from, Integer year, ZoneId zone) {
        int n = s.length();
        if (from + 15 > n) {
            return null;
        }
        int month = month(s, from);
        if (month < 0 || s.charAt(from + 3) != ' ') {
            return null;
        }
        int i = from + 4;
        int day;
        if (s.charAt(i) == ' ' && isDigit(s.charAt(i + 1))) {
            day = s.charAt(i + 1) - '0';
            i += 2;
        } else {
            int dayEnd = digitRun(s, i, 2);
            if (dayEnd == i) {
                return null;
            }
            day = Integer.parseInt(s, i, dayEnd, 10);
            i = dayEnd;
        }
        if (i + 9 > n || s.charAt(i) != ' ') {
            return null;
        }
        i++;
        int hour = digits(s, i, 2);
        int minute = digits(s, i + 3, 2);
        int second = digits(s, i + 6, 2);
        if (hour < 0 || minute < 0 || second < 0 || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
            return null;
        }
        i += 8;
        int nanos = 0;
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            int end = digitRun(s, i + 1, 9);
            int value = Integer.parseInt(s, i + 1, end, 10);
            for (int k = end - i - 1; k < 9; k++) {
                value *= 10;
            }
            nanos = value;
            i = end;
        }
        if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
            return null;
        }
        String text = s.substring(from, i);
        if (year == null) {
            return new Found(null, text, i, null);
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59), nanos);
            return new Found(local.atZone(zone).toInstant(), text, i, local);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * US-style {@code M/d/yyyy h:mm[:ss] AM|PM} or 24-hour {@code M/d/yyyy H:mm[:ss]} at {@code from}
     * (driverquery, Event Viewer CSV, Windows Error Reporting), in {@code zone}; with {@code zone} null the
     * date and time as written only (no instant: its arithmetic initializes {@code java.time}'s formatters,
     * which a one-off command reading an event log need not pay for).
     */
    public static Found usDateTimeAt(String s, int from, ZoneId zone) {
        int n = s.length();
        int i = skipMarks(s, from);
        int monthEnd = digitRun(s, i, 2);
        if (monthEnd == i || monthEnd >= n || s.charAt(monthEnd) != '/') {
            return null;
        }
        int month = Integer.parseInt(s, i, monthEnd, 10);
        i = skipMarks(s, monthEnd + 1);
        int dayEnd = digitRun(s, i, 2);
        if (dayEnd == i || dayEnd >= n || s.charAt(dayEnd) != '/') {
            return null;
        }
        int day = Integer.parseInt(s, i, dayEnd, 10);
        i = skipMarks(s, dayEnd + 1);
        int year = digits(s, i, 4);
        if (year < 0) {
            return null;
        }
        i += 4;
        if (i < n && s.charAt(i) == ',') {
            i++;
        }
        if (i >= n || s.charAt(i) != ' ') {
            return null;
        }
        i++;
        int hourEnd = digitRun(s, i, 2);
        if (hourEnd == i || hourEnd + 3 > n || s.charAt(hourEnd) != ':') {
            return null;
        }
        int hour = Integer.parseInt(s, i, hourEnd, 10);
        int minute = digits(s, hourEnd + 1, 2);
        if (minute < 0) {
            return null;
        }
        i = hourEnd + 3;
        int second = 0;
        if (i + 3 <= n && s.charAt(i) == ':' && digits(s, i + 1, 2) >= 0) {
            second = digits(s, i + 1, 2);
            i += 3;
        }
        if (i + 3 <= n && s.charAt(i) == ' ') {
            String marker = s.substring(i + 1, i + 3);
            if (marker.equalsIgnoreCase("AM") || marker.equalsIgnoreCase("PM")) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (marker.equalsIgnoreCase("PM") ? 12 : 0);
                i += 3;
            }
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
            return new Found(zone == null ? null : local.atZone(zone).toInstant(), s.substring(from, i), i, local);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Epoch seconds (10 digits, optional fraction) at {@code from}, between 2001 and 2286. */
    public static Found epochSecondsAt(String s, int from) {
        int end = digitRun(s, from, 10);
        if (end - from != 10 || end < s.length() && isDigit(s.charAt(end)) || s.charAt(from) == '0') {
            return null;
        }
        long seconds = Long.parseLong(s, from, end, 10);
        int nanos = 0;
        int i = end;
        if (i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            int fractionEnd = digitRun(s, i + 1, 9);
            int value = Integer.parseInt(s, i + 1, fractionEnd, 10);
            for (int k = fractionEnd - i - 1; k < 9; k++) {
                value *= 10;
            }
            nanos = value;
            i = fractionEnd;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            return null;
        }
        Instant instant = Instant.ofEpochSecond(seconds, nanos);
        return new Found(instant, s.substring(from, i), i, null);
    }

    /** Microseconds since the epoch (Plaso, Timesketch), or {@code null} if not a number. */
    public static Instant fromEpochMicros(String micros) {
        if (micros == null || micros.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(micros.strip());
            return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000L);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int skipMarks(String s, int i) {
        while (i < s.length() && (s.charAt(i) == '\u200E' || s.charAt(i) == '\u200F')) {
            i++;
        }
        return i;
    }

    /** 1-12 for an English month abbreviation at {@code i}, else -1. */
    static int month(String s, int i) {
        if (i + 3 > s.length()) {
            return -1;
        }
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        char c = s.charAt(i + 2);
        if ((a | b | c) >= 0x80) {
            return -1;
        }
        // ASCII letters in lower case (| 0x20 turns no other character into a letter): one switch instead of 12 comparisons
        return switch ((a | 0x20) << 16 | (b | 0x20) << 8 | (c | 0x20)) {
            case 'j' << 16 | 'a' << 8 | 'n' -> 1;
            case 'f' << 16 | 'e' << 8 | 'b' -> 2;
            case 'm' << 16 | 'a' << 8 | 'r' -> 3;
            case 'a' << 16 | 'p' << 8 | 'r' -> 4;
            case 'm' << 16 | 'a' << 8 | 'y' -> 5;
            case 'j' << 16 | 'u' << 8 | 'n' -> 6;
            case 'j' << 16 | 'u' << 8 | 'l' -> 7;
            case 'a' << 16 | 'u' << 8 | 'g' -> 8;
            case 's' << 16 | 'e' << 8 | 'p' -> 9;
            case 'o' << 16 | 'c' << 8 | 't' -> 10;
            case 'n' << 16 | 'o' << 8 | 'v' -> 11;
            case 'd' << 16 | 'e' << 8 | 'c' -> 12;
            default -> -1;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Value of exactly {@code count} digits at {@code i}, or -1. */
    private static int digits(String s, int i, int count) {
        if (i < 0 || i + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int k = 0; k < count; k++) {
            char c = s.charAt(i + k);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** End of a run of at most {@code max} digits starting at {@code i}. */
    private static int digitRun(String s, int i, int max) {
        int j = i;
        while (j < s.length() && j - i < max && isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }
}
