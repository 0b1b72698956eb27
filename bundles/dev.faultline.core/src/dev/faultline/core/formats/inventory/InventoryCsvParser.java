package dev.faultline.core.formats.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.HeaderedCsv;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;

/**
 * A host inventory as CSV: columns mapped to {@link HostField}s by header name; headers it does not
 * know are kept as attributes, or mapped by the caller (the UI's mapping step) through
 * {@link #InventoryCsvParser(Map)}.
 */
public final class InventoryCsvParser implements FormatParser {

    public static final String ID = "inventory-csv";

    private final Map<String, HostField> extraHeaders;

    /** Maps headers by their known names only. */
    public InventoryCsvParser() {
        this(Map.of());
    }

    /**
     * @param extraHeaders headers (as written, case-insensitive) the caller mapped to fields; they
     *            take precedence over the known names
     */
    public InventoryCsvParser(Map<String, HostField> extraHeaders) {
        Map<String, HostField> normalized = new LinkedHashMap<>();
        extraHeaders.forEach((header, field) -> normalized.put(HostField.normalize(header), field));
        this.extraHeaders = Collections.unmodifiableMap(normalized);
    }

    /** The headers no {@link HostField} is known by, in order: what a mapping step must ask about. */
    public static List<String> unknownHeaders(List<String> header) {
        List<String> unknown = new ArrayList<>();
        for (String name : header) {
            if (HostField.byHeader(name) == null) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "host inventory as CSV (columns mapped by header name)";
    }

    @Override
    public int detect(byte[] head) {
        List<String> header = HeaderedCsv.header(head);
        if (header.size() < 2) {
            return 0;
        }
        boolean host = false;
        int others = 0;
        for (String name : header) {
            HostField field = HostField.byHeader(name);
            if (field == HostField.HOST_NAME && !name.equals("name")) {
                host = true;
            } else if (field != null && field != HostField.HOST_NAME && field != HostField.OS_VERSION && field != HostField.ROLE) {
                others++;
            }
        }
        return host && others >= 1 ? 60 + Math.min(20, 5 * others) : 0;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        HeaderedCsv.read(in, file, options, sink, (values, line, raw) -> {
            SourceRef source = SourceRef.line(file, line);
            Map<HostField, String> known = new EnumMap<>(HostField.class);
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : values.entrySet()) {
                HostField field = extraHeaders.get(HostField.normalize(entry.getKey()));
                if (field == null) {
                    field = HostField.byHeader(entry.getKey());
                }
                String value = entry.getValue().strip();
                if (field != null && !known.containsKey(field)) {
                    if (!value.isEmpty()) {
                        known.put(field, value);
                    }
                } else {
                    attributes.put(entry.getKey(), entry.getValue());
                }
            }
            String hostName = known.remove(HostField.HOST_NAME);
            if (hostName == null) {
                sink.reject(new Rejection(source, "inventory row without a host name"));
                return;
            }
            sink.accept(new HostRecord(hostName, known, Collections.unmodifiableMap(attributes), source));
        });
    }
}
