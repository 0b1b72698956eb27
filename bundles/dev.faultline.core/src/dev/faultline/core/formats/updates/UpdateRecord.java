package dev.faultline.core.formats.updates;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParsedRecord;

/**
 * One update or deployment: a vendor's release of something to hosts, and when it was reverted.
 *
 * @param vendor e.g. {@code CrowdStrike}
 * @param product e.g. {@code Falcon sensor}
 * @param kind e.g. {@code channel file}, {@code sensor}, {@code KB}
 * @param identifier e.g. {@code C-00000291}
 * @param version as written
 * @param released when it was released, or {@code null}
 * @param releasedText the release time as written
 * @param reverted when it was reverted, or {@code null}
 * @param revertedText the revert time as written
 * @param scope who received it, as written
 * @param attributes every other column
 * @param source file and line
 */
public record UpdateRecord(String vendor, String product, String kind, String identifier, String version, Instant released,
        String releasedText, Instant reverted, String revertedText, String scope, Map<String, String> attributes,
        SourceRef source) implements ParsedRecord {

    @Override
    public EvidenceRecord evidence() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "vendor", vendor);
        put(fields, "product", product);
        put(fields, "updateKind", kind);
        put(fields, "identifier", identifier);
        put(fields, "version", version);
        put(fields, "released", releasedText);
        put(fields, "reverted", revertedText);
        put(fields, "scope", scope);
        fields.putAll(attributes);
        StringBuilder message = new StringBuilder("update");
        for (String part : new String[] {vendor, product, kind, identifier, version}) {
            if (part != null) {
                message.append(' ').append(part);
            }
        }
        if (releasedText != null) {
            message.append(", released ").append(releasedText);
        }
        if (revertedText != null) {
            message.append(", reverted ").append(revertedText);
        }
        return new EvidenceRecord(released, releasedText, null, "update", message.toString(), fields, null, source);
    }

    /**
     * Keys: {@code vendor, product, kind, identifier, version, released, releasedText, reverted,
     * revertedText, scope, attributes, source}.
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("vendor", vendor);
        json.put("product", product);
        json.put("kind", kind);
        json.put("identifier", identifier);
        json.put("version", version);
        json.put("released", released == null ? null : released.toString());
        json.put("releasedText", releasedText);
        json.put("reverted", reverted == null ? null : reverted.toString());
        json.put("revertedText", revertedText);
        json.put("scope", scope);
        json.put("attributes", attributes);
        json.put("source", LogRecord.sourceJson(source));
        return json;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
