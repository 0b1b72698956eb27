package dev.faultline.core.formats.updates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        return new EvidenceRecord(released, releasedText, host(), "update", message.toString(), fields, null, source);
    }

    /** Header names of the column that makes a row a per-host deployment record. */
    public static final List<String> HOST_COLUMNS = List.of("host", "hostname", "host name", "computer", "computername",
            "computer name", "pscomputername", "machine", "device");
    /** Header names of the column listing the files an update installs or changes (separated by {@code ;} or {@code |}). */
    public static final List<String> FILES_COLUMNS = List.of("files", "file", "paths", "path");

    /** The host a per-host deployment record names (a {@code host}, {@code computer} ... column), or {@code null}. */
    public String host() {
        String host = attribute(HOST_COLUMNS);
        return host == null || host.isBlank() ? null : host.strip();
    }

    /** The files the record lists (a {@code files} column, separated by {@code ;} or {@code |}). */
    public List<String> files() {
        String files = attribute(FILES_COLUMNS);
        if (files == null || files.isBlank()) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        for (String file : files.split("[;|]")) {
            if (!file.isBlank()) {
                list.add(file.strip());
            }
        }
        return list;
    }

    private String attribute(List<String> names) {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (names.contains(e.getKey().strip().toLowerCase(Locale.ROOT))) {
                return e.getValue();
            }
        }
        return null;
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
