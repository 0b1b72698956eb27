package dev.faultline.core.formats.evtx;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordJson;
import dev.faultline.core.formats.Timestamps;
import dev.faultline.core.formats.eventlog.WindowsEventRecord;
import dev.faultline.evtx.EvtxRecord;

/**
 * One record of a binary event log: the raw EVTX record and what it means as a Windows event.
 * Its JSON is the {@code parse --format evtx --json} contract: {@code recordId, timestamp, eventId,
 * provider, level, channel, computer, data, xml}, followed by {@code meaning}, {@code details},
 * {@code source}, {@code headerRecordId} and {@code headerTimestamp}. {@code recordId} and
 * {@code timestamp} are the event's own {@code EventRecordID} and {@code TimeCreated} (what import,
 * search and Windows show); the record header's number and written time, which differ in exported
 * or filtered logs, are the {@code header...} keys.
 */
public record EvtxEventRecord(EvtxRecord raw, WindowsEventRecord event) implements ParsedRecord {

    @Override
    public SourceRef source() {
        return event.source();
    }

    @Override
    public EvidenceRecord evidence() {
        return event.evidence();
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recordId", EvtxParser.eventRecordId(raw));
        json.put("timestamp", Timestamps.format(EvtxParser.eventTime(raw)));
        json.put("eventId", raw.eventId());
        json.put("provider", raw.provider());
        json.put("level", raw.level() < 0 ? null : raw.level());
        json.put("channel", raw.channel().isEmpty() ? null : raw.channel());
        json.put("computer", raw.computer().isEmpty() ? null : raw.computer());
        json.put("data", raw.data());
        json.put("xml", raw.xml());
        Map<String, Object> meaning = event.toJson();
        json.put("meaning", meaning.get("meaning"));
        json.put("details", meaning.get("details"));
        json.put("source", meaning.get("source"));
        json.put("headerRecordId", raw.recordId());
        json.put("headerTimestamp", Timestamps.format(raw.timestamp()));
        return json;
    }

    /** {@link #toJson()} streamed: no maps per record (parse prints thousands of them). */
    @Override
    public void writeJson(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("recordId", EvtxParser.eventRecordId(raw));
        json.writeStringField("timestamp", event.event().timeText()); // = eventTime(raw).toString() (EvtxParser.toEvent)
        json.writeNumberField("eventId", raw.eventId());
        json.writeFieldName("provider");
        RecordJson.value(json, raw.provider());
        json.writeFieldName("level");
        RecordJson.value(json, raw.level() < 0 ? null : raw.level());
        json.writeFieldName("channel");
        RecordJson.value(json, raw.channel().isEmpty() ? null : raw.channel());
        json.writeFieldName("computer");
        RecordJson.value(json, raw.computer().isEmpty() ? null : raw.computer());
        json.writeFieldName("data");
        RecordJson.value(json, raw.data());
        json.writeStringField("xml", raw.xml());
        json.writeStringField("meaning", event.meaning().name());
        json.writeFieldName("details");
        RecordJson.value(json, event.details());
        json.writeFieldName("source");
        RecordJson.value(json, LogRecord.sourceJson(event.source()));
        json.writeNumberField("headerRecordId", raw.recordId());
        json.writeStringField("headerTimestamp", Timestamps.format(raw.timestamp()));
        json.writeEndObject();
    }
}
