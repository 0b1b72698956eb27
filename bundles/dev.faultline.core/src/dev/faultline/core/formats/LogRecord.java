package dev.faultline.core.formats;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/**
 * A record with no structure beyond {@link EvidenceRecord}: a log line, a syslog message, a row
 * of another tool's timeline.
 */
public record LogRecord(EvidenceRecord evidence) implements ParsedRecord {

    @Override
    public SourceRef source() {
        return evidence.source();
    }

    /** Keys: {@code kind, time, timeText, host, message, fields, raw, source}. */
    @Override
    public Map<String, Object> toJson() {
        return evidenceJson(evidence);
    }

    /** The generic JSON form of any evidence record (see {@link #toJson()}). */
    public static Map<String, Object> evidenceJson(EvidenceRecord evidence) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", evidence.kind());
        json.put("time", evidence.timestamp() == null ? null : evidence.timestamp().toString());
        json.put("timeText", evidence.timestampText());
        json.put("host", evidence.host());
        json.put("message", evidence.message());
        json.put("fields", evidence.fields());
        json.put("raw", evidence.rawText());
        json.put("source", sourceJson(evidence.source()));
        return json;
    }

    /** {@code {file, line}} for line-based sources, {@code {file, offset}} otherwise. */
    public static Map<String, Object> sourceJson(SourceRef source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", source.file());
        if (source.line() > 0 || source.offset() < 0) {
            json.put("line", source.line());
        } else {
            json.put("offset", source.offset());
        }
        return json;
    }
}
