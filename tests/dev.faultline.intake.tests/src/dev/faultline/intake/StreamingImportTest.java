package dev.faultline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.model.persistence.InvestigationFolder;

/** One pass over each file: the importer maps on a reader thread while the caller consumes the same records. */
class StreamingImportTest {

    @TempDir
    Path temp;

    private Path log(int lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append("service line ").append(i).append('\n');
        }
        return Files.writeString(temp.resolve("service.log"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theConsumerGetsEveryRecordCitingTheStoredEvidence() throws Exception {
        Path file = log(20_000);
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        ImportBatch batch = new ImportBatch(folder.investigation());
        EvidenceImporter importer = new EvidenceImporter(folder, "analyst");
        AtomicLong last = new AtomicLong();
        StreamingImport.Result<Long> result = StreamingImport.run(importer,
                tapped -> tapped.importAll(List.of(file), null, batch, ImportMonitor.NONE), records -> records.peek(r -> {
                    assertEquals(batch.evidence().get(0).getSha256(), r.source().sha256());
                    last.set(r.source().line());
                }).count());
        assertEquals(20_000L, result.consumed());
        assertEquals(20_000L, last.get(), "in file order");
        assertEquals(1, result.reports().size());
        assertEquals(20_000L, result.reports().get(0).records());
    }

    @Test
    void aFailingConsumerStopsTheReaderAndItsFailureComesOut() throws Exception {
        Path file = log(200_000);
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        ImportBatch batch = new ImportBatch(folder.investigation());
        EvidenceImporter importer = new EvidenceImporter(folder, "analyst");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> StreamingImport.run(importer,
                    tapped -> tapped.importAll(List.of(file), null, batch, ImportMonitor.NONE), records -> {
                        records.limit(10).forEach(r -> {
                        });
                        throw new IllegalStateException("index full");
                    }));
            assertEquals("index full", failure.getMessage());
        });
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("faultline-evidence-reader import")),
                "the reader thread has ended");
    }

    @Test
    void aFleetsCrashAnalysesBeyondTheThresholdKeepOneRepresentativePerBucket() throws Exception {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        ImportBatch batch = new ImportBatch(folder.investigation());
        for (int i = 0; i < ImportBatch.CRASHES_IN_MODEL; i++) {
            assertTrue(batch.keepCrashInModel("av_r_invalid_csagent!unknown_function"));
            batch.crashes.add(dev.faultline.model.FaultlineFactory.eINSTANCE.createCrashAnalysis());
        }
        assertFalse(batch.keepCrashInModel("av_r_invalid_csagent!unknown_function"), "a bucket already represented");
        assertTrue(batch.keepCrashInModel("0x7e|ntfs"), "the first of a new bucket represents it");
        batch.crashes.add(dev.faultline.model.FaultlineFactory.eINSTANCE.createCrashAnalysis());
        assertFalse(batch.keepCrashInModel("0x7e|ntfs"));
        assertEquals(2, batch.crashesInIndexOnly());
    }
}
