package dev.faultline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.model.Evidence;
import dev.faultline.model.persistence.InvestigationFolder;

/** Times for yearless syslog ({@code --year}, {@code --zone}) and reading a file again under another format. */
class RereadTest {

    private static final String SYSLOG = """
            Jul 19 04:09:01 win-fleet-01 sshd[411]: session opened for user ops
            Jul 19 04:09:02 win-fleet-01 kernel: csagent loaded
            Jul 19 04:09:03 win-fleet-02 cron[12]: job started
            """;

    @TempDir
    Path temp;

    private FileReport importOnce(InvestigationFolder folder, Path file, String format, ParseOptions options) throws Exception {
        ImportBatch batch = new ImportBatch(folder.investigation());
        List<FileReport> reports = new EvidenceImporter(folder, "analyst", options).allowRereads().importAll(List.of(file), format, batch,
                ImportMonitor.NONE);
        batch.addTo(folder.investigation());
        return reports.get(0);
    }

    @Test
    void yearlessSyslogIsCountedAsUntimedAndAYearGivenLaterReadsItAgainWithTimes() throws Exception {
        Path file = Files.writeString(temp.resolve("messages"), SYSLOG, StandardCharsets.UTF_8);
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        FileReport first = importOnce(folder, file, null, ParseOptions.defaults());
        assertEquals("syslog", first.format());
        assertEquals(3, first.untimed());
        assertNull(first.rereadFrom());

        FileReport same = importOnce(folder, file, null, ParseOptions.defaults());
        assertTrue(same.duplicate(), "the same bytes without anything new are not read again");

        ParseOptions berlin2024 = ParseOptions.defaults().withAssumedYear(2024).withZone(ZoneId.of("Europe/Berlin"));
        FileReport again = importOnce(folder, file, null, berlin2024);
        assertFalse(again.duplicate());
        assertEquals("syslog", again.rereadFrom());
        assertEquals(0, again.untimed());
        Evidence evidence = folder.investigation().getEvidence().get(0);
        assertEquals(1, folder.investigation().getEvidence().size());
        assertEquals(2024, evidence.getReadYear());
        assertEquals("Europe/Berlin", evidence.getReadZone());
        // an index rebuild reads the file with the same year and zone
        try (Stream<EvidenceRecord> records = EvidenceRecords.of(folder)) {
            assertEquals(Instant.parse("2024-07-19T02:09:01Z"), records.findFirst().orElseThrow().timestamp());
        }
        assertTrue(Files.readString(folder.root().resolve(CustodyLog.FILE_NAME)).contains("\"action\":\"reread\""));
    }

    @Test
    void aWrongGuessIsCorrectedByImportingAgainWithTheRightFormat() throws Exception {
        Path dir = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"));
        Path analysis = dir.resolve("windbg/ie_0x50_page_fault_in_nonpaged_area.txt");
        assumeTrue(Files.isRegularFile(analysis), "shared data absent: " + analysis.toAbsolutePath());
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        FileReport first = importOnce(folder, analysis, null, ParseOptions.defaults());
        assertEquals("windbg", first.format());
        assertEquals(1, folder.investigation().getCrashAnalyses().size());
        int drivers = folder.investigation().getDrivers().size();

        FileReport asText = importOnce(folder, analysis, "text", ParseOptions.defaults());
        assertEquals("text", asText.format());
        assertEquals("windbg", asText.rereadFrom());
        assertTrue(asText.records() > 10, "every line a record");
        assertEquals(0, folder.investigation().getCrashAnalyses().size(), "the crash analysis of the wrong reading is gone");
        assertTrue(folder.investigation().getTimelineEvents().isEmpty());
        assertEquals("text", folder.investigation().getEvidence().get(0).getImporter());
        assertEquals(drivers, folder.investigation().getDrivers().size(), "drivers stay");
        assertTrue(folder.investigation().getDrivers().stream().allMatch(d -> d.getCitations().isEmpty()),
                "but no longer cite the file's earlier reading");
        try (Stream<EvidenceRecord> records = EvidenceRecords.of(folder)) {
            assertTrue(records.allMatch(r -> "text".equals(r.kind()) || "log".equals(r.kind())), "read as text when rebuilt");
        }
    }

    @Test
    void theWizardsRuleReadsAFileAgainAsDetectedAndTheIndexGetsTheNewReading() throws Exception {
        Path file = Files.writeString(temp.resolve("messages"), SYSLOG, StandardCharsets.UTF_8);
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        FileReport asText = importOnce(folder, file, "text", ParseOptions.defaults());
        assertEquals("text", asText.format());
        try (dev.faultline.index.EvidenceIndex index = InvestigationIndex.open(folder, List.of(), dev.faultline.index.IndexProgress.NONE)) {
            assertEquals(3, index.search("kind:log", dev.faultline.index.SearchOptions.defaults()).totalHits());
        }
        // the CLI's rule: without --format the file is a duplicate
        assertTrue(importOnce(folder, file, null, ParseOptions.defaults()).duplicate());

        // the wizard's rule: the detected format differs from the earlier reading, so it is read again
        ImportBatch batch = new ImportBatch(folder.investigation());
        FileReport again = new EvidenceImporter(folder, "analyst").allowRereadsAsDetected()
                .importAll(List.of(file), null, batch, ImportMonitor.NONE).get(0);
        assertFalse(again.duplicate());
        assertEquals("syslog", again.format());
        assertEquals("text", again.rereadFrom());
        assertEquals(1, batch.rereads().size());
        assertEquals(1, batch.size(), "a batch that only reads a file again is not empty");
        try (dev.faultline.index.EvidenceIndex index = InvestigationIndex.open(folder, batch.evidence(), dev.faultline.index.IndexProgress.NONE)) {
            InvestigationIndex.reread(index, folder, batch.rereads(), dev.faultline.index.IndexProgress.NONE);
            assertEquals(0, index.search("kind:log", dev.faultline.index.SearchOptions.defaults()).totalHits());
            assertEquals(3, index.search("kind:syslog", dev.faultline.index.SearchOptions.defaults()).totalHits());
            assertEquals(2, index.search("host:win-fleet-01", dev.faultline.index.SearchOptions.defaults()).totalHits());
        }
        batch.addTo(folder.investigation());
        assertEquals("syslog", folder.investigation().getEvidence().get(0).getImporter());
        assertEquals(1, folder.investigation().getEvidence().size());

        // read again as the wizard would with nothing changed: a duplicate
        ImportBatch same = new ImportBatch(folder.investigation());
        assertTrue(new EvidenceImporter(folder, "analyst").allowRereadsAsDetected().importAll(List.of(file), null, same, ImportMonitor.NONE)
                .get(0).duplicate());
        assertEquals(0, same.size());
    }

    @Test
    void aFileReadAgainIntoNoRecordKeepsNoneOfItsEarlierRecords() throws Exception {
        Path file = Files.writeString(temp.resolve("messages"), SYSLOG, StandardCharsets.UTF_8);
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        importOnce(folder, file, "syslog", ParseOptions.defaults());
        try (dev.faultline.index.EvidenceIndex index = InvestigationIndex.open(folder, List.of(), dev.faultline.index.IndexProgress.NONE)) {
            assertEquals(3, index.search("kind:syslog", dev.faultline.index.SearchOptions.defaults()).totalHits());
            // read again as a WinDbg analysis, as the CLI does (streaming): no record of the file is one
            ImportBatch batch = new ImportBatch(folder.investigation());
            EvidenceImporter importer = new EvidenceImporter(folder, "analyst").allowRereads();
            List<FileReport> reports = StreamingImport.run(importer,
                    tapped -> tapped.importAll(List.of(file), "windbg", batch, ImportMonitor.NONE),
                    records -> index.add(records, dev.faultline.index.IndexProgress.NONE)).reports();
            assertEquals(0, reports.get(0).records());
            assertEquals("syslog", reports.get(0).rereadFrom());
            assertEquals(3, index.search("kind:syslog", dev.faultline.index.SearchOptions.defaults()).totalHits(),
                    "adding no record removed nothing");
            InvestigationIndex.dropEarlierRecordsOfEmptyRereads(index, batch, reports);
            assertEquals(0, index.search("kind:syslog", dev.faultline.index.SearchOptions.defaults()).totalHits());
            assertTrue(index.heldEvidence().contains(folder.investigation().getEvidence().get(0).getSha256().toLowerCase()),
                    "the file is still held: the index agrees with the model");
        }
    }
}
