package dev.faultline.timeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.timeline.TimesketchParser;
import dev.faultline.timeline.TimelineFixtureAccess;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.TimelineRow;
import dev.faultline.timeline.annotate.AnnotationCommands;

class TimelineExportTest {

    @TempDir
    Path dir;

    @Test
    void timesketchCsvHasTheMandatoryColumnsAndImportsBackWithTheSameEventsTimesAndAttributes() throws Exception {
        roundTrip(ExportFormat.TIMESKETCH_CSV);
    }

    @Test
    void timesketchJsonlImportsBackWithTheSameEventsTimesAndAttributes() throws Exception {
        roundTrip(ExportFormat.TIMESKETCH_JSONL);
    }

    private void roundTrip(ExportFormat format) throws Exception {
        try (TimelineFixtureAccess f = TimelineFixtureAccess.create(dir)) {
            f.timeline().sync();
            CommandStack stack = f.domain().getCommandStack();
            stack.execute(AnnotationCommands.tag(f.domain(), f.timeline().model(), f.row("line 5"), "lateral"));
            stack.execute(AnnotationCommands.comment(f.domain(), f.timeline().model(), f.row("line 5"), "check, \"quoted\""));
            f.timeline().sync();
            List<TimelineRow> rows = f.all(TimelineQuery.all());
            byte[] bytes = export(f, format, ZoneOffset.UTC);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (format == ExportFormat.TIMESKETCH_CSV) {
                assertTrue(text.startsWith("message,datetime,timestamp_desc,timestamp,"), text.substring(0, 80));
            }
            List<EvidenceRecord> back = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            new TimesketchParser().parse(new ByteArrayInputStream(bytes), "export", ParseOptions.defaults(), new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    back.add(record.evidence());
                }

                @Override
                public void reject(Rejection rejection) {
                    rejected.add(rejection);
                }
            });
            assertEquals(List.of(), rejected);
            assertEquals(rows.size(), back.size());
            for (int i = 0; i < rows.size(); i++) {
                TimelineRow row = rows.get(i);
                EvidenceRecord r = back.get(i);
                assertEquals(row.time(), r.timestamp(), "time of row " + i);
                assertEquals(row.message(), r.message());
                assertEquals(row.host(), r.host());
                assertEquals(row.kind(), r.fields().get("kind"));
                assertEquals(row.id(), r.fields().get("id"));
                assertEquals(java.util.Objects.toString(row.record().fields().get("pid"), ""), java.util.Objects.toString(r.fields().get("pid"), ""),
                        "the record's own fields (absent and empty are one in CSV)");
                assertEquals(Long.toString(row.time().toEpochMilli() * 1000), r.fields().get("timestamp"), "microseconds");
                if (row.source().sha256() != null) {
                    assertEquals(row.source().sha256(), r.fields().get("sha256"));
                    assertEquals(Long.toString(row.source().line()), r.fields().get("source_line"));
                }
                assertEquals(row.originalTime(), r.fields().get("original_time"));
            }
            EvidenceRecord tagged = back.stream().filter(r -> r.message().equals("line 5")).findFirst().orElseThrow();
            String tag = tagged.fields().containsKey("tag") ? tagged.fields().get("tag") : tagged.fields().get("tag.0");
            assertTrue(tag != null && tag.contains("lateral"), "tag attribute: " + tagged.fields() + "\n" + text.lines().filter(l -> l.contains("line 5")).toList());
            assertEquals("check, \"quoted\"", tagged.fields().get("comment"));
            assertTrue(OffsetDateTime.parse(tagged.fields().get("datetime") == null ? tagged.timestampText() : tagged.fields().get("datetime"))
                    .toInstant().equals(tagged.timestamp()), "datetime is ISO 8601 with an offset");
        }
    }

    @Test
    void plainCsvJsonlAndTableShowTimesInTheChosenZone() throws Exception {
        try (TimelineFixtureAccess f = TimelineFixtureAccess.create(dir)) {
            f.timeline().sync();
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            String csv = new String(export(f, ExportFormat.CSV, berlin), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("time,message,id,host,kind,"), csv.substring(0, 60));
            assertTrue(csv.lines().findFirst().orElseThrow().contains("pid"), "record fields are columns");
            assertTrue(csv.contains("2024-07-19T06:09:30.000000+02:00,analyst saw the first blue screen"), "04:09:30 UTC in Berlin");
            String jsonl = new String(export(f, ExportFormat.JSONL, berlin), StandardCharsets.UTF_8);
            List<String> lines = jsonl.lines().toList();
            assertEquals(TimelineFixtureAccess.TIMED_ROWS, lines.size());
            JsonNode first = new ObjectMapper().readTree(lines.get(0));
            assertEquals("2024-07-19T04:00:00Z", first.get("time").asText());
            assertEquals("2024-07-19T06:00:00.000000+02:00", first.get("localTime").asText());
            assertEquals("100", first.get("fields").get("pid").asText());
            String table = new String(export(f, ExportFormat.TABLE, berlin), StandardCharsets.UTF_8);
            assertTrue(table.startsWith("TIME (Europe/Berlin)"), table);
            assertTrue(table.contains("2024-07-19 06:09:30.000  host-a"), table);
            assertEquals(TimelineFixtureAccess.TIMED_ROWS + 1, table.lines().count());
        }
    }

    @Test
    void aWindowAndFilterLimitTheExport() throws Exception {
        try (TimelineFixtureAccess f = TimelineFixtureAccess.create(dir)) {
            f.timeline().sync();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long n = TimelineExport.write(f.timeline(), new TimelineQuery("host:host-a", Instant.parse("2024-07-19T04:00:00Z"),
                    Instant.parse("2024-07-19T04:09:59Z"), false), ExportFormat.TIMESKETCH_JSONL, ZoneOffset.UTC, out);
            assertEquals(6, n, "host-a's records at 04:00..04:08 and the hand-added event");
        }
    }

    private static byte[] export(TimelineFixtureAccess f, ExportFormat format, ZoneId zone) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = TimelineExport.write(f.timeline(), TimelineQuery.all(), format, zone, out);
        assertEquals(TimelineFixtureAccess.TIMED_ROWS, n);
        return out.toByteArray();
    }
}
