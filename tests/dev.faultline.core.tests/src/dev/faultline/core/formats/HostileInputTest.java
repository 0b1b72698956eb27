package dev.faultline.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.core.formats.eventlog.EventLogXmlParser;
import dev.faultline.core.formats.evtx.EvtxParser;
import dev.faultline.core.formats.syslog.SyslogParser;
import dev.faultline.core.formats.timeline.TimesketchParser;

/**
 * Inputs made to hurt a reader (the README's reliability table lists what each gets): XML external
 * entities and entity expansion, huge lines, files cut off, encodings other than the one expected,
 * NUL bytes. Each must end in records and rejections, never in an exception, a read of another
 * file, a network connection or unbounded memory.
 */
class HostileInputTest {

    private static final String SYSLOG = "Jul 19 04:09:01 ws-0142 kernel: csagent loaded\n"
            + "Jul 19 04:09:02 ws-0142 su: caf\u00e9 failed\n";

    @Test
    void xmlEntitiesAndDtdsAreNeverResolved() throws IOException {
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "TOP-SECRET-291");
        String event = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><EventID>41</EventID>"
                + "<Computer>&x;</Computer></System></Event>\n";
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/evil.dtd";
            List<String> attacks = List.of(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE Event [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n" + event,
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE Event [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>\n" + event,
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE Event SYSTEM \"" + remote + "\">\n" + event,
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE Event [<!ENTITY x SYSTEM \"" + remote + "\">]>\n" + event,
                    "<!DOCTYPE Event [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY x \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n" + event,
                    event);
            for (String attack : attacks) {
                SharedData.Result result = SharedData.parse(new EventLogXmlParser(), attack);
                String everything = result.records().stream().map(r -> RecordJson.toLine(r)).toList() + " " + result.rejections();
                assertFalse(everything.contains("TOP-SECRET-291"), "the entity was resolved: " + everything);
                assertFalse(everything.contains("aaaaaaaaaaaaaaaaaaaa"), "the entity was expanded: " + everything);
                if (attack.contains("DOCTYPE")) {
                    assertEquals(0, result.records().size(), attack);
                    assertEquals(1, result.rejections().size(), attack);
                    assertTrue(result.rejections().get(0).reason().startsWith("malformed or cut-off XML"), result.rejections().toString());
                } else {
                    assertEquals(1, result.records().size(), "an undeclared entity outside a DTD is kept as written");
                }
            }
            listener.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, listener::accept, "the parser connected to fetch a DTD or an entity");
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void aHugeLineIsCutAndReportedByEveryLineFormat() throws IOException {
        byte[] huge = ("Jul 19 04:09:01 ws-0142 kernel: first\n" + "A".repeat(3_000_000) + "\nJul 19 04:09:03 ws-0142 kernel: last\n")
                .getBytes(StandardCharsets.US_ASCII);
        ParseOptions options = ParseOptions.defaults().withMaxLineLength(4096);
        for (FormatParser format : Formats.all()) {
            if (format instanceof EvtxParser) {
                continue;
            }
            SharedData.Result result = SharedData.parse(format, new ByteArrayInputStream(huge), "huge.log", options);
            if (format instanceof EventLogXmlParser) {
                assertEquals(List.of(), result.records(), "no event in it");
                continue;
            }
            boolean refusedAtTheHeader = result.records().isEmpty() && result.rejections().size() == 1
                    && result.rejections().get(0).where().line() == 1;
            assertTrue(refusedAtTheHeader || result.rejections().stream()
                    .anyMatch(r -> r.where().line() == 2 && r.reason().contains("longer than the limit of 4096")),
                    format.id() + " reports the cut line (or refuses the file at its header): " + result.rejections());
            for (ParsedRecord record : result.records()) {
                String raw = record.evidence().rawText();
                assertTrue(raw == null || raw.length() <= 2 * 4096 + 200, format.id() + " holds no more than the limit per line");
            }
        }
        List<ParsedRecord> syslog = SharedData.parse(new SyslogParser(), new ByteArrayInputStream(huge), "huge.log", options).records();
        assertEquals(3L, syslog.get(syslog.size() - 1).source().line(), "the line after the cut one is still read, with its number");
    }

    @Test
    void filesCutOffKeepWhatCameBeforeAndSayWhere() throws IOException {
        String xml = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><EventID>41</EventID>"
                + "<Computer>WS-1</Computer></System></Event>\n"
                + "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Service Control Manager'/>";
        SharedData.Result events = SharedData.parse(new EventLogXmlParser(), xml);
        assertEquals(1, events.records().size());
        assertEquals("inline.txt:2: event cut off before its EventID", events.rejections().get(0).toString());
        assertEquals(2, events.rejections().get(1).where().line(), "the cut is cited on the file's last line: " + events.rejections());
        assertTrue(events.rejections().get(1).reason().startsWith("malformed or cut-off XML"), events.rejections().toString());

        SharedData.Result endsWithBreak = SharedData.parse(new EventLogXmlParser(), xml.substring(0, xml.lastIndexOf("<Provider")) + "\n");
        assertEquals(2, endsWithBreak.rejections().get(1).where().line(), "no line after the last is cited: " + endsWithBreak.rejections());

        String csv = "message,datetime,timestamp_desc\n\"kept\",2024-07-19T04:09:00Z,Write\n\"cut off inside its quotes,2024-07-";
        SharedData.Result rows = SharedData.parse(new TimesketchParser(), csv);
        assertEquals(List.of("kept"), rows.records().stream().map(r -> r.evidence().message()).toList());
        assertEquals("inline.txt:3: quoted field opened here is never closed (within 1 lines); row skipped", rows.rejections().get(0).toString());
    }

    @Test
    void xmlDeclarationOverSeveralLinesKeepsLineNumbers() throws IOException {
        String xml = "<?xml version=\"1.0\"\n   encoding=\"utf-8\"?>\n"
                + "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><EventID>41</EventID></System></Event>\n";
        assertEquals(3, SharedData.parse(new EventLogXmlParser(), xml).records().get(0).source().line());
    }

    @Test
    void utf16WithoutBomReadsLikeUtf8() throws IOException {
        List<String> expected = messages(SYSLOG.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("csagent loaded", "caf\u00e9 failed"), expected);
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = SYSLOG.getBytes(charset);
            assertEquals(SyslogParser.ID, Formats.detect(bytes).format().id(), charset.name());
            assertEquals(expected, messages(bytes), charset.name());
        }
    }

    @Test
    void invalidUtf8BytesAreReadAsWindows1252AndNothingIsLost() throws IOException {
        byte[] prefix = "Jul 19 04:09:01 ws-0142 kernel: ".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {(byte) 0xFF, ' ', (byte) 0xC0, (byte) 0xAF, ' ', (byte) 0x80, ' ', (byte) 0xE2, (byte) 0x82, '\n'};
        byte[] bytes = Arrays.copyOf(prefix, prefix.length + bad.length);
        System.arraycopy(bad, 0, bytes, prefix.length, bad.length);
        assertEquals(List.of("\u00ff \u00c0\u00af \u20ac \u00e2\u201a"), messages(bytes));
    }

    @Test
    void nulBytesRefuseTheFileWhereTheyAreSeenAndAreKeptBeyond() throws IOException {
        byte[] bytes = SYSLOG.getBytes(StandardCharsets.UTF_8);
        bytes[30] = 0;
        for (FormatParser format : Formats.all()) {
            if (format instanceof EvtxParser) {
                continue;
            }
            SharedData.Result result = SharedData.parse(format, bytes);
            assertEquals(List.of(), result.records(), format.id());
            assertEquals(List.of("inline.txt@30: binary data: NUL byte (not a text file)"),
                    result.rejections().stream().map(Rejection::toString).toList(), format.id());
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < TextDecoding.HEAD_SIZE + 100) {
            text.append(SYSLOG);
        }
        text.append("Jul 19 04:09:09 ws-0142 kernel: nul \0 here\n");
        List<ParsedRecord> records = SharedData.parse(new SyslogParser(), text.toString()).records();
        ParsedRecord last = records.get(records.size() - 1);
        assertEquals("nul \0 here", last.evidence().message(), "a NUL after the head stays in its record");
        assertTrue(RecordJson.toLine(last).contains("nul \\u0000 here"), RecordJson.toLine(last));
    }

    private static List<String> messages(byte[] bytes) throws IOException {
        SharedData.Result result = SharedData.parse(new SyslogParser(), bytes);
        assertEquals(List.of(), result.rejections());
        return result.records().stream().map(r -> r.evidence().message()).toList();
    }
}
