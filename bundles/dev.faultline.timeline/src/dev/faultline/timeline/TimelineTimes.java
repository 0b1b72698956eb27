package dev.faultline.timeline;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import dev.faultline.model.Investigation;

/**
 * Time zones and typed times of the timeline. Zones are for display only: instants stay UTC.
 */
public final class TimelineTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT);

    private TimelineTimes() {
    }

    /**
     * The zone a user named: {@code UTC} (the default), {@code investigation} (the investigation's
     * display zone), {@code machine} or {@code local} (this computer's), or any zone id or offset
     * ({@code Europe/Berlin}, {@code +02:00}).
     *
     * @param investigation for {@code investigation}; may be {@code null} otherwise
     * @throws IllegalArgumentException naming the unknown zone
     */
    public static ZoneId zone(String name, Investigation investigation) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("utc") || name.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        String n = name.strip();
        if (n.equalsIgnoreCase("machine") || n.equalsIgnoreCase("local")) {
            return ZoneId.systemDefault();
        }
        if (n.equalsIgnoreCase("investigation")) {
            String own = investigation == null ? null : investigation.getDisplayTimeZone();
            return own == null || own.isBlank() ? ZoneOffset.UTC : zone(own, null);
        }
        try {
            return ZoneId.of(n);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + name + "'; use UTC, investigation, machine, a zone id such as "
                    + "Europe/Berlin or an offset such as +02:00", e);
        }
    }

    /** {@code 2024-07-19 04:09:00.000} in the zone (the zone is shown apart, e.g. in a column header). */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    /** A short label of a zone: {@code UTC}, {@code Europe/Berlin}. */
    public static String label(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /**
     * The start of a typed time: {@code 2024-07-19}, {@code 2024-07-19T04:09}, {@code 2024-07-19T04:09:30.250Z},
     * {@code 2024-07-19T06:09+02:00}; without an offset the time is in {@code zone}.
     *
     * @throws IllegalArgumentException saying which forms are accepted
     */
    public static Instant start(String text, ZoneId zone) {
        return parse(text, zone, false);
    }

    /** The end of a typed time: the last millisecond of a date, else the time itself. */
    public static Instant end(String text, ZoneId zone) {
        return parse(text, zone, true);
    }

    private static Instant parse(String text, ZoneId zone, boolean end) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException notInstant) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            LocalDate day = LocalDate.parse(t);
            return end ? day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1) : day.atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notDate) {
            throw new IllegalArgumentException("'" + text + "' is not a time; expected e.g. 2024-07-19, 2024-07-19T04:09, "
                    + "2024-07-19T04:09:30Z or 2024-07-19T06:09+02:00", notDate);
        }
    }
}
