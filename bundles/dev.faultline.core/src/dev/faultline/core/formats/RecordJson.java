package dev.faultline.core.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * Writes records as one JSON object per line ({@code faultline parse --json}), with Jackson: a record's
 * {@link ParsedRecord#writeJson} streams it to the generator (the keys and order of its
 * {@link ParsedRecord#toJson}).
 */
public final class RecordJson {

    /**
     * Writing bytes, a character outside the Basic Multilingual Plane is written as its four UTF-8 bytes (not
     * as two {@code \\u} escapes, Jackson's default), as a {@link Writer} would; a lone surrogate, which has
     * no UTF-8 form, as its {@code \\u} escape.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private RecordJson() {
    }

    /** The record as one line of JSON, without line terminator. */
    public static String toLine(ParsedRecord record) {
        StringWriter out = new StringWriter(512);
        try {
            write(record, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return out.toString();
    }

    /** Writes the record as one line of JSON, without line terminator. */
    public static void write(ParsedRecord record, Writer out) throws IOException {
        try (JsonGenerator json = lines(out)) {
            record.writeJson(json);
        }
    }

    /**
     * A generator for many records to {@code out}, one per line: after each {@link ParsedRecord#writeJson}
     * the caller writes the line end ({@code json.writeRaw('\n')}); closing it flushes but does not close
     * {@code out}.
     */
    public static JsonGenerator lines(Writer out) throws IOException {
        return lines(FACTORY.createGenerator(out));
    }

    /**
     * {@link #lines(Writer)} writing UTF-8 to {@code out}: the same text without a character encoder between
     * (what {@code parse --json} writes to stdout), except that a lone surrogate, which a {@link Writer} would
     * turn into {@code ?}, is kept as its {@code \\u} escape.
     */
    public static JsonGenerator lines(OutputStream out) throws IOException {
        return lines(FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    private static JsonGenerator lines(JsonGenerator json) {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null);
        return json;
    }

    /**
     * Writes a value of a record's {@link ParsedRecord#toJson} form: strings, numbers, booleans, maps
     * (keys in their order), lists, {@code null}; anything else as its {@code toString()}.
     */
    public static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Number n) {
            json.writeNumber(n.toString());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}
