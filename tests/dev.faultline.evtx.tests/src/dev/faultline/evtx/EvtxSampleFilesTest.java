package dev.faultline.evtx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every .evtx of the shared data and checks it against the oracle
 * {@code derived/evtx_event_counts.json} (made with python-evtx 0.6.1): record count, first and
 * last TimeCreated/SystemTime, and the count of every Provider/EventID pair.
 */
class EvtxSampleFilesTest {

    static Stream<String> sampleFiles() throws IOException {
        return SharedData.allEvtxFiles().stream().map(p -> p.getFileName().toString());
    }

    @Test
    void allSixSampleFilesArePresent() throws IOException {
        assertEquals(6, SharedData.allEvtxFiles().size(), "sample .evtx files under " + SharedData.evtxDir());
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @MethodSource("sampleFiles")
    void matchesPythonEvtxCounts(String name) throws IOException {
        Path dir = SharedData.evtxDir();
        Map<String, Object> oracle = (Map<String, Object>) ((Map<String, Object>) MiniJson
                .parse(Files.readString(dir.resolve("derived/evtx_event_counts.json")))).get(name);
        assertNotNull(oracle, "oracle has no entry for " + name);

        List<EvtxRecord> records = new ArrayList<>();
        try (EvtxReader reader = EvtxReader.open(dir.resolve(name))) {
            reader.forEach(records::add);
        }
        assertEquals(((Number) oracle.get("records")).longValue(), records.size(), "record count of " + name);
        // the oracle's first/last are the earliest and latest SystemTime, not file order
        List<Instant> times = records.stream().map(EvtxRecord::systemTime).sorted().toList();
        assertSamePythonTime((String) oracle.get("first_SystemTime"), times.get(0));
        assertSamePythonTime((String) oracle.get("last_SystemTime"), times.get(times.size() - 1));

        Map<String, Long> expected = new TreeMap<>();
        ((Map<String, Object>) oracle.get("provider_eventid_counts"))
                .forEach((k, v) -> expected.put(k, ((Number) v).longValue()));
        Map<String, Long> actual = new TreeMap<>();
        for (EvtxRecord r : records) {
            actual.merge(r.provider() + "/" + r.eventId(), 1L, Long::sum);
        }
        assertEquals(expected, actual, "Provider/EventID counts of " + name);
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void recordsAreWellFormed(String name) throws IOException {
        try (EvtxReader reader = EvtxReader.open(SharedData.evtx(name))) {
            long previous = -1;
            for (EvtxRecord r : reader) {
                assertTrue(r.recordId() > previous, "record ids ascend in " + name + " at " + r.recordId());
                previous = r.recordId();
                assertTrue(r.xml().startsWith("<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n"),
                        r.xml());
                assertTrue(r.xml().endsWith("</Event>"), r.xml());
                assertTrue(r.xml().contains("<EventRecordID>" + r.eventRecordId() + "</EventRecordID>"),
                        "EventRecordID element of record " + r.recordId());
                assertTrue(r.eventRecordId() > 0, "EventRecordID of record " + r.recordId());
                assertFalse(r.provider().isEmpty(), "provider of record " + r.recordId());
                assertTrue(r.eventId() >= 0, "event id of record " + r.recordId());
                assertNotNull(r.systemTime(), "SystemTime of record " + r.recordId());
            }
        }
    }

    /**
     * python-evtx converts FILETIME through a double (about 2.9 µs resolution at today's
     * FILETIME magnitudes), so its microseconds can be a few off the exact value (.009157 for
     * .0091592); accept up to 4 µs, nothing more.
     */
    static void assertSamePythonTime(String python, Instant ours) {
        Instant expected = Instant.parse(python.replace(' ', 'T') + "Z");
        long micros = Math.abs(java.time.Duration.between(expected, ours).toNanos()) / 1000;
        assertTrue(micros <= 4, "python-evtx " + python + " vs " + ours);
    }

    /** python-evtx prints SystemTime as Python's {@code str(datetime)}: microseconds, omitted when zero. */
    static String pythonTime(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        String base = String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
        int micros = instant.getNano() / 1000;
        return micros == 0 ? base : base + String.format(".%06d", micros);
    }

    @Test
    void dirtyHeaderOfOmerbenamramSampleStillYieldsAllChunks() throws IOException {
        try (EvtxReader reader = EvtxReader.open(SharedData.evtx("omerbenamram-evtx_samples_system.evtx"))) {
            long count = reader.records().count();
            assertEquals(1881, count);
            assertEquals(3, reader.headerChunkCount());
            assertTrue(reader.chunkCount() > 3, "chunks present: " + reader.chunkCount());
            assertEquals(1, reader.problems().size(), reader.problems().toString());
            EvtxProblem problem = reader.problems().get(0);
            assertEquals(3, problem.chunkNumber());
            assertEquals(4096 + 3 * 65536, problem.fileOffset());
            assertTrue(problem.reason().contains("file header lists 3 chunks but more follow"), problem.reason());
        }
    }

    @Test
    void cleanFilesReportNoProblems() throws IOException {
        for (String name : List.of("plaso_test_data_evtx_System.evtx", "eas_LM_Remote_Service02_7045.evtx",
                "eas_DSE_bypass_BYOV_TDL_dummydriver_sysmon_6_7_13.evtx")) {
            try (EvtxReader reader = EvtxReader.open(SharedData.evtx(name))) {
                assertTrue(reader.records().count() > 0);
                assertEquals(List.of(), reader.problems(), name);
            }
        }
    }

    @Test
    void parallelModeDeliversTheSameRecordsInOrder() throws IOException {
        Path file = SharedData.evtx("plaso_test_data_evtx_System.evtx");
        List<String> sequential = new ArrayList<>();
        try (EvtxReader reader = EvtxReader.open(file)) {
            reader.forEach(r -> sequential.add(r.recordId() + " " + r.xml().hashCode()));
        }
        List<String> parallel = new ArrayList<>();
        try (EvtxReader reader = EvtxReader.open(file)) {
            assertEquals(5009, reader.readParallel(3, r -> parallel.add(r.recordId() + " " + r.xml().hashCode())));
        }
        assertEquals(sequential, parallel);
    }
}
