package dev.faultline.core.formats;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.core.evidence.SourceRef;

/** Reads JSON Lines (one object per line) with Jackson, rejecting lines that are not objects. */
public final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Receives each object with its line number. */
    @FunctionalInterface
    public interface ObjectHandler {
        void object(JsonNode object, long line, String raw);
    }

    private JsonLines() {
    }

    /** The first non-blank line of {@code text} read as a JSON object, or {@code null}. */
    public static JsonNode firstObject(String text) {
        for (String line : text.split("\r\n|\n|\r", 8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = MAPPER.readTree(line);
                return node != null && node.isObject() ? node : null;
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        return null;
    }

    /** Reads every line; blank lines are skipped, others must be JSON objects. */
    public static void read(LineReader lines, String file, RecordSink sink, ObjectHandler handler) throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (TextInput.reportTruncation(lines, file, sink)) {
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                sink.reject(new Rejection(SourceRef.line(file, lines.lineNumber()), "not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.reject(new Rejection(SourceRef.line(file, lines.lineNumber()), "not a JSON object"));
                continue;
            }
            handler.object(node, lines.lineNumber(), line);
        }
    }

    /** A scalar member as text ({@code null} for absent, null or structured values). */
    public static String text(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }

    /** Every member as text: scalars as they are, objects and arrays as compact JSON. */
    public static void flatten(JsonNode object, Map<String, String> into) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            into.put(field.getKey(), value.isContainerNode() ? value.toString() : value.asText());
        }
    }
}
