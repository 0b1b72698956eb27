package dev.faultline.core.formats.inventory;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParsedRecord;

/**
 * One host of an inventory.
 *
 * @param hostName the host name (always present)
 * @param values the other known properties, as written
 * @param attributes columns with no known meaning, header to value
 * @param source file and line
 */
public record HostRecord(String hostName, Map<HostField, String> values, Map<String, String> attributes, SourceRef source)
        implements ParsedRecord {

    public HostRecord {
        values = values.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /** A property, or {@code null}. */
    public String get(HostField field) {
        return field == HostField.HOST_NAME ? hostName : values.get(field);
    }

    @Override
    public EvidenceRecord evidence() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<HostField, String> entry : values.entrySet()) {
            fields.put(key(entry.getKey()), entry.getValue());
        }
        fields.putAll(attributes);
        StringBuilder message = new StringBuilder("host ").append(hostName);
        String os = values.get(HostField.OS_NAME);
        if (os != null) {
            message.append(", ").append(os);
        }
        String build = values.get(HostField.OS_BUILD) != null ? values.get(HostField.OS_BUILD) : values.get(HostField.OS_VERSION);
        if (build != null) {
            message.append(' ').append(build);
        }
        return new EvidenceRecord(null, null, hostName, "host", message.toString(), fields, null, source);
    }

    /**
     * Keys: {@code hostName, fqdn, domain, ipAddress, macAddress, osName, osVersion, osBuild,
     * manufacturer, model, serialNumber, sensorVersion, owner, location, role, lastSeen, attributes, source}.
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hostName", hostName);
        for (HostField field : HostField.values()) {
            if (field != HostField.HOST_NAME) {
                json.put(key(field), values.get(field));
            }
        }
        json.put("attributes", attributes);
        json.put("source", LogRecord.sourceJson(source));
        return json;
    }

    /** {@code OS_BUILD} becomes {@code osBuild}. */
    static String key(HostField field) {
        String[] parts = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return key.toString();
    }
}
