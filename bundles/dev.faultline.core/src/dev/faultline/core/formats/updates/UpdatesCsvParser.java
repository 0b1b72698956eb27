package dev.faultline.core.formats.updates;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.HeaderedCsv;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.Timestamps;

/**
 * Update and deployment records as CSV with the columns {@code vendor, product, kind, identifier,
 * version, released, reverted, scope} (any order, any case; other columns are kept as attributes).
 * A {@code host} (or {@code computer}) column makes each row a per-host deployment record; a
 * {@code files} column lists the files the update installs or changes, separated by {@code ;}.
 * Times are ISO 8601 or US {@code M/d/yyyy h:mm[:ss] AM}; without a zone they are read in
 * {@link ParseOptions#zone()}.
 */
public final class UpdatesCsvParser implements FormatParser {

    public static final String ID = "updates-csv";

    static final List<String> COLUMNS = List.of("vendor", "product", "kind", "identifier", "version", "released", "reverted", "scope");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "update / deployment records as CSV (vendor, product, kind, identifier, version, released, reverted, scope)";
    }

    @Override
    public int detect(byte[] head) {
        List<String> header = HeaderedCsv.header(head);
        int known = 0;
        for (String column : COLUMNS) {
            if (header.contains(column)) {
                known++;
            }
        }
        return known >= 4 && header.contains("released") && (header.contains("product") || header.contains("identifier")) ? 90 : 0;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        HeaderedCsv.read(in, file, options, sink, (values, line, raw) -> {
            SourceRef source = SourceRef.line(file, line);
            Map<String, String> known = new LinkedHashMap<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : values.entrySet()) {
                String name = entry.getKey().toLowerCase(Locale.ROOT);
                String value = entry.getValue().strip();
                if (COLUMNS.contains(name)) {
                    known.put(name, value.isEmpty() ? null : value);
                } else {
                    attributes.put(entry.getKey(), entry.getValue());
                }
            }
            if (known.get("product") == null && known.get("identifier") == null) {
                sink.reject(new Rejection(source, "update row names neither a product nor an identifier"));
                return;
            }
            String releasedText = known.get("released");
            String revertedText = known.get("reverted");
            Instant released = time(releasedText, options);
            Instant reverted = time(revertedText, options);
            if (releasedText != null && released == null) {
                sink.reject(new Rejection(source, "released time '" + releasedText + "' is not a readable date and time"));
                return;
            }
            if (revertedText != null && reverted == null) {
                sink.reject(new Rejection(source, "reverted time '" + revertedText + "' is not a readable date and time"));
                return;
            }
            sink.accept(new UpdateRecord(known.get("vendor"), known.get("product"), known.get("kind"), known.get("identifier"),
                    known.get("version"), released, releasedText, reverted, revertedText, known.get("scope"),
                    Collections.unmodifiableMap(attributes), source));
        });
    }

    static Instant time(String text, ParseOptions options) {
        if (text == null) {
            return null;
        }
        Instant iso = Timestamps.parseIso(text, options.zone());
        if (iso != null) {
            return iso;
        }
        if (text.length() == 10) {
            iso = Timestamps.parseIso(text + "T00:00:00", options.zone());
            if (iso != null) {
                return iso;
            }
        }
        Timestamps.Found us = Timestamps.usDateTimeAt(text, 0, options.zone());
        return us != null && us.end() == text.length() ? us.instant() : null;
    }
}
