package dev.faultline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/** The commit records which evidence it holds; reading a damaged index never changes it. */
class HeldEvidenceTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String EMPTY = "e".repeat(64);

    @TempDir
    Path tmp;

    private static List<EvidenceRecord> records(String file, String sha, int n) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> new EvidenceRecord(Instant.parse("2024-07-19T04:09:00Z").plusSeconds(i), null, "host-" + file, "syslog",
                        file + " line " + i + " csagent", Map.of(), null, SourceRef.line(file, i).withSha256(sha)))
                .toList();
    }

    @Test
    void everyCommitNamesTheEvidenceItHoldsAndRemovingDropsItsRecords() throws Exception {
        Path dir = tmp.resolve("index");
        try (EvidenceIndex index = EvidenceIndex.open(dir)) {
            assertEquals(Set.of(), index.heldEvidence());
            index.add(records("a.log", A, 3).stream(), IndexProgress.NONE);
            index.addEvidence(B, records("b.log", B, 2).stream(), IndexProgress.NONE);
            index.addEvidence(EMPTY, Stream.empty(), IndexProgress.NONE);
            assertEquals(Set.of(A, B, EMPTY), index.heldEvidence(), "also a file without records");
        }
        try (EvidenceIndex reopened = EvidenceIndex.open(dir)) {
            assertEquals(Set.of(A, B, EMPTY), reopened.heldEvidence(), "kept in the commit");
            reopened.removeEvidence(List.of(A.toUpperCase()));
            assertEquals(Set.of(B, EMPTY), reopened.heldEvidence());
            assertEquals(2, reopened.documentCount());
            assertEquals(0, reopened.search("\"a.log line\"", SearchOptions.defaults()).totalHits());
            reopened.rebuild(() -> records("b.log", B, 2).stream(), IndexProgress.NONE);
            assertEquals(Set.of(B), reopened.heldEvidence(), "a rebuild holds exactly what it read");
        }
    }

    @Test
    void aSearchOnAnIndexWithoutItsCommitPointIsRefusedAndDeletesNothing() throws Exception {
        Path dir = tmp.resolve("index");
        try (EvidenceIndex index = EvidenceIndex.open(dir)) {
            index.add(records("a.log", A, 50).stream(), IndexProgress.NONE);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(p);
            }
        }
        List<String> before;
        try (Stream<Path> files = Files.list(dir)) {
            before = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        IndexDamagedException damaged = assertThrows(IndexDamagedException.class, () -> EvidenceIndex.open(dir));
        assertTrue(damaged.getMessage().contains("segments_N missing"), damaged.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(before, files.map(p -> p.getFileName().toString()).sorted().toList(), "reading deleted nothing");
        }
        try (EvidenceIndex rebuilt = EvidenceIndex.open(dir, () -> records("a.log", A, 50).stream(), IndexProgress.NONE,
                Verification.OPEN)) {
            assertEquals(OpenOutcome.REBUILT_MISSING, rebuilt.openOutcome(), "a writer with the evidence rebuilds it");
            assertEquals(50, rebuilt.documentCount());
        }
    }
}
