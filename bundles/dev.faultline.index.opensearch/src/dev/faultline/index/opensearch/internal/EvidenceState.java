package dev.faultline.index.opensearch.internal;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.index.opensearch.OpenSearchException;

/**
 * Which evidence files an index on the cluster holds completely, and which a write began and did not
 * finish: kept in the index's mapping ({@code _meta.faultline.held} and {@code .unfinished}, beside
 * {@code layout}), the one place a cluster updates atomically. A write marks a file unfinished before
 * its first record is sent and makes it held only once every record is in and the earlier ones are
 * deleted, so a writer killed at any moment, or a cluster failing under it, leaves the file marked,
 * never recorded as held with records missing. An index written before this was kept has no
 * {@code held} list: it holds nothing, and every file is indexed again on the next write.
 */
public final class EvidenceState {

    private final ClusterClient client;
    private final String index;
    private final Set<String> held;
    private final Set<String> unfinished;
    private final JsonNode owner;

    private EvidenceState(ClusterClient client, String index, Set<String> held, Set<String> unfinished, JsonNode owner) {
        this.client = client;
        this.index = index;
        this.held = held;
        this.unfinished = unfinished;
        this.owner = owner;
    }

    /** The state recorded in {@code index} (a concrete index or an alias of one). */
    public static EvidenceState read(ClusterClient client, String index) throws OpenSearchException {
        JsonNode mappings = client.require("GET", "/" + index + "/_mapping", null, "read the mapping of index '" + index + "'");
        JsonNode meta = mappings.isEmpty() ? ClusterClient.JSON.createObjectNode()
                : mappings.elements().next().path("mappings").path("_meta").path("faultline");
        String concrete = mappings.isEmpty() ? index : mappings.fieldNames().next();
        return new EvidenceState(client, concrete, strings(meta.path("held")), strings(meta.path("unfinished")), meta.path(IndexLayout.OWNER));
    }

    /** For a new index: holds nothing yet; {@code owner} is the investigation it was created for, or {@code null}. */
    public static EvidenceState empty(ClusterClient client, String index, JsonNode owner) {
        return new EvidenceState(client, index, new TreeSet<>(), new TreeSet<>(), owner == null ? ClusterClient.JSON.missingNode() : owner);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** Files held completely (never one that is unfinished). */
    public Set<String> held() {
        Set<String> complete = new TreeSet<>(held);
        complete.removeAll(unfinished);
        return complete;
    }

    public Set<String> unfinished() {
        return new TreeSet<>(unfinished);
    }

    /** Marks files as being written (records), before any of their records is sent. */
    public void begin(Collection<String> keys) throws OpenSearchException {
        if (unfinished.addAll(keys)) {
            save();
        }
    }

    /** Every record of these files is in and the earlier ones are gone: held (files without a SHA-256 are not recorded). */
    public void finish(Collection<String> keys) throws OpenSearchException {
        for (String key : keys) {
            if (!key.startsWith("path:")) {
                held.add(key);
            }
        }
        unfinished.removeAll(keys);
        save();
    }

    /** Every record of these files is gone: neither held nor unfinished. */
    public void forget(Collection<String> keys) throws OpenSearchException {
        held.removeAll(keys);
        unfinished.removeAll(keys);
        save();
    }

    /** Writes the state into the index's mapping (the layout marker and the owning investigation kept as they are). */
    public void save() throws OpenSearchException {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        ObjectNode faultline = body.putObject("_meta").putObject("faultline");
        faultline.put("layout", IndexLayout.LAYOUT);
        if (owner.isObject()) {
            faultline.set(IndexLayout.OWNER, owner);
        }
        held.forEach(faultline.putArray("held")::add);
        unfinished.forEach(faultline.putArray("unfinished")::add);
        client.require("PUT", "/" + index + "/_mapping", body.toString(), "record which evidence files index '" + index + "' holds");
    }
}
