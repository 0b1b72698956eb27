package dev.faultline.timeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.faultline.timeline.TimelineRow;
import dev.faultline.timeline.export.TimesketchJsonlWriter.JsonLinesOut;

/** One JSON object per row: {@code time} (UTC instant), {@code localTime} (in the chosen zone), message, attributes, {@code fields}. */
final class PlainJsonlWriter implements RowWriter {

    private final JsonGenerator json;
    private final ZoneId zone;

    PlainJsonlWriter(OutputStream out, ZoneId zone) throws IOException {
        this.json = JsonLinesOut.generator(out);
        this.zone = zone;
    }

    @Override
    public void write(TimelineRow row) throws IOException {
        json.writeStartObject();
        json.writeStringField("time", row.time().toString());
        json.writeStringField("localTime", IsoTimes.iso(row.time(), zone));
        json.writeStringField("message", row.message());
        JsonLinesOut.writeValues(json, Attributes.fixed(row));
        Map<String, String> fields = row.record().fields();
        if (!fields.isEmpty()) {
            json.writeObjectFieldStart("fields");
            for (Map.Entry<String, String> f : fields.entrySet()) {
                json.writeStringField(f.getKey(), f.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }
}
