package dev.faultline.core.formats.driverquery;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParsedRecord;

/**
 * One driver of a {@code driverquery} listing. Text values are kept as written (localized outputs
 * keep their words); numbers and the link date are also given parsed when they can be.
 *
 * @param host the host the listing came from when it says so, else {@code null}
 * @param moduleName e.g. {@code 360Box64}
 * @param displayName as written (driverquery cuts it to the column width)
 * @param description as written
 * @param driverType e.g. {@code Kernel}, {@code File System}
 * @param startMode e.g. {@code System}, {@code Manual}
 * @param state e.g. {@code Running}
 * @param status e.g. {@code OK}
 * @param acceptStop as written, e.g. {@code TRUE}
 * @param acceptPause as written
 * @param pagedPoolBytes Paged Pool in bytes, or {@code null}
 * @param codeBytes Code in bytes, or {@code null}
 * @param bssBytes BSS in bytes, or {@code null}
 * @param initBytes Init in bytes, or {@code null}
 * @param linkDateText Link Date as written
 * @param linkDate Link Date parsed (local time of the host), or {@code null} when unreadable or
 *            not a plausible date (reproducible builds write a hash there: 1974, 2087 ...)
 * @param path the driver file path
 * @param otherColumns columns this parser does not know, header to value
 * @param source file and line of the row
 */
public record DriverRecord(String host, String moduleName, String displayName, String description, String driverType,
        String startMode, String state, String status, String acceptStop, String acceptPause, Long pagedPoolBytes,
        Long codeBytes, Long bssBytes, Long initBytes, String linkDateText, LocalDateTime linkDate, String path,
        Map<String, String> otherColumns, SourceRef source) implements ParsedRecord {

    @Override
    public EvidenceRecord evidence() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, EvidenceRecord.Fields.MODULE, moduleName);
        put(fields, "displayName", displayName);
        put(fields, "description", description);
        put(fields, "driverType", driverType);
        put(fields, "startMode", startMode);
        put(fields, "state", state);
        put(fields, "status", status);
        put(fields, "path", path);
        put(fields, "linkDate", linkDateText);
        fields.putAll(otherColumns);
        StringBuilder message = new StringBuilder("driver ").append(moduleName);
        if (displayName != null && !displayName.equals(moduleName)) {
            message.append(" (").append(displayName).append(')');
        }
        if (driverType != null) {
            message.append(", ").append(driverType);
        }
        if (state != null) {
            message.append(", ").append(state);
        }
        if (path != null) {
            message.append(", ").append(path);
        }
        return new EvidenceRecord(null, null, host, "driver", message.toString(), fields, null, source);
    }

    /**
     * Keys: {@code host, moduleName, displayName, description, driverType, startMode, state, status,
     * acceptStop, acceptPause, pagedPoolBytes, codeBytes, bssBytes, initBytes, linkDateText, linkDate,
     * path, otherColumns, source}.
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("host", host);
        json.put("moduleName", moduleName);
        json.put("displayName", displayName);
        json.put("description", description);
        json.put("driverType", driverType);
        json.put("startMode", startMode);
        json.put("state", state);
        json.put("status", status);
        json.put("acceptStop", acceptStop);
        json.put("acceptPause", acceptPause);
        json.put("pagedPoolBytes", pagedPoolBytes);
        json.put("codeBytes", codeBytes);
        json.put("bssBytes", bssBytes);
        json.put("initBytes", initBytes);
        json.put("linkDateText", linkDateText);
        json.put("linkDate", linkDate == null ? null : linkDate.toString());
        json.put("path", path);
        json.put("otherColumns", otherColumns);
        json.put("source", LogRecord.sourceJson(source));
        return json;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
