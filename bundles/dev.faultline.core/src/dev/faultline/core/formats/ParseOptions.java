package dev.faultline.core.formats;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Settings that apply to every format.
 *
 * @param zone the zone of timestamps written without one (CBS logs, l2tcsv without a zone column,
 *            driverquery dates ...); the timestamp text is always kept as written
 * @param assumedYear the year of timestamps written without one (RFC 3164 syslog), or
 *            {@code null}: such records then get no instant, only their timestamp text
 * @param maxLineLength longest line kept, in characters; longer lines are cut there and reported
 */
public record ParseOptions(ZoneId zone, Integer assumedYear, int maxLineLength) {

    /** 1 MiB characters. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

    public ParseOptions {
        if (zone == null) {
            throw new IllegalArgumentException("zone must not be null");
        }
        if (maxLineLength < 80) {
            throw new IllegalArgumentException("maxLineLength must be at least 80, got " + maxLineLength);
        }
    }

    /** UTC, no assumed year, 1 MiB lines. */
    public static ParseOptions defaults() {
        return new ParseOptions(ZoneOffset.UTC, null, DEFAULT_MAX_LINE_LENGTH);
    }

    public ParseOptions withZone(ZoneId newZone) {
        return new ParseOptions(newZone, assumedYear, maxLineLength);
    }

    public ParseOptions withAssumedYear(Integer year) {
        return new ParseOptions(zone, year, maxLineLength);
    }

    public ParseOptions withMaxLineLength(int length) {
        return new ParseOptions(zone, assumedYear, length);
    }
}
