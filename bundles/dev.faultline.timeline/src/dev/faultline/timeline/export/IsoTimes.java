package dev.faultline.timeline.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The times exports write. */
final class IsoTimes {

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private IsoTimes() {
    }

    /** ISO 8601 with microseconds and offset, e.g. {@code 2024-07-19T04:09:00.000000+00:00}. */
    static String iso(Instant instant, ZoneId zone) {
        return MICROS.format(ZonedDateTime.ofInstant(instant, zone));
    }

    /** Microseconds since the epoch. */
    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }
}
