package dev.faultline.index.opensearch;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.index.opensearch.internal.ClusterClient;

/**
 * The investigation whose records an index on a cluster holds, recorded in the index's mapping
 * ({@code _meta.faultline.investigation}) when it is built and in the investigation's
 * {@code DIR/opensearch.json}: two investigations given the same index name (the default
 * {@value OpenSearchIndex#DEFAULT_NAME}, say) are told apart, and the second is refused instead of
 * replacing or reading the first one's records. A copy of an investigation folder is the same
 * investigation (it keeps the id), so it shares the index until it is given its own.
 *
 * @param id a random id made when the investigation is first indexed on a cluster
 * @param title the investigation's title then (for messages)
 * @param folder the investigation's folder then (for messages)
 */
public record IndexOwner(String id, String title, String folder) {

    /** A new id for an investigation indexed on a cluster for the first time. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** As written in the mapping. */
    public ObjectNode toJson() {
        ObjectNode node = ClusterClient.JSON.createObjectNode();
        node.put("id", id);
        if (title != null) {
            node.put("title", title);
        }
        if (folder != null) {
            node.put("folder", folder);
        }
        return node;
    }

    /** The owner recorded in a mapping's {@code _meta.faultline.investigation}, or {@code null} when none is (an older index). */
    public static IndexOwner of(JsonNode investigation) {
        String id = investigation.path("id").asText("");
        if (id.isEmpty()) {
            return null;
        }
        return new IndexOwner(id, investigation.path("title").asText(null), investigation.path("folder").asText(null));
    }

    /** How messages name the investigation: its title and folder. */
    public String describe() {
        String name = title == null || title.isBlank() ? "an investigation" : "investigation '" + title + "'";
        return folder == null ? name : name + " in " + folder;
    }
}
