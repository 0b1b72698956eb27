package dev.faultline.timeline.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.timeline.TimesketchParser;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.TimeOrderedScan;
import dev.faultline.timeline.TimelineFixtureAccess;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.annotate.AnnotationCommands;

/**
 * The Timesketch CSV written from the records' stored fields is, byte for byte, what the writer
 * that rebuilt every row and printed it through Commons CSV wrote (kept here as the reference), on
 * records with quotes, commas, newlines, non-ASCII, leading {@code #} and blanks in messages and
 * fields, their own {@code timestamp_desc}, field names the export reserves, no host or kind,
 * offsets and record ids, times before 1970 and after 9999, and rows the model tags, stars,
 * comments or is an event of; and Timesketch's parser reads every row back.
 */
class TimesketchCsvBytesTest {

    @TempDir
    Path dir;

    private static List<EvidenceRecord> awkwardRecords() {
        List<EvidenceRecord> out = new ArrayList<>();
        String[] messages = { "plain", "with, comma", "with \"quotes\"", "two\nlines", "cr\r\nlf", "#hash first", " leading blank",
                "trailing blank ", "naïve café — 中文 😀", "\"quoted first\"", "tab\tinside", "=cmd|' /C calc'!A0" };
        String[] kinds = { "event", "crash", "update", "journal", "timeline", null, "log", "syslog", "EVENT", "driver", "", "update" };
        Instant[] times = { Instant.parse("2024-07-19T04:09:00.123Z"), Instant.parse("2024-07-19T23:59:59.999Z"),
                Instant.parse("2024-07-20T00:00:00Z"), Instant.parse("1601-01-01T00:00:00Z"), Instant.parse("1969-12-31T23:59:59.001Z"),
                Instant.parse("+12024-01-01T00:00:00Z") };
        for (int i = 0; i < messages.length * 2; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("EventData", i % 3 == 0 ? "a,b" : "x \"y\"\nz");
            if (i % 4 == 0) {
                fields.put("timestamp_desc", i % 8 == 0 ? "Last Written" : "   ");
            }
            if (i % 5 == 0) {
                fields.put("Host", "reserved name");
                fields.put("TAG", "reserved too");
                fields.put("Ünïcode name", "ü");
                fields.put("empty", "");
            }
            if (i % 6 == 1) {
                fields.put("a\u001fb", "cleaned to a b");
                fields.put("a b", "same name after cleaning");
            }
            out.add(new EvidenceRecord(times[i % times.length], i % 3 == 0 ? null : "orig " + i, i % 7 == 0 ? null : "host-ü" + i % 3,
                    kinds[i % kinds.length], messages[i % messages.length], fields, i % 2 == 0 ? "raw, text " + i : null,
                    new SourceRef("awkward/file, name.evtx", i % 2 == 0 ? "cd".repeat(32) : null, i % 3 == 0 ? 0 : i, i % 2 == 0 ? 512L * i : -1,
                            i % 4 == 0 ? "rec-" + i : null)));
        }
        return out;
    }

    @Test
    void theStoredFieldsExportWritesTheBytesOfTheRowByRowWriter() throws Exception {
        try (TimelineFixtureAccess f = TimelineFixtureAccess.create(dir)) {
            f.timeline().sync();
            CommandStack stack = f.domain().getCommandStack();
            stack.execute(AnnotationCommands.tag(f.domain(), f.timeline().model(), f.row("line 5"), "lateral, \"move\""));
            stack.execute(AnnotationCommands.comment(f.domain(), f.timeline().model(), f.row("line 5"), "first\nsecond, \"third\""));
            stack.execute(AnnotationCommands.star(f.domain(), f.timeline().model(), f.row("line 7"), true));
            // added after the rows above were found (times from 1601 to the year 12024)
            f.index().add(awkwardRecords(), IndexProgress.NONE);
            f.timeline().sync();
            for (TimelineQuery query : List.of(TimelineQuery.all(), TimelineQuery.all().withNewestFirst(true),
                    TimelineQuery.all().withFilter("host:host-a"), TimelineQuery.all().withFilter("kind:event"))) {
                byte[] expected = rowByRowCommonsCsv(f, query);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long n = TimelineExport.write(f.timeline(), query, ExportFormat.TIMESKETCH_CSV, ZoneOffset.UTC, out);
                assertTrue(n > 0);
                assertEquals(new String(expected, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8), query.queryText());
                assertArrayEquals(expected, out.toByteArray(), query.queryText());
                // on 2 and 3 threads in windows of about 3 rows (4 rows of kind:event are one window: one thread): the same bytes
                java.util.List<long[]> windows = ParallelCsvExport.plan(f.timeline(), query, 3);
                assertTrue(query.filter().startsWith("kind") || windows.size() > 3, "cut into windows: " + query);
                for (int threads : new int[] { 2, 3 }) {
                    ByteArrayOutputStream parallel = new ByteArrayOutputStream();
                    assertEquals(n, TimelineExport.write(f.timeline(), query, ExportFormat.TIMESKETCH_CSV, ZoneOffset.UTC, parallel, threads, 3));
                    assertArrayEquals(expected, parallel.toByteArray(), threads + " threads, " + query.queryText());
                }
            }
            TimelineQuery fourDigitYears = TimelineQuery.all().withWindow(null, Instant.parse("9999-12-31T23:59:59Z"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long n = TimelineExport.write(f.timeline(), fourDigitYears, ExportFormat.TIMESKETCH_CSV, ZoneOffset.UTC, out);
            List<EvidenceRecord> back = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            new TimesketchParser().parse(new ByteArrayInputStream(out.toByteArray()), "export", ParseOptions.defaults(), new RecordSink() {
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
            assertEquals(n, back.size());
            // Faultline's CSV reader joins the lines of a quoted cell with \n, so a CR LF inside a message comes back as LF
            List<String> messages = f.all(fourDigitYears).stream().map(r -> r.message().replace("\r\n", "\n")).sorted().toList();
            assertEquals(messages, back.stream().map(EvidenceRecord::message).sorted().toList(), "every message, newlines and non-ASCII kept");
        }
    }

    /** The Timesketch CSV writer before the stored-fields path: every row rebuilt and printed through Commons CSV. */
    private static byte[] rowByRowCommonsCsv(TimelineFixtureAccess f, TimelineQuery query) throws Exception {
        List<String> fieldNames = TimeOrderedScan.fieldNames(f.index(), query.filter(), null, null, TimelineExport.MAX_FIELD_COLUMNS).stream()
                .filter(name -> !Attributes.RESERVED.contains(name.toLowerCase(Locale.ROOT))).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        List<String> header = new ArrayList<>(List.of("message", "datetime", "timestamp_desc", "timestamp"));
        header.addAll(Attributes.FIXED);
        header.addAll(fieldNames);
        Object[] values = new Object[header.size()];
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(header);
        f.timeline().stream(query, row -> {
            values[0] = row.message();
            values[1] = IsoTimes.iso(row.time(), ZoneOffset.UTC);
            values[2] = Attributes.timestampDescription(row);
            values[3] = IsoTimes.micros(row.time());
            Map<String, Object> fixed = Attributes.fixed(row);
            int i = 4;
            for (String name : Attributes.FIXED) {
                values[i++] = CsvValues.text(fixed.get(name));
            }
            Map<String, String> fields = Attributes.fields(row.record());
            for (String name : fieldNames) {
                values[i++] = fields.get(name);
            }
            csv.printRecord(values);
            return true;
        });
        csv.flush();
        writer.flush();
        return bytes.toByteArray();
    }
}
