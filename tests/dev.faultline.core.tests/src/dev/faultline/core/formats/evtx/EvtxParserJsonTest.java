package dev.faultline.core.formats.evtx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordJson;
import dev.faultline.core.formats.SharedData;

/**
 * {@code parse --json} of .evtx files (issue 16): {@code timestamp} and {@code recordId} are the
 * event's TimeCreated and EventRecordID — the values import and search use — and the record
 * header's are added as {@code headerTimestamp} / {@code headerRecordId}.
 */
class EvtxParserJsonTest {

    private static final Pattern TIME_CREATED = Pattern.compile("<TimeCreated SystemTime=\"([^\"]+)\"");
    private static final Pattern EVENT_RECORD_ID = Pattern.compile("<EventRecordID>(\\d+)</EventRecordID>");

    @Test
    void timestampAndRecordIdAreTheEventsOwnOnEveryAttackSample() throws IOException {
        Path dir = SharedData.file("evtx");
        int checked = 0;
        int headerDiffers = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("eas_")).sorted().toList()) {
                for (ParsedRecord record : SharedData.parse(new EvtxParser(), file).records()) {
                    Map<String, Object> json = record.toJson();
                    String xml = (String) json.get("xml");
                    Matcher time = TIME_CREATED.matcher(xml);
                    Matcher id = EVENT_RECORD_ID.matcher(xml);
                    assertTrue(time.find() && id.find(), xml);
                    assertEquals(Instant.parse(time.group(1)), Instant.parse((String) json.get("timestamp")),
                            file + " " + json.get("headerRecordId"));
                    assertEquals(Long.parseLong(id.group(1)), json.get("recordId"));
                    assertFalse(((String) json.get("timestamp")).startsWith("1601"), json.toString());
                    assertEquals(id.group(1), record.source().recordId(), "the position names the same record id");
                    assertEquals(record.evidence().timestamp().toString(), json.get("timestamp"), "import indexes the same time");
                    headerDiffers += json.get("headerRecordId").equals(json.get("recordId")) ? 0 : 1;
                    checked++;
                }
            }
        }
        assertEquals(13, checked);
        assertEquals(13, headerDiffers, "these exported samples renumber every record header");
    }

    @Test
    void theJsonKeysKeepTheirOrderWithTheHeaderValuesAtTheEnd() throws IOException {
        ParsedRecord record = SharedData.parse(new EvtxParser(), SharedData.file("evtx/eas_LM_Remote_Service02_7045.evtx")).records().get(0);
        assertEquals(java.util.List.of("recordId", "timestamp", "eventId", "provider", "level", "channel", "computer", "data", "xml",
                "meaning", "details", "source", "headerRecordId", "headerTimestamp"), java.util.List.copyOf(record.toJson().keySet()));
        assertEquals(1L, record.toJson().get("headerRecordId"));
        assertEquals(4480L, record.toJson().get("recordId"));
    }

    @Test
    void theStreamedJsonIsExactlyTheMapsJsonOnEveryRecordOfEveryFile() throws IOException {
        int checked = 0;
        try (Stream<Path> files = Files.list(SharedData.file("evtx"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".evtx")).sorted().toList()) {
                for (ParsedRecord record : SharedData.parse(new EvtxParser(), file).records()) {
                    StringWriter fromMaps = new StringWriter();
                    try (JsonGenerator json = RecordJson.lines(fromMaps)) {
                        RecordJson.value(json, record.toJson());
                    }
                    assertEquals(fromMaps.toString(), RecordJson.toLine(record), file + " record " + record.source());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 13, "records checked: " + checked);
    }

    /** {@code parse --json} writes bytes: they are the text the Writer path gives, in UTF-8, for every record of every file. */
    @Test
    void theJsonWrittenAsBytesIsTheWritersTextInUtf8() throws IOException {
        int checked = 0;
        try (Stream<Path> files = Files.list(SharedData.file("evtx"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".evtx")).sorted().toList()) {
                StringWriter text = new StringWriter();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (JsonGenerator toText = RecordJson.lines(text); JsonGenerator toBytes = RecordJson.lines(bytes)) {
                    for (ParsedRecord record : SharedData.parse(new EvtxParser(), file).records()) {
                        record.writeJson(toText);
                        toText.writeRaw('\n');
                        record.writeJson(toBytes);
                        toBytes.writeRaw('\n');
                        checked++;
                    }
                }
                assertEquals(text.toString(), bytes.toString(StandardCharsets.UTF_8), file.toString());
            }
        }
        assertTrue(checked >= 5000, "records checked: " + checked);
    }

    /** Outside the BMP as four UTF-8 bytes like a Writer; a lone surrogate (no UTF-8 form) as its escape, not as {@code ?}. */
    @Test
    void bytesKeepSupplementaryCharactersAndEscapeLoneSurrogates() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = RecordJson.lines(bytes)) {
            RecordJson.value(json, java.util.List.of("ok \uD83D\uDE00", "lone \uD800 high", "lone \uDC00 low"));
        }
        assertEquals("[\"ok \uD83D\uDE00\",\"lone \\uD800 high\",\"lone \\uDC00 low\"]", bytes.toString(StandardCharsets.UTF_8));
    }
}
