package dev.faultline.core.formats.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.SharedData;

/** No journal export is in shared/data; these lines are hand-written in journalctl -o json's layout. */
class JournaldJsonParserTest {

    @Test
    void entriesWithTextAndByteArrayMessages() throws IOException {
        String json = """
                {"__CURSOR":"s=1","__REALTIME_TIMESTAMP":"1721362150000000","_HOSTNAME":"web-01","SYSLOG_IDENTIFIER":"kernel","PRIORITY":"3","MESSAGE":"BUG: unable to handle page fault"}
                {"__CURSOR":"s=2","__REALTIME_TIMESTAMP":"1721362151000000","_HOSTNAME":"web-01","_COMM":"app","_PID":"42","MESSAGE":[104,105]}
                not json
                {"__CURSOR":"s=3","MESSAGE":"no time"}
                """;
        SharedData.Result result = SharedData.parse(new JournaldJsonParser(), json);
        assertEquals(2, result.records().size());
        EvidenceRecord first = result.record(0, LogRecord.class).evidence();
        assertEquals(Instant.parse("2024-07-19T04:09:10Z"), first.timestamp());
        assertEquals("web-01", first.host());
        assertEquals("kernel", first.fields().get("app"));
        assertEquals("3", first.fields().get("priority"));
        assertEquals("BUG: unable to handle page fault", first.message());
        EvidenceRecord second = result.record(1, LogRecord.class).evidence();
        assertEquals("hi", second.message());
        assertEquals("42", second.fields().get("pid"));
        assertEquals(2, result.rejections().size());
        assertEquals(3, result.rejections().get(0).where().line());
        assertTrue(result.rejections().get(0).reason().startsWith("not valid JSON"));
        assertEquals(4, result.rejections().get(1).where().line());
    }
}
