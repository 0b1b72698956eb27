package dev.faultline.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One JSON object on one line, written with Jackson: what a command prints for {@code --json}.
 * Keys keep the order in which they were put; putting a key again replaces its value in place.
 *
 * <pre>
 * JsonLine.object().put("version", version).put("java", java).println(context.out());
 * </pre>
 *
 * Values: {@code null}; {@link String}; {@link Number}; {@link Boolean}; an {@link Enum} (its name);
 * a {@link TemporalAccessor} such as {@code Instant} (its ISO-8601 {@code toString()}); a {@link Map}
 * (an object, in the map's order); an {@link Iterable} or array (an array); another {@code JsonLine}
 * (a nested object); anything else as its {@code toString()} string.
 */
public final class JsonLine {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private JsonLine() {
    }

    /** A new, empty object. */
    public static JsonLine object() {
        return new JsonLine();
    }

    /** Adds (or replaces) one key; returns this object for chaining. */
    public JsonLine put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /** Prints the object as one line of JSON followed by a line terminator. */
    public void println(PrintStream out) {
        out.println(this);
    }

    /** The object as one line of JSON, without a line terminator. */
    @Override
    public String toString() {
        StringWriter text = new StringWriter(128);
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            write(json, this);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            json.writeNumber(d.doubleValue());
        } else if (value instanceof Float f) {
            json.writeNumber(f.floatValue());
        } else if (value instanceof Number n) {
            json.writeNumber(n.toString());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Enum<?> e) {
            json.writeString(e.name());
        } else if (value instanceof TemporalAccessor t) {
            json.writeString(t.toString());
        } else if (value instanceof JsonLine object) {
            writeObject(json, object.fields);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(json, map);
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value.getClass().isArray()) {
            json.writeStartArray();
            for (int i = 0; i < Array.getLength(value); i++) {
                write(json, Array.get(value, i));
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }

    private static void writeObject(JsonGenerator json, Map<?, ?> map) throws IOException {
        json.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            json.writeFieldName(String.valueOf(entry.getKey()));
            write(json, entry.getValue());
        }
        json.writeEndObject();
    }
}
