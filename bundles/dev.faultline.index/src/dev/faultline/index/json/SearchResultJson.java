package dev.faultline.index.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.FacetValue;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchResult;

/**
 * The JSON of search results for the CLI and other tools. One hit is one object with exactly the
 * keys {@code id}, {@code timestamp} (ISO-8601 UTC or null), {@code host}, {@code kind},
 * {@code source} ({@code {file, sha256, line}}; a record of a binary format such as EVTX has no line
 * and adds {@code offset}, its byte offset in the file, and {@code recordId}), {@code message},
 * {@code highlights}. These keys are a contract: add, never rename.
 */
public final class SearchResultJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SearchResultJson() {
    }

    /** Writes one hit as a single-line JSON object followed by a newline. */
    public static void writeHitLine(SearchHit hit, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeHit(hit, json);
        }
        out.write('\n');
    }

    /**
     * Writes the summary line of a result: {@code {"query", "total", "totalExact", "returned",
     * "nextPage", "tookMillis"}} and, when counted, {@code "facets": {dim: [{value, count}]}},
     * {@code "facetsExact"} and {@code "facetSampleRate"} (1 when exact; else the share of the hits
     * the counts were estimated from).
     */
    public static void writeSummaryLine(SearchResult result, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("query", result.query());
            json.writeNumberField("total", result.totalHits());
            json.writeBooleanField("totalExact", result.totalHitsExact());
            json.writeNumberField("returned", result.hits().size());
            json.writeStringField("nextPage", result.nextPage());
            json.writeNumberField("tookMillis", result.tookMillis());
            if (!result.facets().isEmpty()) {
                json.writeObjectFieldStart("facets");
                for (Map.Entry<String, List<FacetValue>> dim : result.facets().entrySet()) {
                    json.writeArrayFieldStart(dim.getKey());
                    for (FacetValue value : dim.getValue()) {
                        json.writeStartObject();
                        json.writeStringField("value", value.value());
                        json.writeNumberField("count", value.count());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
                json.writeBooleanField("facetsExact", !result.facetsSampled());
                json.writeNumberField("facetSampleRate", result.facetSampleRate());
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    static void writeHit(SearchHit hit, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", hit.id());
        json.writeStringField("timestamp", hit.timestamp() == null ? null : hit.timestamp().toString());
        json.writeStringField("host", hit.host());
        json.writeStringField("kind", hit.kind());
        json.writeObjectFieldStart("source");
        SourceRef source = hit.source();
        json.writeStringField("file", source == null ? null : source.file());
        json.writeStringField("sha256", source == null ? null : source.sha256());
        if (source == null || source.line() <= 0) {
            json.writeNullField("line");
        } else {
            json.writeNumberField("line", source.line());
        }
        if (source != null && source.line() <= 0) {
            // binary formats (EVTX): the record's byte offset and the format's record id instead of a line
            if (source.offset() >= 0) {
                json.writeNumberField("offset", source.offset());
            }
            if (source.recordId() != null) {
                json.writeStringField("recordId", source.recordId());
            }
        }
        json.writeEndObject();
        json.writeStringField("message", hit.message());
        json.writeArrayFieldStart("highlights");
        for (String passage : hit.highlights()) {
            json.writeString(passage);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
