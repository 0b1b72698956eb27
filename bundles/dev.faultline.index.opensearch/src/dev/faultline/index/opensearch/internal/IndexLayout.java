package dev.faultline.index.opensearch.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.index.IndexFields;
import dev.faultline.index.IndexedDocument;

/**
 * The settings and mapping of a Faultline index on OpenSearch, made only of built-in analysis
 * components (so managed clusters that allow no plugins work): the full text arrives already split
 * into Faultline's tokens; the {@code whitespace} tokenizer splits positions, and a
 * {@code pattern_capture} filter emits the forms of one position (joined by
 * {@value IndexedDocument#SAME_POSITION}) at that same position. Every other string is a keyword,
 * every number a long; only the facet and clustering keywords keep doc values. {@code _meta.faultline.layout} marks the index as Faultline's.
 */
public final class IndexLayout {

    /** Version of this layout; an index of another one is refused (rebuild it). */
    public static final int LAYOUT = 1;
    public static final String ANALYZER = "faultline_tokens";
    /** The key of the owning investigation in {@code _meta.faultline}. */
    public static final String OWNER = "investigation";

    private IndexLayout() {
    }

    /** The body of a create-index request. */
    public static ObjectNode createBody(int shards, int replicas) {
        return createBody(shards, replicas, null);
    }

    /** The body of a create-index request for an index that holds the records of {@code owner} ({@code _meta.faultline.investigation}), if given. */
    public static ObjectNode createBody(int shards, int replicas, ObjectNode owner) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards);
        index.put("number_of_replicas", replicas);
        index.put("refresh_interval", "-1"); // loaded before it is searched; set to 1s when done
        index.put("max_result_window", 20_000);
        ObjectNode analysis = index.putObject("analysis");
        analysis.putObject("tokenizer").putObject("faultline_positions").put("type", "whitespace").put("max_token_length", 65_536);
        ObjectNode forms = analysis.putObject("filter").putObject("faultline_forms");
        forms.put("type", "pattern_capture").put("preserve_original", false);
        forms.putArray("patterns").add("([^" + IndexedDocument.SAME_POSITION + "]+)");
        ObjectNode analyzer = analysis.putObject("analyzer").putObject(ANALYZER);
        analyzer.put("type", "custom").put("tokenizer", "faultline_positions").putArray("filter").add("faultline_forms");
        ObjectNode mapping = mapping();
        if (owner != null) {
            ((ObjectNode) mapping.path("_meta").path("faultline")).set(OWNER, owner);
        }
        body.set("mappings", mapping);
        return body;
    }

    private static ObjectNode mapping() {
        ObjectNode mapping = ClusterClient.JSON.createObjectNode();
        mapping.putObject("_meta").putObject("faultline").put("layout", LAYOUT);
        mapping.put("dynamic", "true");
        mapping.putObject("_source").putArray("excludes").add(FieldNames.TEXT);
        ArrayNode templates = mapping.putArray("dynamic_templates");
        templates.addObject().putObject("numbers").put("match_mapping_type", "long").putObject("mapping").put("type", "long");
        // doc values only where something sorts or counts: the facets and the clustering fields (FleetFields, CrashFields)
        ObjectNode counted = templates.addObject().putObject("counted_keywords");
        counted.put("match_mapping_type", "string").put("match_pattern", "regex").put("match", "^(facet|fleet|crash)_.*");
        counted.putObject("mapping").put("type", "keyword");
        templates.addObject().putObject("keywords").put("match_mapping_type", "string").putObject("mapping").put("type", "keyword")
                .put("doc_values", false);
        ObjectNode properties = mapping.putObject("properties");
        properties.putObject(FieldNames.TEXT).put("type", "text").put("analyzer", ANALYZER).put("search_analyzer", "whitespace")
                .put("index_options", "positions");
        properties.putObject(FieldNames.RECORD).put("type", "object").put("enabled", false);
        properties.putObject(FieldNames.of(IndexFields.TIME)).put("type", "long");
        properties.putObject(FieldNames.of(IndexFields.LINE)).put("type", "long");
        properties.putObject(FieldNames.SEQ).put("type", "long");
        properties.putObject(FieldNames.of(IndexFields.ID)).put("type", "keyword").put("doc_values", false);
        properties.putObject(FieldNames.SOURCE_KEY).put("type", "keyword").put("doc_values", false);
        for (String dim : IndexFields.FACETS) {
            properties.putObject(FieldNames.facet(dim)).put("type", "keyword");
        }
        return mapping;
    }

    /** The owning investigation an index's mapping records ({@code _meta.faultline.investigation}; missing node when none). */
    public static JsonNode ownerOf(JsonNode indexMappings) {
        return indexMappings.path("mappings").path("_meta").path("faultline").path(OWNER);
    }

    /** The layout an index's mapping declares, or -1 when it is not Faultline's. */
    public static int layoutOf(JsonNode indexMappings) {
        JsonNode layout = indexMappings.path("mappings").path("_meta").path("faultline").path("layout");
        return layout.isInt() ? layout.asInt() : -1;
    }
}
