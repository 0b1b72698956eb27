package dev.faultline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.model.persistence.InvestigationFolder;

/** The hand-over between a reader thread and its consumer: bounded, and never a hang whatever ends the reader. */
class RecordPipeTest {

    @TempDir
    Path temp;

    private static EvidenceRecord record(long n) {
        return new EvidenceRecord(null, null, null, "log", "line " + n, Map.of(), null, new SourceRef("f.log", null, n, -1, null));
    }

    @Test
    void anErrorInTheReaderEndsTheConsumerWithAClearFailureInsteadOfAHang() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (Stream<EvidenceRecord> records = RecordPipe.start("big.log", out -> {
                out.accept(record(1));
                throw new OutOfMemoryError("Java heap space");
            })) {
                Iterator<EvidenceRecord> it = records.iterator();
                assertEquals("line 1", it.next().message());
                EvidenceReadException failure = assertThrows(EvidenceReadException.class, it::hasNext);
                assertTrue(failure.getMessage().contains("big.log") && failure.getMessage().contains("out of memory"), failure.getMessage());
                assertTrue(failure.getCause() instanceof OutOfMemoryError);
            }
        });
    }

    @Test
    void ioFailuresAndCancellationKeepTheirKind() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (Stream<EvidenceRecord> records = RecordPipe.start("gone.log", out -> {
                throw new IOException("disk gone");
            })) {
                UncheckedIOException io = assertThrows(UncheckedIOException.class, () -> records.forEach(r -> {
                }));
                assertTrue(io.getMessage().contains("gone.log: disk gone"), io.getMessage());
            }
            try (Stream<EvidenceRecord> records = RecordPipe.start("c.log", out -> {
                throw new CancellationException("import of c.log cancelled");
            })) {
                assertThrows(CancellationException.class, () -> records.forEach(r -> {
                }));
            }
        });
    }

    @Test
    void theReaderRunsAtMostTheQueueAheadAndStopsWhenTheStreamIsClosed() throws Exception {
        AtomicLong produced = new AtomicLong();
        Thread[] readerThread = new Thread[1];
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (Stream<EvidenceRecord> records = RecordPipe.start("endless.log", out -> {
                readerThread[0] = Thread.currentThread();
                for (long n = 0;; n++) {
                    out.accept(record(n));
                    produced.incrementAndGet();
                }
            })) {
                Iterator<EvidenceRecord> it = records.iterator();
                for (int i = 0; i < 10; i++) {
                    assertEquals("line " + i, it.next().message());
                }
                long deadline = System.nanoTime() + 2_000_000_000L;
                while (produced.get() < RecordPipe.CAPACITY && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                Thread.sleep(50); // give a reader that ignored the bound the chance to show it
                assertTrue(produced.get() <= RecordPipe.CAPACITY + 10, "reader ran ahead: " + produced.get());
            }
            readerThread[0].join();
        });
    }

    @Test
    void allEvidenceOfAFolderIsReadLazilyFileAfterFile() throws Exception {
        Path a = temp.resolve("a.log");
        Path b = temp.resolve("b.log");
        StringBuilder big = new StringBuilder();
        for (int i = 1; i <= 50_000; i++) {
            big.append("plain line ").append(i).append('\n');
        }
        Files.writeString(a, big, StandardCharsets.UTF_8);
        Files.writeString(b, "last file line one\nlast file line two\n", StandardCharsets.UTF_8);
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        ImportBatch batch = new ImportBatch(folder.investigation());
        new EvidenceImporter(folder, "analyst").importAll(List.of(a, b), "text", batch, ImportMonitor.NONE);
        batch.addTo(folder.investigation());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Stream<EvidenceRecord> records = EvidenceRecords.of(folder)) {
                List<String> messages = records.map(EvidenceRecord::message).toList();
                assertEquals(50_002, messages.size());
                assertEquals("plain line 1", messages.get(0));
                assertEquals("last file line two", messages.get(50_001));
            }
        });
    }
}
