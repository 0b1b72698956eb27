package dev.faultline.core.formats.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.SharedData;

class SyslogParserTest {

    private final SyslogParser parser = new SyslogParser();

    @Test
    void loghubLinuxWithoutYear() throws IOException {
        SharedData.Result result = SharedData.parse(parser, SharedData.file("loghub/Linux/Linux_2k.log"));
        assertEquals(2000, result.records().size());
        assertEquals(List.of(), result.rejections());
        EvidenceRecord first = result.record(0, LogRecord.class).evidence();
        assertNull(first.timestamp(), "RFC 3164 has no year and none was given");
        assertEquals("Jun 14 15:16:01", first.timestampText());
        assertEquals("combo", first.host());
        assertEquals("sshd(pam_unix)", first.fields().get("app"));
        assertEquals("19939", first.fields().get("pid"));
        assertEquals("authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=218.188.2.4", first.message());
        assertEquals(1, first.source().line());
        EvidenceRecord last = result.record(1999, LogRecord.class).evidence();
        assertEquals("kernel", last.fields().get("app"));
        assertNull(last.fields().get("pid"));
        assertEquals("Linux agpgart interface v0.100 (c) Dave Jones", last.message());
        assertEquals(2000, last.source().line());
    }

    @Test
    void loghubLinuxWithTheYearTheFtpdLinesName() throws IOException {
        SharedData.Result result = SharedData.parse(parser, SharedData.file("loghub/Linux/Linux_2k.log"),
                ParseOptions.defaults().withAssumedYear(2005));
        EvidenceRecord line1000 = result.record(999, LogRecord.class).evidence();
        assertEquals("ftpd", line1000.fields().get("app"));
        assertTrue(line1000.message().endsWith("at Sat Jul  9 12:16:51 2005"));
        assertEquals(Instant.parse("2005-07-09T12:16:51Z"), line1000.timestamp());
    }

    @Test
    void rfc5424AndPriorityAndRollover() throws IOException {
        String text = """
                <165>1 2024-07-19T04:09:10.003Z ws-01 falcon-sensor 2112 ID47 [exampleSDID@32473 iut="3" eventSource="App"] channel file 291 loaded
                <13>Dec 31 23:59:59 ws-01 kernel: last of the year
                Jan  1 00:00:01 ws-01 cron[7]: first of the next
                2024-07-19T05:27:00.123456+00:00 ws-01 systemd[1]: Started CrowdStrike revert.
                this is not syslog
                """;
        SharedData.Result result = SharedData.parse(parser, new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "inline.log", ParseOptions.defaults().withAssumedYear(2023));
        assertEquals(4, result.records().size());
        EvidenceRecord rfc5424 = result.record(0, LogRecord.class).evidence();
        assertEquals(Instant.parse("2024-07-19T04:09:10.003Z"), rfc5424.timestamp());
        assertEquals("ws-01", rfc5424.host());
        assertEquals("falcon-sensor", rfc5424.fields().get("app"));
        assertEquals("2112", rfc5424.fields().get("pid"));
        assertEquals("ID47", rfc5424.fields().get("msgId"));
        assertEquals("local4", rfc5424.fields().get("facility"));
        assertEquals("notice", rfc5424.fields().get("severity"));
        assertEquals("[exampleSDID@32473 iut=\"3\" eventSource=\"App\"]", rfc5424.fields().get("structuredData"));
        assertEquals("channel file 291 loaded", rfc5424.message());
        assertEquals(Instant.parse("2023-12-31T23:59:59Z"), result.record(1, LogRecord.class).evidence().timestamp());
        assertEquals("user", result.record(1, LogRecord.class).evidence().fields().get("facility"));
        assertEquals(Instant.parse("2024-01-01T00:00:01Z"), result.record(2, LogRecord.class).evidence().timestamp());
        assertEquals(Instant.parse("2024-07-19T05:27:00.123456Z"), result.record(3, LogRecord.class).evidence().timestamp());
        assertEquals(1, result.rejections().size());
        assertEquals(5, result.rejections().get(0).where().line());
        assertTrue(result.rejections().get(0).reason().startsWith("not a syslog line"));
    }
}
