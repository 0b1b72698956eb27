package dev.faultline.evtx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EvtxJsonTest {

    private static String json(String s) {
        StringBuilder sb = new StringBuilder();
        EvtxJson.appendString(sb, s);
        return sb.toString();
    }

    @Test
    void escapesQuotesBackslashesAndControls() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\"", json("a\"b\\c\n\r\t\b\f\u0001\u001f"));
        assertEquals("\"C:\\\\Windows\\\\System32\\\\drivers\\\\CrowdStrike\\\\C-00000291*.sys\"",
                json("C:\\Windows\\System32\\drivers\\CrowdStrike\\C-00000291*.sys"));
    }

    @Test
    void keepsUnicodeButEscapesLoneSurrogatesAndLineSeparators() {
        assertEquals("\"Grüße 😀\"", json("Grüße \uD83D\uDE00"));
        assertEquals("\"x\\ud83dy\\ude00\\u2028\"", json("x\uD83Dy\uDE00\u2028"));
    }

    @Test
    void recordHasTheKeysOfTheCliContractInOrder() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("BugcheckCode", "80");
        data.put("Name \"q\"", "a\\b");
        EvtxRecord r = new EvtxRecord(7, Instant.parse("2024-07-19T04:09:00Z"), "<Event>\n  <Data/>\n</Event>",
                "Microsoft-Windows-Kernel-Power", 41, 1, "System", "HOST", Instant.parse("2024-07-19T04:09:00Z"),
                7, data, 0, 4608);
        assertEquals("{\"recordId\":7,\"timestamp\":\"2024-07-19T04:09:00Z\",\"eventId\":41,"
                + "\"provider\":\"Microsoft-Windows-Kernel-Power\",\"level\":1,\"channel\":\"System\","
                + "\"computer\":\"HOST\",\"data\":{\"BugcheckCode\":\"80\",\"Name \\\"q\\\"\":\"a\\\\b\"},"
                + "\"xml\":\"<Event>\\n  <Data/>\\n</Event>\"}", EvtxJson.toJson(r));
    }

    @Test
    void realRecordsRoundTripThroughAJsonReader() throws IOException {
        try (EvtxReader reader = EvtxReader.open(SharedData.evtx("eas_System_7045_namedpipe_privesc.evtx"))) {
            for (EvtxRecord r : reader) {
                String line = EvtxJson.toJson(r);
                assertTrue(line.indexOf('\n') < 0, "one line per record");
                @SuppressWarnings("unchecked")
                Map<String, Object> parsed = (Map<String, Object>) MiniJson.parse(line);
                assertEquals(r.recordId(), ((Number) parsed.get("recordId")).longValue());
                assertEquals(r.xml(), parsed.get("xml"));
                assertEquals(r.data(), parsed.get("data"));
                assertEquals(7045L, ((Number) parsed.get("eventId")).longValue());
                assertEquals(r.timestamp().toString(), parsed.get("timestamp"));
                assertEquals("2019-05-12T12:52:44.155703Z", parsed.get("timestamp"), "record header written time");
            }
        }
    }
}
