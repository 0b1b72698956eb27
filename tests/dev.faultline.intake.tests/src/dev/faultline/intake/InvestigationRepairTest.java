package dev.faultline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.SearchOptions;
import dev.faultline.model.Evidence;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.validation.Problem;

/**
 * What a killed import leaves (evidence copied and logged, model and index not written), what a
 * model edited behind the index's back leaves, and how validate finds and repair fixes each.
 */
class InvestigationRepairTest {

    @TempDir
    Path temp;

    private Path log(String name, String host) throws Exception {
        return Files.writeString(temp.resolve(name), "2024-07-19T04:09:01Z " + host + " csagent[4]: channel file 291 loaded\n"
                + "2024-07-19T04:09:02Z " + host + " kernel: bugcheck 0x50 PAGE_FAULT_IN_NONPAGED_AREA\n");
    }

    private static List<String> rules(InvestigationFolder folder) throws Exception {
        return InvestigationIntegrity.check(folder).stream().map(Problem::rule).toList();
    }

    /** An import up to its custody entry: the process "dies" before the index commit and the model save. */
    private static Evidence importKilledBeforeIndexAndSave(InvestigationFolder folder, Path file) throws Exception {
        ImportBatch batch = new ImportBatch(folder.investigation());
        new EvidenceImporter(folder, "analyst").importAll(List.of(file), null, batch, ImportMonitor.NONE);
        return batch.evidence().get(0);
    }

    @Test
    void aKilledImportIsFoundByValidateAndRepairedIntoModelAndIndex() throws Exception {
        Path dir = temp.resolve("case");
        InvestigationFolder folder = InvestigationFolder.create(dir);
        ImportBatch first = new ImportBatch(folder.investigation());
        new EvidenceImporter(folder, "analyst").importAll(List.of(log("a.log", "host-a")), null, first, ImportMonitor.NONE);
        try (EvidenceIndex index = InvestigationIndex.open(folder, first.evidence(), IndexProgress.NONE)) {
            first.addTo(folder.investigation());
            folder.save();
        }
        assertEquals(List.of(), rules(folder), "a clean import leaves nothing to report");

        Evidence lost = importKilledBeforeIndexAndSave(InvestigationFolder.open(dir), log("b.log", "host-b"));
        InvestigationFolder reopened = InvestigationFolder.open(dir);
        assertEquals(1, reopened.investigation().getEvidence().size());
        List<Problem> problems = InvestigationIntegrity.check(reopened);
        assertEquals(List.of(InvestigationIntegrity.UNLISTED_EVIDENCE), problems.stream().map(Problem::rule).toList(), problems.toString());
        assertTrue(problems.get(0).message().contains("b.log") && problems.get(0).message().contains("faultline repair --case " + dir),
                problems.get(0).message());

        InvestigationRepair.Outcome outcome = InvestigationRepair.run(reopened, "analyst", IndexProgress.NONE);
        assertEquals(2, outcome.done().size(), outcome.toString());
        assertTrue(outcome.done().get(0).startsWith("added b.log to the model (syslog, 2 records)"), outcome.toString());
        assertEquals("indexed 1 evidence file(s) the index lacked", outcome.done().get(1), "its records were indexed too");
        assertEquals(List.of(), outcome.left());
        InvestigationFolder repaired = InvestigationFolder.open(dir);
        Evidence adopted = repaired.investigation().getEvidence().stream().filter(e -> e.getSha256().equals(lost.getSha256())).findFirst()
                .orElseThrow();
        assertEquals("b.log", adopted.getOriginalName());
        assertEquals("syslog", adopted.getImporter(), "read with the format its import recorded");
        assertEquals(List.of(), rules(repaired));
        try (EvidenceIndex index = EvidenceIndex.open(repaired.indexDir())) {
            assertEquals(2, index.search("host:host-b", SearchOptions.defaults()).totalHits());
        }
        assertTrue(new CustodyLog(dir).read().stream().anyMatch(e -> e.action().equals(EvidenceFiles.ADOPT) && e.file().equals("b.log")));
        assertFalse(InvestigationRepair.run(repaired, "analyst", IndexProgress.NONE).changed(), "a second repair finds nothing");
    }

    @Test
    void theIndexIsMadeToAgreeWithTheModelOnOpen() throws Exception {
        Path dir = temp.resolve("case");
        InvestigationFolder folder = InvestigationFolder.create(dir);
        ImportBatch batch = new ImportBatch(folder.investigation());
        new EvidenceImporter(folder, "analyst").importAll(List.of(log("a.log", "host-a"), log("b.log", "host-b")), null, batch,
                ImportMonitor.NONE);
        batch.addTo(folder.investigation());
        folder.save();
        String unknown = "f".repeat(64);
        try (EvidenceIndex index = EvidenceIndex.open(folder.indexDir())) {
            // an index holding only a.log, and records of a file the investigation never had
            Evidence a = folder.investigation().getEvidence().get(0);
            try (var records = EvidenceRecords.of(folder.evidenceFile(a), a.getPath(), a.getSha256(),
                    dev.faultline.core.formats.Formats.byId("syslog").orElseThrow())) {
                index.add(records, IndexProgress.NONE);
            }
            index.addEvidence(unknown, Stream.of(new dev.faultline.core.evidence.EvidenceRecord(Instant.parse("2024-07-19T05:00:00Z"), null,
                    "ghost", "syslog", "ghost line", java.util.Map.of(), null,
                    dev.faultline.core.evidence.SourceRef.line("ghost.log", 1).withSha256(unknown))), IndexProgress.NONE);
        }
        List<String> found = rules(folder);
        assertTrue(found.contains(InvestigationIntegrity.MISSING_FROM_INDEX), found.toString());
        assertTrue(found.contains(InvestigationIntegrity.UNKNOWN_IN_INDEX), found.toString());

        try (EvidenceIndex index = InvestigationIndex.open(folder, List.of(), IndexProgress.NONE)) {
            assertEquals(2, index.search("host:host-b", SearchOptions.defaults()).totalHits(), "the missing evidence was indexed");
            assertEquals(0, index.search("ghost", SearchOptions.defaults()).totalHits(), "the unknown records were removed");
            Set<String> held = index.heldEvidence();
            assertEquals(2, held.size(), held.toString());
        }
        assertEquals(List.of(), rules(folder));
    }

    @Test
    void custodyOfEvidenceThatIsGoneIsReportedAndLeftAlone() throws Exception {
        Path dir = temp.resolve("case");
        InvestigationFolder folder = InvestigationFolder.create(dir);
        new CustodyLog(dir).append(new CustodyLog.Entry(Instant.parse("2024-07-20T10:00:00Z"), "analyst", EvidenceFiles.COPY, "gone.evtx",
                "c".repeat(64), 1000, "/mnt/usb/gone.evtx", null, 0, 0));
        Path partial = Files.writeString(Files.createDirectories(folder.evidenceDir()).resolve(".incoming-123.part"), "half");
        List<String> found = rules(folder);
        assertTrue(found.contains(InvestigationIntegrity.CUSTODY_WITHOUT_EVIDENCE), found.toString());
        assertTrue(found.contains(InvestigationIntegrity.PARTIAL_COPY), found.toString());

        InvestigationRepair.Outcome outcome = InvestigationRepair.run(folder, "analyst", IndexProgress.NONE);
        assertFalse(Files.exists(partial), "the partial copy is deleted");
        assertEquals(1, outcome.left().size(), outcome.toString());
        assertTrue(outcome.left().get(0).contains("gone.evtx") && outcome.left().get(0).contains("/mnt/usb/gone.evtx"), outcome.left().get(0));
        assertEquals(List.of(InvestigationIntegrity.CUSTODY_WITHOUT_EVIDENCE), rules(InvestigationFolder.open(dir)));
    }

    @Test
    void evidenceTheAnalystRemovedIsNotAnOrphan() throws Exception {
        Path dir = temp.resolve("case");
        InvestigationFolder folder = InvestigationFolder.create(dir);
        ImportBatch batch = new ImportBatch(folder.investigation());
        new EvidenceImporter(folder, "analyst").importAll(List.of(log("a.log", "host-a")), null, batch, ImportMonitor.NONE);
        Evidence a = batch.evidence().get(0);
        new CustodyLog(dir).append(new CustodyLog.Entry(Instant.now(), "analyst", EvidenceFiles.REMOVE, a.getPath(), a.getSha256(), a.getSize(),
                "Faultline workbench", null, 0, 0));
        assertEquals(List.of(), rules(folder));
        assertFalse(InvestigationRepair.run(folder, "analyst", IndexProgress.NONE).changed());
        assertTrue(folder.investigation().getEvidence().isEmpty());
    }
}
