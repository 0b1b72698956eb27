package dev.faultline.index.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.FacetValue;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchResult;

class SearchResultJsonTest {

    @Test
    void hitHasExactlyTheContractKeys() throws Exception {
        EvidenceRecord record = new EvidenceRecord(Instant.parse("2024-07-19T04:09:00Z"), "7/19/2024 4:09:00 AM", "FALCON-01", "event",
                "IMAGE_NAME: csagent.sys", Map.of("eventId", "1001"), "IMAGE_NAME: csagent.sys",
                new SourceRef("windbg/ms_blog_csagent_wer_fragment.txt", "ab".repeat(32), 4, -1, null));
        SearchHit hit = new SearchHit("abababababababab#L4", 1.5f, record, List.of("IMAGE_NAME: <em>csagent.sys</em>"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SearchResultJson.writeHitLine(hit, out);
        String line = out.toString(StandardCharsets.UTF_8);
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, line);
        JsonNode json = new ObjectMapper().readTree(line);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("id", "timestamp", "host", "kind", "source", "message", "highlights"), keys);
        assertEquals("abababababababab#L4", json.get("id").asText());
        assertEquals("2024-07-19T04:09:00Z", json.get("timestamp").asText());
        List<String> sourceKeys = new ArrayList<>();
        json.get("source").fieldNames().forEachRemaining(sourceKeys::add);
        assertEquals(List.of("file", "sha256", "line"), sourceKeys);
        assertEquals(4, json.get("source").get("line").asInt());
        assertEquals("IMAGE_NAME: <em>csagent.sys</em>", json.get("highlights").get(0).asText());
    }

    @Test
    void missingValuesAreNulls() throws Exception {
        EvidenceRecord record = new EvidenceRecord(null, null, null, "crash", "Bugcheck 7e", Map.of(), null,
                new SourceRef("windbg/ie_0x7e_system_thread_exception_not_handled.txt", null, 0, 0, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SearchResultJson.writeHitLine(new SearchHit("x#@0", 0f, record, List.of()), out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertTrue(json.get("timestamp").isNull());
        assertTrue(json.get("host").isNull());
        assertTrue(json.get("source").get("sha256").isNull());
        assertTrue(json.get("source").get("line").isNull());
        assertEquals(0, json.get("source").get("offset").asLong());
        assertEquals(0, json.get("highlights").size());
    }

    @Test
    void aRecordOfABinaryFormatNamesItsOffsetAndRecordIdInsteadOfALine() throws Exception {
        EvidenceRecord record = new EvidenceRecord(Instant.parse("2019-03-03T09:20:28Z"), null, "WIN-1", "event", "7045", Map.of(), null,
                new SourceRef("evtx/System.evtx", "cd".repeat(32), 0, 4608, "4480"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SearchResultJson.writeHitLine(new SearchHit("evtx/System.evtx#R4480", 0f, record, List.of()), out);
        JsonNode source = new ObjectMapper().readTree(out.toByteArray()).get("source");
        List<String> sourceKeys = new ArrayList<>();
        source.fieldNames().forEachRemaining(sourceKeys::add);
        assertEquals(List.of("file", "sha256", "line", "offset", "recordId"), sourceKeys);
        assertTrue(source.get("line").isNull());
        assertEquals(4608, source.get("offset").asLong());
        assertEquals("4480", source.get("recordId").asText());
    }

    @Test
    void summaryWithFacets() throws Exception {
        SearchResult result = new SearchResult("kind:crash", 8, true, List.of(), "t.1.2",
                Map.of("bugcheck", List.of(new FacetValue("0xd1", 2))), 1, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SearchResultJson.writeSummaryLine(result, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(8, json.get("total").asLong());
        assertEquals("t.1.2", json.get("nextPage").asText());
        assertEquals(2, json.get("facets").get("bugcheck").get(0).get("count").asInt());
        assertEquals("0xd1", json.get("facets").get("bugcheck").get(0).get("value").asText());
        assertTrue(json.get("facetsExact").asBoolean());
        assertEquals(1.0, json.get("facetSampleRate").asDouble());
    }

    @Test
    void summaryWithSampledFacets() throws Exception {
        SearchResult result = new SearchResult("ftpd", 2_000_000, true, List.of(), null,
                Map.of("host", List.of(new FacetValue("host-1", 40_000))), 0.05, 30);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SearchResultJson.writeSummaryLine(result, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(false, json.get("facetsExact").asBoolean());
        assertEquals(0.05, json.get("facetSampleRate").asDouble());
        assertEquals(2_000_000, json.get("total").asLong());
    }

    @Test
    void summaryWithoutFacetsHasNoFacetKeys() throws Exception {
        SearchResult result = new SearchResult("x", 1, true, List.of(), null, Map.of(), 1, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SearchResultJson.writeSummaryLine(result, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertNull(json.get("facets"));
        assertNull(json.get("facetsExact"));
    }
}
