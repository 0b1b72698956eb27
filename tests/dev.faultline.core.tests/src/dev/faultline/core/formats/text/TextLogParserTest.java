package dev.faultline.core.formats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.SharedData;

class TextLogParserTest {

    private final TextLogParser parser = new TextLogParser();

    @Test
    void windowsCbsLog() throws IOException {
        SharedData.Result result = SharedData.parse(parser, SharedData.file("loghub/Windows/Windows_2k.log"));
        assertEquals(2000, result.records().size());
        assertEquals(List.of(), result.rejections());
        EvidenceRecord first = result.record(0, LogRecord.class).evidence();
        assertEquals(Instant.parse("2016-09-28T04:30:30Z"), first.timestamp());
        assertEquals("2016-09-28 04:30:30", first.timestampText());
        assertEquals("Info", first.fields().get("level"));
        assertEquals("CBS", first.fields().get("component"));
        assertEquals("Loaded Servicing Stack v6.1.7601.23505 with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_"
                + "31bf3856ad364e35_6.1.7601.23505_none_681aa442f6fed7f0\\cbscore.dll", first.message());
        EvidenceRecord csi = result.record(1, LogRecord.class).evidence();
        assertEquals("CSI", csi.fields().get("component"));
        EvidenceRecord last = result.record(1999, LogRecord.class).evidence();
        assertEquals(Instant.parse("2016-09-29T02:04:40Z"), last.timestamp());
        assertEquals(2000, last.source().line());
    }

    @Test
    void werReportTextKeepsEveryLineAndReadsTheBugcheck() throws IOException {
        SharedData.Result result = SharedData.parse(parser, SharedData.file("eventlog_snippets/wsl582_bugcheck_0x3b_wer_report.txt"));
        assertEquals(23, result.records().size());
        EvidenceRecord first = result.record(0, LogRecord.class).evidence();
        assertEquals("0x3B", first.fields().get("bugcheckCode"));
        assertEquals("0xc0000005", first.fields().get("arg1"));
        assertEquals("C:\\WINDOWS\\MEMORY.DMP", first.fields().get("dumpPath"));
        assertEquals("8b65d1e9-3ca7-4675-80c2-31f079bd2d6a", first.fields().get("reportId"));
        EvidenceRecord date = result.record(6, LogRecord.class).evidence();
        assertEquals("6/24/2016 3:12 PM", date.timestampText());
        assertEquals(Instant.parse("2016-06-24T15:12:00Z"), date.timestamp());
    }

    @Test
    void commonTimestampForms() {
        ParseOptions options = ParseOptions.defaults();
        SourceRef at = SourceRef.line("x.log", 1);
        assertEquals(Instant.parse("2024-07-19T04:09:00.5Z"), TextLogParser.record("2024-07-19T06:09:00.5+02:00 boot", at, options).timestamp());
        assertEquals(Instant.parse("2024-07-19T04:09:00Z"), TextLogParser.record("[2024/07/19 04:09:00] x", at, options).timestamp());
        assertEquals(Instant.parse("2024-07-19T04:09:10Z"), TextLogParser.record("1721362150 epoch", at, options).timestamp());
        assertEquals(Instant.parse("2024-07-19T02:09:00Z"),
                TextLogParser.record("2024-07-19 04:09:00 x", at, options.withZone(ZoneOffset.ofHours(2))).timestamp());
        EvidenceRecord yearless = TextLogParser.record("Jul 19 04:09:00 host x", at, options);
        assertNull(yearless.timestamp());
        assertEquals("Jul 19 04:09:00", yearless.timestampText());
        assertNull(TextLogParser.record("no time here", at, options).timestamp());
        assertEquals("no time here", TextLogParser.record("no time here", at, options).rawText());
    }
}
