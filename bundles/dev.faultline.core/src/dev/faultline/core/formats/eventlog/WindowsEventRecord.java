package dev.faultline.core.formats.eventlog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParsedRecord;

/**
 * A Windows event and what it means.
 *
 * @param event the event as read
 * @param meaning its meaning (see {@link EventMapping})
 * @param source where the event starts in its file
 */
public record WindowsEventRecord(WindowsEvent event, EventMeaning meaning, SourceRef source) implements ParsedRecord {

    /** The meaning's details, name to value (strings or lists), in a stable order. */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        // an instanceof chain, not a pattern switch: that is bootstrapped (a class spun) when it first runs,
        // which every one-off parse of an event log would pay (EventMeaning is sealed; Generic adds nothing)
        if (meaning instanceof EventMeaning.UnexpectedPowerLoss loss) {
            details.put("bugcheckCode", loss.bugcheckCode());
            details.put("arguments", loss.arguments());
            details.put("sleepInProgress", loss.sleepInProgress());
            details.put("powerButtonTimestamp", loss.powerButtonTimestamp());
        } else if (meaning instanceof EventMeaning.BugcheckReport report) {
            details.put("bugcheckCode", report.bugcheckCode());
            details.put("arguments", report.arguments());
            details.put("dumpPath", report.dumpPath());
            details.put("reportId", report.reportId());
        } else if (meaning instanceof EventMeaning.UnexpectedShutdown shutdown) {
            details.put("shutdownTimeText", shutdown.shutdownTimeText());
            details.put("shutdownDateText", shutdown.shutdownDateText());
            details.put("shutdownLocal", shutdown.shutdownLocal() == null ? null : shutdown.shutdownLocal().toString());
        } else if (meaning instanceof EventMeaning.ServiceInstalled installed) {
            details.put("serviceName", installed.serviceName());
            details.put("imagePath", installed.imagePath());
            details.put("serviceType", installed.serviceType());
            details.put("startType", installed.startType());
            details.put("accountName", installed.accountName());
        } else if (meaning instanceof EventMeaning.ServiceStateChanged changed) {
            details.put("serviceName", changed.serviceName());
            details.put("state", changed.state());
        }
        return details;
    }

    /** e.g. {@code Microsoft-Windows-Kernel-Power 41 unexpected-power-loss bugcheck 0x1A}. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(event.provider() == null ? "?" : event.provider()).append(' ').append(event.eventId());
        if (!(meaning instanceof EventMeaning.Generic)) {
            text.append(' ').append(meaning.name());
        }
        for (Map.Entry<String, Object> detail : details().entrySet()) {
            Object value = detail.getValue();
            if (value != null && !(value instanceof List<?>)) {
                text.append(' ').append(detail.getKey()).append('=').append(value);
            }
        }
        if (meaning instanceof EventMeaning.Generic && event.message() != null) {
            text.append(": ").append(event.message().strip());
        }
        return text.toString();
    }

    @Override
    public EvidenceRecord evidence() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (event.provider() != null) {
            fields.put(EvidenceRecord.Fields.PROVIDER, event.provider());
        }
        fields.put(EvidenceRecord.Fields.EVENT_ID, Integer.toString(event.eventId()));
        if (event.level() != null) {
            fields.put(EvidenceRecord.Fields.LEVEL, event.level().toString());
        }
        if (event.channel() != null) {
            fields.put(EvidenceRecord.Fields.CHANNEL, event.channel());
        }
        if (event.recordId() != null) {
            fields.put("recordId", event.recordId().toString());
        }
        fields.put("meaning", meaning.name());
        for (Map.Entry<String, Object> detail : details().entrySet()) {
            Object value = detail.getValue();
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) != null) {
                        fields.put("arg" + (i + 1), list.get(i).toString());
                    }
                }
            } else if (value != null) {
                fields.put(detail.getKey().equals("bugcheckCode") ? EvidenceRecord.Fields.BUGCHECK : detail.getKey(), value.toString());
            }
        }
        for (Map.Entry<String, String> data : event.data().entrySet()) {
            fields.putIfAbsent(data.getKey(), data.getValue());
        }
        String raw = event.xml() != null ? event.xml() : event.message();
        return new EvidenceRecord(event.time(), event.timeText(), event.computer(), "event", summary(), fields, raw, source);
    }

    /**
     * Keys: {@code provider, eventId, level, channel, computer, time, timeText, recordId, meaning,
     * details, data, message, source}.
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("provider", event.provider());
        json.put("eventId", event.eventId());
        json.put("level", event.level());
        json.put("channel", event.channel());
        json.put("computer", event.computer());
        json.put("time", event.time() == null ? null : event.time().toString());
        json.put("timeText", event.timeText());
        json.put("recordId", event.recordId());
        json.put("meaning", meaning.name());
        json.put("details", details());
        json.put("data", event.data());
        json.put("message", event.message());
        json.put("source", LogRecord.sourceJson(source));
        return json;
    }
}
