package dev.faultline.core.formats.syslog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.JsonLines;
import dev.faultline.core.formats.LineReader;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.TextDecoding;
import dev.faultline.core.formats.TextInput;
import dev.faultline.core.formats.Timestamps;

/**
 * {@code journalctl -o json} output: one journal entry per line. {@code MESSAGE} may be an array
 * of bytes (binary-safe form), read as UTF-8. Every other field is kept.
 */
public final class JournaldJsonParser implements FormatParser {

    public static final String ID = "journald-json";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "systemd journal as JSON lines (journalctl -o json)";
    }

    @Override
    public int detect(byte[] head) {
        String text = TextDecoding.headText(head);
        if (text == null) {
            return 0;
        }
        JsonNode first = JsonLines.firstObject(text);
        if (first == null) {
            return 0;
        }
        return first.has("__REALTIME_TIMESTAMP") || first.has("__CURSOR") ? 95 : 0;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        LineReader lines = TextInput.lines(in, file, options, sink);
        if (lines == null) {
            return;
        }
        JsonLines.read(lines, file, sink, (object, line, raw) -> {
            SourceRef source = SourceRef.line(file, line);
            String micros = JsonLines.text(object, "__REALTIME_TIMESTAMP");
            Instant time = Timestamps.fromEpochMicros(micros);
            if (time == null) {
                sink.reject(new Rejection(source, "journal entry without a readable __REALTIME_TIMESTAMP"));
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            String app = JsonLines.text(object, "SYSLOG_IDENTIFIER");
            if (app == null) {
                app = JsonLines.text(object, "_COMM");
            }
            if (app != null) {
                fields.put("app", app);
            }
            String pid = JsonLines.text(object, "_PID");
            if (pid != null) {
                fields.put("pid", pid);
            }
            String priority = JsonLines.text(object, "PRIORITY");
            if (priority != null) {
                fields.put("priority", priority);
            }
            String unit = JsonLines.text(object, "_SYSTEMD_UNIT");
            if (unit != null) {
                fields.put("unit", unit);
            }
            JsonLines.flatten(object, fields);
            fields.remove("MESSAGE");
            String message = message(object.get("MESSAGE"));
            sink.accept(new LogRecord(new EvidenceRecord(time, micros, JsonLines.text(object, "_HOSTNAME"), "journal",
                    message, fields, raw, source)));
        });
    }

    private static String message(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            byte[] bytes = new byte[value.size()];
            for (int i = 0; i < value.size(); i++) {
                bytes[i] = (byte) value.get(i).asInt();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.asText();
    }
}
