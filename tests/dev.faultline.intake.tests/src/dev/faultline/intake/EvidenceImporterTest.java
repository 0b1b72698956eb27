package dev.faultline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.Driver;
import dev.faultline.model.DriverType;
import dev.faultline.model.Evidence;
import dev.faultline.model.StartMode;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.validation.InvestigationValidator;
import dev.faultline.model.validation.Problem;

/** Imports real third-party files from shared/data and checks the model objects they become. */
class EvidenceImporterTest {

    @TempDir
    Path temp;

    private static Path shared(String relative) {
        Path dir = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(dir), "shared data folder absent: " + dir.toAbsolutePath());
        return dir.resolve(relative);
    }

    @Test
    void windbgAnalysisBecomesACrashAnalysisCitingItsEvidence() throws Exception {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        ImportBatch batch = new ImportBatch(folder.investigation());
        List<FileReport> reports = new EvidenceImporter(folder, "analyst").importAll(
                List.of(shared("windbg/ie_0x50_page_fault_in_nonpaged_area.txt")), null, batch, ImportMonitor.NONE);
        assertEquals(1, reports.size());
        FileReport report = reports.get(0);
        assertEquals("windbg", report.format());
        assertEquals(1, report.records());
        assertEquals(0, report.rejected());
        batch.addTo(folder.investigation());

        CrashAnalysis crash = folder.investigation().getCrashAnalyses().get(0);
        assertEquals("0x50", crash.getBugcheckCode());
        assertEquals("PAGE_FAULT_IN_NONPAGED_AREA", crash.getBugcheckName());
        assertEquals("Driver.sys", crash.getImageName());
        assertTrue(crash.getFailureBucket().startsWith("AV_W_(null)_Driver"), crash.getFailureBucket());
        assertTrue(crash.getFrames().size() > 3, "stack frames missing");
        Driver driver = folder.investigation().getDrivers().get(0);
        assertEquals("Driver.sys", driver.getFileName());
        Evidence evidence = folder.investigation().getEvidence().get(0);
        assertEquals("windbg", evidence.getImporter());
        assertEquals(evidence, crash.getCitations().get(0).getEvidence());
        assertNotNull(crash.getCitations().get(0).getLine());

        folder.save();
        List<Problem> problems = new InvestigationValidator().validate(InvestigationFolder.open(folder.root()));
        assertTrue(problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR), problems.toString());
    }

    @Test
    void driverqueryRowsBecomeDriversAndTheJunkLineIsReportedWithItsLine() throws Exception {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        ImportBatch batch = new ImportBatch(folder.investigation());
        FileReport report = new EvidenceImporter(folder, "analyst").importAll(
                List.of(shared("driverquery/generalupdate_bowl_driverquery_v_en.txt")), null, batch, ImportMonitor.NONE).get(0);
        assertEquals("driverquery", report.format());
        assertEquals(5, report.records());
        assertEquals(1, report.rejected());
        assertEquals(9, report.rejections().get(0).where().line());
        assertTrue(report.rejections().get(0).reason().contains("//..."), report.rejections().get(0).reason());
        assertEquals(5, batch.drivers().size());
        Driver box = batch.drivers().stream().filter(d -> d.getFileName().equals("360Box64.sys")).findFirst().orElseThrow();
        assertEquals(DriverType.FILE_SYSTEM, box.getType());
        assertEquals(StartMode.SYSTEM, box.getStartMode());
        assertEquals("C:\\Windows\\system32\\DRIVERS\\360Box64.sys", box.getPath());
    }

    @Test
    void aFileThatLooksLikeAnAnalysisButHoldsNoneIsKeptAsTextNotRefused() throws Exception {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        ImportBatch batch = new ImportBatch(folder.investigation());
        // the provenance sidecar mentions !analyze but contains no analysis
        FileReport report = new EvidenceImporter(folder, "analyst").importAll(
                List.of(shared("windbg/ie_0x50_page_fault_in_nonpaged_area.md")), null, batch, ImportMonitor.NONE).get(0);
        assertEquals("text", report.format());
        assertEquals(0, report.rejected());
        assertTrue(report.records() > 0);
        assertEquals("text", batch.evidence().get(0).getImporter());
        assertEquals(0, batch.crashes().size());
    }

    @Test
    void theSameFileImportedTwiceIsRecognised() throws Exception {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        EvidenceImporter importer = new EvidenceImporter(folder, "analyst");
        Path file = shared("loghub/Linux/Linux_2k.log");
        ImportBatch first = new ImportBatch(folder.investigation());
        assertEquals(2000, importer.importAll(List.of(file), null, first, ImportMonitor.NONE).get(0).records());
        first.addTo(folder.investigation());
        ImportBatch second = new ImportBatch(folder.investigation());
        FileReport again = importer.importAll(List.of(file), null, second, ImportMonitor.NONE).get(0);
        assertTrue(again.duplicate());
        assertEquals(0, second.size());
        assertEquals(1, folder.investigation().getEvidence().size());
    }

    @Test
    void recordsAreReadAgainFromTheEvidenceWithTheirHash() throws Exception {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        ImportBatch batch = new ImportBatch(folder.investigation());
        new EvidenceImporter(folder, "analyst").importAll(List.of(shared("loghub/Linux/Linux_2k.log")), null, batch, ImportMonitor.NONE);
        batch.addTo(folder.investigation());
        Evidence evidence = folder.investigation().getEvidence().get(0);
        try (Stream<EvidenceRecord> records = EvidenceRecords.of(folder)) {
            List<EvidenceRecord> all = records.toList();
            assertEquals(2000, all.size());
            assertEquals(evidence.getSha256(), all.get(0).source().sha256());
            assertEquals(1, all.get(0).source().line());
            assertEquals(2000, all.get(1999).source().line());
            assertTrue(all.get(0).message().contains("authentication failure") || all.get(0).rawText().contains("combo"),
                    all.get(0).rawText());
        }
    }

    @Test
    void cancellingStopsTheImport() throws Exception {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        ImportBatch batch = new ImportBatch(folder.investigation());
        ImportMonitor cancelAtOnce = new ImportMonitor() {
            @Override
            public void beginFile(String name, int index, int total) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> new EvidenceImporter(folder, "x").importAll(List.of(shared("loghub/Linux/Linux_2k.log")), null, batch, cancelAtOnce));
        assertEquals(0, batch.size());
    }
}
