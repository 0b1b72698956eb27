package dev.faultline.evtx;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event record of an EVTX file: the record header's id and FILETIME, the event rendered as XML
 * (the structure and values {@code evtxexport -f xml} prints) and a structured view of it.
 *
 * @param recordId   event record number from the record header (what evtxexport calls "Event
 *                   number" and python-evtx {@code record_num()}); in exported or filtered logs it
 *                   differs from {@code eventRecordId}
 * @param timestamp  written time from the record header
 * @param xml        the rendered event, {@code <Event ...>...</Event>}, indented with two spaces
 * @param provider   {@code System/Provider/@Name}, empty if absent
 * @param eventId    {@code System/EventID}, -1 if absent or not a number
 * @param level      {@code System/Level}, -1 if absent or not a number
 * @param channel    {@code System/Channel}, empty if absent
 * @param computer   {@code System/Computer}, empty if absent
 * @param systemTime {@code System/TimeCreated/@SystemTime}, {@code null} if absent
 * @param eventRecordId {@code System/EventRecordID} (the id Windows shows), -1 if absent
 * @param data       EventData {@code Data} values by their {@code Name} (unnamed ones as
 *                   {@code Data1}, {@code Data2}, ...; other EventData children such as
 *                   {@code Binary} by element name), or the leaf values of UserData by element
 *                   name; in document order, repeated keys get {@code _2}, {@code _3}...
 * @param chunkNumber zero-based chunk the record was read from
 * @param fileOffset  file offset of the record header
 */
public record EvtxRecord(long recordId, Instant timestamp, String xml, String provider, int eventId, int level,
        String channel, String computer, Instant systemTime, long eventRecordId, Map<String, String> data, long chunkNumber,
        long fileOffset) {

    /** Validates the components and keeps an unmodifiable copy of {@code data} in its order. */
    public EvtxRecord {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(computer, "computer");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data")));
    }
}
