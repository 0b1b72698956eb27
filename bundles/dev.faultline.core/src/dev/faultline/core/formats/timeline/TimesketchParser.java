package dev.faultline.core.formats.timeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.HeaderedCsv;
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
 * Timesketch import files, CSV or JSONL: {@code message}, {@code datetime} (ISO 8601; else
 * {@code timestamp} in microseconds), {@code timestamp_desc}; every other column is kept as a field.
 */
public final class TimesketchParser implements FormatParser {

    public static final String ID = "timesketch";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Timesketch timeline (CSV or JSONL)";
    }

    @Override
    public int detect(byte[] head) {
        String text = TextDecoding.headText(head);
        if (text == null) {
            return 0;
        }
        if (text.stripLeading().startsWith("{")) {
            JsonNode first = JsonLines.firstObject(text);
            if (first != null && first.has("message") && (first.has("datetime") || first.has("timestamp"))
                    && first.has("timestamp_desc") && !first.has("__container_type__")) {
                return 90;
            }
            return 0;
        }
        List<String> header = HeaderedCsv.header(head);
        return header.contains("message") && (header.contains("datetime") || header.contains("timestamp"))
                && header.contains("timestamp_desc") ? 90 : 0;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, TextDecoding.HEAD_SIZE + 8);
        buffered.mark(TextDecoding.HEAD_SIZE + 8);
        String head = TextDecoding.headText(buffered.readNBytes(TextDecoding.HEAD_SIZE));
        buffered.reset();
        if (head != null && head.stripLeading().startsWith("{")) {
            LineReader lines = TextInput.lines(buffered, file, options, sink);
            if (lines == null) {
                return;
            }
            JsonLines.read(lines, file, sink, (object, line, raw) -> {
                Map<String, String> values = new LinkedHashMap<>();
                JsonLines.flatten(object, values);
                row(values, SourceRef.line(file, line), raw, options, sink);
            });
            return;
        }
        HeaderedCsv.read(buffered, file, options, sink, (values, line, raw) -> row(values, SourceRef.line(file, line), raw, options, sink));
    }

    private static void row(Map<String, String> values, SourceRef source, String raw, ParseOptions options, RecordSink sink) {
        String datetime = values.get("datetime");
        Instant time = Timestamps.parseIso(datetime, options.zone());
        String timeText = datetime;
        if (time == null) {
            time = Timestamps.fromEpochMicros(values.get("timestamp"));
            timeText = values.get("timestamp");
        }
        if (time == null) {
            sink.reject(new Rejection(source, "row has neither a readable datetime nor a timestamp in microseconds"));
            return;
        }
        String message = values.get("message");
        if (message == null) {
            sink.reject(new Rejection(source, "row has no message"));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>(values);
        fields.remove("message");
        String host = firstNonEmpty(values.get("computer_name"), values.get("hostname"), values.get("host"));
        sink.accept(new LogRecord(new EvidenceRecord(time, timeText, host, "timeline", message, fields, raw, source)));
    }

    static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank() && !value.equals("-")) {
                return value;
            }
        }
        return null;
    }
}
