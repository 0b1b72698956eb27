package dev.faultline.core.formats.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.SharedData;

class TimelineParsersTest {

    private static EvidenceRecord evidence(SharedData.Result result, int index) {
        return result.record(index, LogRecord.class).evidence();
    }

    @Test
    void timesketchCsvWithMultiLineXmlColumn() throws IOException {
        SharedData.Result result = SharedData.parse(new TimesketchParser(), SharedData.file("timeline/timesketch_evtx_part.csv"));
        assertEquals(13, result.records().size());
        assertEquals(List.of(), result.rejections());
        EvidenceRecord first = evidence(result, 0);
        assertEquals(Instant.parse("2012-03-14T04:17:38.276340Z"), first.timestamp());
        assertEquals("WKS-WIN764BITB.shieldbase.local", first.host());
        assertEquals("Content Modification Time", first.fields().get("timestamp_desc"));
        assertEquals("7036", first.fields().get("event_identifier"));
        assertTrue(first.fields().get("xml_string").contains("<Data Name=\"param1\">Windows Modules Installer</Data>"));
        assertEquals(2, first.source().line());
        assertEquals(26, evidence(result, 1).source().line(), "the first row's quoted XML spans 24 lines");
        assertEquals(Instant.parse("2012-03-14T04:17:43.354562Z"), evidence(result, 12).timestamp());
    }

    @Test
    void timesketchCsvWithoutXml() throws IOException {
        SharedData.Result result = SharedData.parse(new TimesketchParser(), SharedData.file("timeline/timesketch_evtx_direct.csv"));
        assertEquals(13, result.records().size());
        assertTrue(evidence(result, 0).message().startsWith("[7036 / 0x1b7c] Source Name: Service Control Manager"));
        assertEquals("Creation Time", evidence(result, 1).fields().get("timestamp_desc"));
    }

    @Test
    void timesketchMinimalCsvAndJsonl() throws IOException {
        SharedData.Result csv = SharedData.parse(new TimesketchParser(), SharedData.file("timeline/timesketch_sigma_events.csv"));
        assertEquals(4, csv.records().size());
        assertEquals("A message", evidence(csv, 0).message());
        assertEquals(Instant.parse("2015-07-24T19:01:01Z"), evidence(csv, 0).timestamp());
        assertEquals("foo", evidence(csv, 0).fields().get("extra_field_1"));
        assertEquals("apt_history", evidence(csv, 3).fields().get("parser"));

        SharedData.Result jsonl = SharedData.parse(new TimesketchParser(), SharedData.file("timeline/timesketch_sigma_events.jsonl"));
        assertEquals(5, jsonl.records().size());
        assertEquals(List.of(), jsonl.rejections());
        assertEquals(Instant.parse("2015-07-24T19:01:02Z"), evidence(jsonl, 1).timestamp(), "datetime wins over timestamp");
        assertEquals("bar", evidence(jsonl, 1).fields().get("extra_field_1"));
        EvidenceRecord sysmon = evidence(jsonl, 4);
        assertEquals("DESKTOP-B0TAAAA", sysmon.host());
        assertEquals(Instant.parse("2022-01-22T23:07:43.502205Z"), sysmon.timestamp());
        assertEquals("11", sysmon.fields().get("event_identifier"));
    }

    @Test
    void plasoL2tCsv() throws IOException {
        SharedData.Result result = SharedData.parse(new PlasoL2tCsvParser(), SharedData.file("timeline/plaso_end_to_end_l2tcsv.log"));
        assertEquals(19, result.records().size());
        assertEquals(List.of(), result.rejections());
        EvidenceRecord first = evidence(result, 0);
        assertEquals(Instant.parse("2012-01-22T07:52:33Z"), first.timestamp());
        assertEquals("myhostname.myhost.com", first.host());
        assertEquals("[client  pid: 30840] INFO No new content in \u00edmynd.dd.", first.message());
        assertEquals("M...", first.fields().get("MACB"));
        assertEquals("text/syslog_traditional", first.fields().get("format"));
        EvidenceRecord last = evidence(result, 18);
        assertEquals(Instant.parse("2026-07-02T17:48:00Z"), last.timestamp());
        assertEquals(".A..", last.fields().get("MACB"));
        assertEquals(20, last.source().line());
    }

    @Test
    void plasoJsonLine() throws IOException {
        SharedData.Result result = SharedData.parse(new PlasoJsonLineParser(), SharedData.file("timeline/plaso_end_to_end_json_line.log"));
        assertEquals(20, result.records().size());
        assertEquals(List.of(), result.rejections());
        EvidenceRecord first = evidence(result, 0);
        assertEquals(Instant.parse("2012-01-22T07:52:33Z"), first.timestamp());
        assertEquals("myhostname.myhost.com", first.host());
        assertEquals("[client, pid: 30840] INFO No new content in \u00edmynd.dd.", first.message());
        assertEquals("syslog:line", first.fields().get("data_type"));
        assertEquals("30840", first.fields().get("pid"));
        assertEquals(Instant.parse("2026-07-02T17:48:00.586325Z"), evidence(result, 19).timestamp());
        assertEquals("Last Access Time", evidence(result, 19).fields().get("timestamp_desc"));
    }
}
