package dev.faultline.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.formats.syslog.SyslogParser;
import dev.faultline.core.formats.text.TextLogParser;
import dev.faultline.core.formats.timeline.TimesketchParser;
import dev.faultline.core.formats.windbg.CrashAnalysisRecord;
import dev.faultline.core.formats.windbg.WinDbgAnalysisParser;

class MalformedInputTest {

    static List<FormatParser> formats() {
        return Formats.all();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void emptyFileIsRejectedByEveryFormat(FormatParser format) throws IOException {
        SharedData.Result result = SharedData.parse(format, new byte[0]);
        assertEquals(0, result.records().size());
        assertEquals(1, result.rejections().size());
        assertEquals("inline.txt@0: file is empty", result.rejections().get(0).toString());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void binaryJunkIsRejectedByEveryFormat(FormatParser format) throws IOException {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 7919 % 251);
        }
        SharedData.Result result = SharedData.parse(format, junk);
        assertEquals(0, result.records().size());
        assertEquals(1, result.rejections().size());
        assertTrue(result.rejections().get(0).reason().startsWith("binary data"), result.rejections().get(0).reason());
    }

    @Test
    void veryLongLineIsCutAndReportedAndTheRestIsRead() throws IOException {
        String text = "first line\n" + "x".repeat(3_000_000) + "\nthird line\n";
        ParseOptions options = ParseOptions.defaults().withMaxLineLength(1000);
        SharedData.Result result = SharedData.parse(new TextLogParser(), new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
                "long.log", options);
        assertEquals(3, result.records().size());
        assertEquals(1000, result.records().get(1).evidence().rawText().length());
        assertEquals("third line", result.records().get(2).evidence().message());
        assertEquals(3, result.records().get(2).source().line());
        assertEquals(1, result.rejections().size());
        assertEquals("long.log:2: line of 3000000 characters is longer than the limit of 1000; only its first 1000 characters were read",
                result.rejections().get(0).toString());
    }

    @Test
    void utf16WithBom() throws IOException {
        String analysis = "IMAGE_NAME:  csagent.sys\r\nMODULE_NAME: csagent\r\nPROCESS_NAME:  System\r\n";
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] body = analysis.getBytes(charset);
            byte[] bytes = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, bytes, 0, bom.length);
            System.arraycopy(body, 0, bytes, bom.length, body.length);
            assertEquals(WinDbgAnalysisParser.ID, Formats.detect(bytes).format().id(), charset.name());
            SharedData.Result result = SharedData.parse(new WinDbgAnalysisParser(), bytes);
            CrashAnalysisRecord crash = result.record(0, CrashAnalysisRecord.class);
            assertEquals("csagent.sys", crash.imageName(), charset.name());
            assertEquals("System", crash.processName(), charset.name());
        }
    }

    @Test
    void windows1252AndMixedEncodings() throws IOException {
        byte[] cp1252 = "Jul 19 04:09:00 h\u00f4te app: caf\u00e9 \u20ac\n".getBytes(Charset.forName("windows-1252"));
        EvidenceRecord record = SharedData.parse(new SyslogParser(), cp1252).records().get(0).evidence();
        assertEquals("h\u00f4te", record.host());
        assertEquals("caf\u00e9 \u20ac", record.message());

        byte[] utf8 = "Jul 19 04:09:00 host app: caf\u00e9 \u2713\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("caf\u00e9 \u2713", SharedData.parse(new SyslogParser(), utf8).records().get(0).evidence().message());

        byte[] head = new byte[70_000];
        java.util.Arrays.fill(head, (byte) 'a');
        head[69_998] = '\n';
        byte[] tail = "caf\u00e9\n".getBytes(Charset.forName("windows-1252"));
        byte[] mixed = new byte[head.length + tail.length];
        System.arraycopy(head, 0, mixed, 0, head.length);
        System.arraycopy(tail, 0, mixed, head.length, tail.length);
        SharedData.Result result = SharedData.parse(new TextLogParser(), mixed);
        assertEquals("acaf\u00e9", result.records().get(1).evidence().message(), "a stray 1252 byte after a UTF-8 head is still read");
    }

    @Test
    void badCsvRowsAreRejectedAndTheRestIsRead() throws IOException {
        String csv = "message,datetime,timestamp_desc\n"
                + "\"good one\",2024-07-19T04:09:00Z,Write\n"
                + "\"bad\"quote\",2024-07-19T04:10:00Z,Write\n"
                + "\"never closed,2024-07-19T04:11:00Z,Write\n"
                + "\"good two\",2024-07-19T04:12:00Z,Write\n"
                + "too,many,fields,here\n"
                + "no time,not a time,Write\n";
        SharedData.Result result = SharedData.parse(new TimesketchParser(), csv);
        assertEquals(List.of("good one", "good two"), result.records().stream().map(r -> r.evidence().message()).toList());
        assertEquals(5, result.records().get(1).source().line());
        List<Long> lines = result.rejections().stream().map(r -> r.where().line()).toList();
        assertEquals(List.of(3L, 6L, 7L), lines, result.rejections().toString());
        assertTrue(result.rejections().get(0).reason().startsWith("malformed CSV row (lines 3-4)"),
                "the stray quote of line 3 pairs with the one of line 4: " + result.rejections().get(0).reason());

        SharedData.Result unclosed = SharedData.parse(new TimesketchParser(), "message,datetime,timestamp_desc\n"
                + "\"never closed,2024-07-19T04:11:00Z,Write\n"
                + "\"good\",2024-07-19T04:12:00Z,Write\n");
        assertEquals(List.of("good"), unclosed.records().stream().map(r -> r.evidence().message()).toList());
        assertEquals("inline.txt:2: quoted field opened here is never closed (within 2 lines); row skipped",
                unclosed.rejections().get(0).toString());
    }

    @Test
    void ioFailuresReachTheCaller() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> SharedData.parse(new TextLogParser(), failing, "x", ParseOptions.defaults()));
        assertEquals("disk gone", e.getMessage());
    }
}
