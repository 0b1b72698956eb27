package dev.faultline.diagram.render;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import dev.faultline.model.Incident;
import dev.faultline.model.Investigation;

/**
 * Short times for boxes: "04:09 UTC" on the incident's day (the start of the investigation's first
 * incident, in its display time zone), "2024-02-28 00:00 UTC" on any other day.
 */
public final class TimeText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final String zoneName;
    private final LocalDate day;

    public TimeText(Investigation investigation) {
        this.zone = zoneOf(investigation);
        this.zoneName = zone.equals(ZoneOffset.UTC) || "UTC".equals(zone.getId()) ? "UTC" : zone.getId();
        LocalDate incidentDay = null;
        if (investigation != null) {
            for (Incident incident : investigation.getIncidents()) {
                if (incident.getStart() != null) {
                    incidentDay = incident.getStart().atZone(zone).toLocalDate();
                    break;
                }
            }
        }
        this.day = incidentDay;
    }

    private static ZoneId zoneOf(Investigation investigation) {
        String id = investigation == null ? null : investigation.getDisplayTimeZone();
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** "04:09 UTC", or with the date when it is not the incident's day. */
    public String format(Instant instant) {
        ZonedDateTime time = instant.atZone(zone);
        DateTimeFormatter format = time.toLocalDate().equals(day) ? TIME : DATE_TIME;
        return format.format(time) + " " + zoneName;
    }
}
