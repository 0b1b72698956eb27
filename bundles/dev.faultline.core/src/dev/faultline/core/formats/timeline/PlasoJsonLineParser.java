package dev.faultline.core.formats.timeline;

import java.io.IOException;
import java.io.InputStream;
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
 * Plaso's {@code json_line} output: one event container per line with {@code timestamp}
 * (microseconds), {@code timestamp_desc}, {@code message}; every other member is kept (nested
 * ones as JSON text).
 */
public final class PlasoJsonLineParser implements FormatParser {

    public static final String ID = "plaso-jsonl";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Plaso json_line timeline";
    }

    @Override
    public int detect(byte[] head) {
        String text = TextDecoding.headText(head);
        if (text == null) {
            return 0;
        }
        JsonNode first = JsonLines.firstObject(text);
        return first != null && first.has("__container_type__") && first.has("timestamp") ? 98 : 0;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        LineReader lines = TextInput.lines(in, file, options, sink);
        if (lines == null) {
            return;
        }
        JsonLines.read(lines, file, sink, (object, line, raw) -> {
            SourceRef source = SourceRef.line(file, line);
            String micros = JsonLines.text(object, "timestamp");
            Instant time = Timestamps.fromEpochMicros(micros);
            if (time == null) {
                sink.reject(new Rejection(source, "event without a timestamp in microseconds"));
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            JsonLines.flatten(object, fields);
            String message = fields.remove("message");
            sink.accept(new LogRecord(new EvidenceRecord(time, micros, JsonLines.text(object, "hostname"), "timeline",
                    message == null ? "" : message, fields, raw, source)));
        });
    }
}
