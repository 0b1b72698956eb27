package dev.faultline.index.opensearch.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.IndexedDocument;

/** An {@link IndexedDocument} as a bulk-index action and document, and the record back from a hit's {@code _source}. */
public final class DocumentJson {

    /** The names of a record's fields in its order ({@code record.fo}; the cluster reorders the keys of {@code record.f}). */
    static final String FIELD_ORDER = "fo";

    /** OpenSearch refuses document ids longer than this (bytes). */
    private static final int MAX_ID_BYTES = 512;

    private DocumentJson() {
    }

    /** The document id: the hit id, or its SHA-1 when too long for OpenSearch. */
    public static String documentId(String hitId) {
        byte[] bytes = hitId.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_ID_BYTES) {
            return hitId;
        }
        try {
            return "sha1-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the two bulk lines ({@code index} action, document) of one record. */
    public static void writeBulkIndex(OutputStream out, String index, IndexedDocument doc) throws IOException {
        try (JsonGenerator json = ClusterClient.JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeObjectFieldStart("index");
            json.writeStringField("_index", index);
            json.writeStringField("_id", documentId(doc.id()));
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            writeDocument(json, doc);
            json.writeRaw('\n');
        }
    }

    private static void writeDocument(JsonGenerator json, IndexedDocument doc) throws IOException {
        json.writeStartObject();
        json.writeStringField(FieldNames.SOURCE_KEY, doc.sourceKey());
        json.writeStringField(FieldNames.TEXT, doc.tokens());
        for (Map.Entry<String, List<String>> e : doc.keywords().entrySet()) {
            String field = FieldNames.of(e.getKey());
            if (!field.equals(FieldNames.SOURCE_KEY)) {
                writeStrings(json, field, e.getValue());
            }
        }
        for (Map.Entry<String, List<Long>> e : doc.numbers().entrySet()) {
            json.writeFieldName(FieldNames.of(e.getKey()));
            if (e.getValue().size() == 1) {
                json.writeNumber(e.getValue().get(0));
            } else {
                json.writeStartArray();
                for (long v : e.getValue()) {
                    json.writeNumber(v);
                }
                json.writeEndArray();
            }
        }
        for (Map.Entry<String, List<String>> e : doc.facets().entrySet()) {
            writeStrings(json, FieldNames.facet(e.getKey()), e.getValue());
        }
        writeRecord(json, doc.record());
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeFieldName(field);
        if (values.size() == 1) {
            json.writeString(values.get(0));
        } else {
            json.writeStartArray();
            for (String v : values) {
                json.writeString(v);
            }
            json.writeEndArray();
        }
    }

    private static void writeRecord(JsonGenerator json, EvidenceRecord r) throws IOException {
        json.writeObjectFieldStart(FieldNames.RECORD);
        if (r.timestamp() != null) {
            json.writeNumberField("t", r.timestamp().toEpochMilli());
        }
        writeIfPresent(json, "tt", r.timestampText());
        writeIfPresent(json, "h", r.host());
        writeIfPresent(json, "k", r.kind());
        writeIfPresent(json, "m", r.message());
        if (r.rawText() != null) {
            if (r.rawText().equals(r.message())) {
                json.writeBooleanField("rm", true);
            } else {
                json.writeStringField("r", r.rawText());
            }
        }
        if (r.fields() != null && !r.fields().isEmpty()) {
            json.writeObjectFieldStart("f");
            for (Map.Entry<String, String> e : r.fields().entrySet()) {
                json.writeStringField(e.getKey(), e.getValue() == null ? "" : e.getValue());
            }
            json.writeEndObject();
            if (r.fields().size() > 1) {
                // the cluster keeps a stored object's keys in an order of its own: the record's order, as a list
                json.writeArrayFieldStart(FIELD_ORDER);
                for (String name : r.fields().keySet()) {
                    json.writeString(name);
                }
                json.writeEndArray();
            }
        }
        SourceRef s = r.source();
        if (s != null) {
            json.writeObjectFieldStart("s");
            writeIfPresent(json, "file", s.file());
            writeIfPresent(json, "sha256", s.sha256());
            json.writeNumberField("line", s.line());
            json.writeNumberField("offset", s.offset());
            writeIfPresent(json, "recordId", s.recordId());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator json, String key, String value) throws IOException {
        if (value != null) {
            json.writeStringField(key, value);
        }
    }

    /** The record of a hit, from {@code _source.record}. */
    public static EvidenceRecord record(JsonNode stored) {
        JsonNode t = stored.get("t");
        Instant timestamp = t == null || t.isNull() ? null : Instant.ofEpochMilli(t.asLong());
        String message = text(stored, "m");
        String raw = stored.path("rm").asBoolean(false) ? message : text(stored, "r");
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode values = stored.path("f");
        for (JsonNode name : stored.path(FIELD_ORDER)) { // records written before the order was kept: the cluster's order
            JsonNode value = values.get(name.asText());
            if (value != null) {
                fields.put(name.asText(), value.asText());
            }
        }
        values.properties().forEach(e -> fields.putIfAbsent(e.getKey(), e.getValue().asText()));
        JsonNode s = stored.get("s");
        SourceRef source = s == null ? null
                : new SourceRef(text(s, "file"), text(s, "sha256"), s.path("line").asLong(0), s.path("offset").asLong(-1), text(s, "recordId"));
        return new EvidenceRecord(timestamp, text(stored, "tt"), text(stored, "h"), text(stored, "k"), message == null ? "" : message,
                java.util.Collections.unmodifiableMap(fields), raw, source);
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
