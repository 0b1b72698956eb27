package dev.faultline.timeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import dev.faultline.timeline.TimelineRow;

/** Timesketch's JSONL import: one object per line with message, datetime, timestamp_desc, timestamp and every attribute. */
final class TimesketchJsonlWriter implements RowWriter {

    private final JsonGenerator json;

    TimesketchJsonlWriter(OutputStream out) throws IOException {
        this.json = JsonLinesOut.generator(out);
    }

    @Override
    public void write(TimelineRow row) throws IOException {
        json.writeStartObject();
        json.writeStringField("message", row.message());
        json.writeStringField("datetime", IsoTimes.iso(row.time(), ZoneOffset.UTC));
        json.writeStringField("timestamp_desc", Attributes.timestampDescription(row));
        json.writeNumberField("timestamp", IsoTimes.micros(row.time()));
        JsonLinesOut.writeValues(json, Attributes.fixed(row));
        for (Map.Entry<String, String> f : Attributes.fields(row.record()).entrySet()) {
            json.writeStringField(f.getKey(), f.getValue());
        }
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }

    /** Jackson set up for one object per line. */
    static final class JsonLinesOut {

        private static final JsonFactory FACTORY = new JsonFactory();

        private JsonLinesOut() {
        }

        static JsonGenerator generator(OutputStream out) throws IOException {
            JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            return g;
        }

        static void writeValues(JsonGenerator json, Map<String, Object> values) throws IOException {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                Object v = e.getValue();
                if (v instanceof List<?> list) {
                    json.writeArrayFieldStart(e.getKey());
                    for (Object item : list) {
                        json.writeString(String.valueOf(item));
                    }
                    json.writeEndArray();
                } else if (v instanceof Long n) {
                    json.writeNumberField(e.getKey(), n);
                } else if (v instanceof Boolean b) {
                    json.writeBooleanField(e.getKey(), b);
                } else {
                    json.writeStringField(e.getKey(), String.valueOf(v));
                }
            }
        }
    }
}
