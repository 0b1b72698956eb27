package dev.faultline.core.formats.eventlog;

import java.time.Instant;
import java.util.Map;

/**
 * A Windows event as every source gives it (exported XML, exported CSV, and records of the EVTX
 * reader, which the caller adapts to this type). Only {@code provider} and {@code eventId} are
 * needed; the rest may be {@code null}.
 *
 * @param provider the provider (or event source) name, e.g. {@code Microsoft-Windows-Kernel-Power}
 * @param eventId the event id (without qualifiers)
 * @param level 1 critical, 2 error, 3 warning, 4 information, 5 verbose, or {@code null}
 * @param channel e.g. {@code System}
 * @param computer the host name
 * @param time when the event was logged (TimeCreated)
 * @param timeText that time as written
 * @param recordId the EventRecordID
 * @param data the EventData (or UserData) values, name to value in order; unnamed values are
 *            named {@code param1}, {@code param2} ...
 * @param message the rendered message when the source has one (CSV exports), else {@code null}
 * @param xml the event's XML when the source has it, else {@code null}
 */
public record WindowsEvent(String provider, int eventId, Integer level, String channel, String computer, Instant time,
        String timeText, Long recordId, Map<String, String> data, String message, String xml) {

    public WindowsEvent {
        data = data == null ? Map.of() : data;
    }

    /** A data value, or {@code null}. */
    public String value(String name) {
        return data.get(name);
    }
}
