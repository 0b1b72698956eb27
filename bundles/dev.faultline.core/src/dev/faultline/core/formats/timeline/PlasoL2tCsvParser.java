package dev.faultline.core.formats.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.HeaderedCsv;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;

/**
 * Plaso's {@code l2tcsv} output: {@code date} (MM/dd/yyyy), {@code time}, {@code timezone},
 * {@code MACB}, ..., {@code host}, {@code short}, {@code desc}, ...; every column is kept.
 */
public final class PlasoL2tCsvParser implements FormatParser {

    public static final String ID = "plaso-l2tcsv";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Plaso l2tcsv timeline";
    }

    @Override
    public int detect(byte[] head) {
        List<String> header = HeaderedCsv.header(head);
        return header.size() >= 11 && header.subList(0, 4).equals(List.of("date", "time", "timezone", "macb"))
                && header.contains("desc") ? 98 : 0;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        HeaderedCsv.read(in, file, options, sink, (values, line, raw) -> {
            SourceRef source = SourceRef.line(file, line);
            String date = values.get("date");
            String time = values.get("time");
            String zone = values.get("timezone");
            java.time.Instant instant;
            try {
                String[] d = date.split("/");
                String[] t = time.split(":");
                LocalDateTime local = LocalDateTime.of(Integer.parseInt(d[2]), Integer.parseInt(d[0]), Integer.parseInt(d[1]),
                        Integer.parseInt(t[0]), Integer.parseInt(t[1]), Integer.parseInt(t[2]));
                ZoneId zoneId = zone == null || zone.isBlank() || zone.equals("-") ? options.zone() : ZoneId.of(zone.strip());
                instant = local.atZone(zoneId).toInstant();
            } catch (RuntimeException e) {
                String why = e instanceof DateTimeException ? e.getMessage() : "expected MM/dd/yyyy and HH:mm:ss";
                sink.reject(new Rejection(source, "unreadable date '" + date + "' time '" + time + "' zone '" + zone + "': " + why));
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>(values);
            fields.remove("desc");
            String host = TimesketchParser.firstNonEmpty(values.get("host"));
            String message = TimesketchParser.firstNonEmpty(values.get("desc"), values.get("short"));
            sink.accept(new LogRecord(new EvidenceRecord(instant, date + " " + time + " " + zone, host, "timeline",
                    message == null ? "" : message, fields, raw, source)));
        });
    }
}
