package dev.faultline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;

/** Incremental adds, cancellation, CheckIndex and automatic rebuilds, with loghub's Linux and Windows logs. */
class EvidenceIndexLifecycleTest {

    @TempDir
    Path tmp;

    @Test
    void addIsIncrementalAndReplacesReimportedFiles() throws Exception {
        Path data = TestEvidence.dataDir();
        List<EvidenceRecord> linux = TestEvidence.linuxLog(data);
        List<EvidenceRecord> windows = TestEvidence.windowsLog(data);
        try (EvidenceIndex index = EvidenceIndex.open(tmp.resolve("index"))) {
            assertEquals(OpenOutcome.CREATED_EMPTY, index.openOutcome());
            IndexUpdate first = index.add(linux.stream(), IndexProgress.NONE);
            assertEquals(2000, first.recordsAdded());
            assertEquals(2000, first.documents());
            IndexUpdate second = index.add(windows, IndexProgress.NONE);
            assertEquals(2000 + windows.size(), second.documents());
            IndexUpdate again = index.add(linux.stream(), IndexProgress.NONE);
            assertEquals(2000, again.recordsAdded());
            assertEquals(2000 + windows.size(), again.documents(), "re-importing the same file replaces its records");
            assertEquals(2000, index.search("host:combo", SearchOptions.defaults()).totalHits());
        }
        try (EvidenceIndex reopened = EvidenceIndex.open(tmp.resolve("index"))) {
            assertEquals(OpenOutcome.OPENED, reopened.openOutcome());
            assertEquals(2000 + windows.size(), reopened.documentCount());
        }
    }

    @Test
    void aSecondWriterWaitsForTheFirstInsteadOfFailing() throws Exception {
        Path data = TestEvidence.dataDir();
        List<EvidenceRecord> linux = TestEvidence.linuxLog(data);
        List<EvidenceRecord> windows = TestEvidence.windowsLog(data);
        Path dir = tmp.resolve("index");
        try (EvidenceIndex first = EvidenceIndex.open(dir)) {
            first.add(linux.stream(), IndexProgress.NONE); // keeps the write lock until closed
            java.util.concurrent.CompletableFuture<IndexUpdate> second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (EvidenceIndex other = EvidenceIndex.open(dir)) {
                    return other.add(windows.stream(), IndexProgress.NONE);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Thread.sleep(500);
            assertFalse(second.isDone(), "the second writer waits while the first holds the index");
            first.close();
            assertEquals(2000 + windows.size(), second.get(30, java.util.concurrent.TimeUnit.SECONDS).documents());
        }
        try (EvidenceIndex reopened = EvidenceIndex.open(dir)) {
            assertEquals(2000 + windows.size(), reopened.documentCount(), "both writers' records are kept");
        }
    }

    @Test
    void progressIsReportedAndCancelKeepsTheLastCommit() throws Exception {
        Path data = TestEvidence.dataDir();
        try (EvidenceIndex index = EvidenceIndex.open(tmp.resolve("index"))) {
            index.add(TestEvidence.windowsLog(data).stream(), IndexProgress.NONE);
            long before = index.documentCount();
            AtomicLong reported = new AtomicLong();
            AtomicInteger calls = new AtomicInteger();
            IndexProgress cancelAt1000 = new IndexProgress() {
                @Override
                public void indexed(long records) {
                    reported.set(records);
                    calls.incrementAndGet();
                }

                @Override
                public boolean isCanceled() {
                    return reported.get() >= 1000;
                }
            };
            IndexCanceledException e = assertThrows(IndexCanceledException.class,
                    () -> index.add(TestEvidence.linuxLog(data).stream(), cancelAt1000));
            assertEquals(1000, e.discarded());
            assertEquals(1, calls.get());
            assertEquals(before, index.documentCount());
            assertEquals(0, index.search("host:combo", SearchOptions.defaults()).totalHits());

            // a failing record source leaves the last commit too
            Stream<EvidenceRecord> failing = Stream.concat(TestEvidence.linuxLog(data).stream().limit(1500),
                    Stream.<EvidenceRecord>generate(() -> {
                        throw new IllegalStateException("evidence file vanished");
                    }).limit(1));
            assertThrows(IllegalStateException.class, () -> index.add(failing, IndexProgress.NONE));
            assertEquals(before, index.documentCount());

            // and the index keeps working afterwards
            AtomicLong last = new AtomicLong();
            IndexUpdate update = index.add(TestEvidence.linuxLog(data).stream(), new IndexProgress() {
                @Override
                public void indexed(long records) {
                    last.set(records);
                }

                @Override
                public boolean isCanceled() {
                    return false;
                }
            });
            assertEquals(2000, last.get());
            assertEquals(before + 2000, update.documents());
        }
    }

    @Test
    void rebuildReplacesEverythingAtomically() throws Exception {
        Path data = TestEvidence.dataDir();
        try (EvidenceIndex index = EvidenceIndex.open(tmp.resolve("index"))) {
            index.add(TestEvidence.windowsLog(data).stream(), IndexProgress.NONE);
            IndexUpdate rebuilt = index.rebuild(() -> {
                try {
                    return TestEvidence.linuxLog(data).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, IndexProgress.NONE);
            assertEquals(2000, rebuilt.documents());
            assertEquals(0, index.search("host:win7", SearchOptions.defaults()).totalHits());
            IndexCheck check = index.check();
            assertTrue(check.clean(), check.report());
            assertEquals(2000, check.documents());
            // the index can be written again after a check
            assertEquals(2000 + 2000, index.add(TestEvidence.windowsLog(data).stream(), IndexProgress.NONE).documents());
        }
    }

    @Test
    void corruptSegmentIsDetectedAndRebuiltOnOpen() throws Exception {
        Path data = TestEvidence.dataDir();
        Path dir = tmp.resolve("index");
        List<EvidenceRecord> linux = TestEvidence.linuxLog(data);
        try (EvidenceIndex index = EvidenceIndex.open(dir)) {
            index.add(linux.stream(), IndexProgress.NONE);
        }
        Path storedFields;
        try (Stream<Path> files = Files.list(dir)) {
            storedFields = files.filter(p -> p.getFileName().toString().endsWith(".fdt")).max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(storedFields.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            int b = file.read();
            file.seek(middle);
            file.write(b ^ 0x5a);
        }
        // a plain open does not read every byte; the checksum verification does
        try (EvidenceIndex unverified = EvidenceIndex.open(dir)) {
            assertEquals(OpenOutcome.OPENED, unverified.openOutcome());
            IndexCheck check = unverified.check();
            assertFalse(check.clean());
            assertTrue(check.report().contains("checksum") || check.report().contains("CorruptIndexException"), check.report());
        }
        IndexDamagedException damaged = assertThrows(IndexDamagedException.class,
                () -> EvidenceIndex.open(dir, null, IndexProgress.NONE, Verification.CHECKSUMS));
        assertTrue(damaged.getMessage().contains("faultline index"), damaged.getMessage());
        try (EvidenceIndex rebuilt = EvidenceIndex.open(dir, linux::stream, IndexProgress.NONE, Verification.CHECKSUMS)) {
            assertEquals(OpenOutcome.REBUILT_DAMAGED, rebuilt.openOutcome());
            assertEquals(2000, rebuilt.documentCount());
            assertEquals(14, rebuilt.search("218.188.2.4", SearchOptions.defaults()).totalHits());
            assertTrue(rebuilt.check().clean());
        }
    }

    @Test
    void missingIndexIsBuiltFromTheSource() throws Exception {
        Path data = TestEvidence.dataDir();
        Path dir = tmp.resolve("index");
        List<EvidenceRecord> linux = TestEvidence.linuxLog(data);
        try (EvidenceIndex built = EvidenceIndex.open(dir, linux::stream, IndexProgress.NONE, Verification.OPEN)) {
            assertEquals(OpenOutcome.REBUILT_MISSING, built.openOutcome());
            assertEquals(2000, built.documentCount());
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(p);
            }
        }
        try (EvidenceIndex again = EvidenceIndex.open(dir, linux::stream, IndexProgress.NONE, Verification.OPEN)) {
            assertEquals(OpenOutcome.REBUILT_MISSING, again.openOutcome());
            assertEquals(2000, again.documentCount());
        }
    }

    @Test
    void anOpenIndexSeesWhatAnotherInstanceCommitted() throws Exception {
        Path data = TestEvidence.dataDir();
        Path dir = tmp.resolve("index");
        try (EvidenceIndex view = EvidenceIndex.open(dir)) {
            assertEquals(0, view.search("sshd", SearchOptions.defaults()).totalHits());
            try (EvidenceIndex importer = EvidenceIndex.open(dir)) {
                importer.add(TestEvidence.linuxLog(data).stream(), IndexProgress.NONE);
            }
            assertTrue(view.search("sshd", SearchOptions.defaults()).totalHits() > 0, "the view's next search sees the import");
        }
    }

    @Test
    void anEmptyIndexIsBuiltFromTheSourceWhenOneIsGiven() throws Exception {
        Path data = TestEvidence.dataDir();
        Path dir = tmp.resolve("index");
        try (EvidenceIndex empty = EvidenceIndex.open(dir)) {
            assertEquals(OpenOutcome.CREATED_EMPTY, empty.openOutcome()); // as an interrupted first rebuild leaves it
        }
        try (EvidenceIndex stillEmpty = EvidenceIndex.open(dir)) {
            assertEquals(OpenOutcome.OPENED, stillEmpty.openOutcome(), "without a source an empty index is just opened");
        }
        List<EvidenceRecord> linux = TestEvidence.linuxLog(data);
        try (EvidenceIndex built = EvidenceIndex.open(dir, linux::stream, IndexProgress.NONE, Verification.OPEN)) {
            assertEquals(OpenOutcome.REBUILT_EMPTY, built.openOutcome());
            assertEquals(2000, built.documentCount());
        }
        try (EvidenceIndex reopened = EvidenceIndex.open(dir, linux::stream, IndexProgress.NONE, Verification.OPEN)) {
            assertEquals(OpenOutcome.OPENED, reopened.openOutcome());
        }
    }
}
