package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two writers at once, a search while an import runs, and imports and index rebuilds killed with
 * {@code kill -9} at random moments: afterwards the investigation opens, the next writer repairs it,
 * and validate finds every file the custody log records in the model and in the index.
 * (releng/soak/kill-loop.sh runs the kill loop for longer.)
 */
class IntegrityCliTest {

    private static final int KILL_ITERATIONS = Integer.getInteger("faultline.killIterations", 3);

    @TempDir
    static Path workDir;

    @BeforeAll
    static void productIsMaterialized() {
        Path product = Path.of(System.getProperty("faultline.product"));
        assertTrue(Files.isDirectory(product.resolve("plugins")), "no product at " + product);
    }

    /** A syslog file of {@code lines} lines of host {@code host}, each with the marker word {@code marker}. */
    static Path syslog(Path dir, String name, String host, String marker, int lines) throws Exception {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                out.write(String.format("2024-07-19T04:%02d:%02dZ %s csagent[%d]: %s channel file 291 record %d%n", (i / 60) % 60, i % 60, host,
                        1000 + i % 7, marker, i));
            }
        }
        return file;
    }

    private static long hits(Path caseDir, String query) throws Exception {
        // --facets: the total is counted exactly (without it, counting stops above 10,000)
        FaultlineProcess.Result found = FaultlineProcess.run(workDir, "search", "--case", caseDir.toString(), "--json", "--limit", "1",
                "--facets", query);
        assertEquals(0, found.exitCode(), found.err());
        String[] lines = found.out().strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]).get("total").asLong();
    }

    private static void assertValidates(Path caseDir) throws Exception {
        FaultlineProcess.Result validated = FaultlineProcess.run(workDir, "validate", caseDir.toString());
        assertEquals(0, validated.exitCode(), validated.out() + validated.err());
        assertFalse(validated.out().contains("[integrity."), validated.out());
    }

    @Test
    void twoImportsAtOnceBothEndUpInModelAndIndex() throws Exception {
        Path caseDir = workDir.resolve("two-writers");
        Path alpha = syslog(workDir, "alpha.log", "alpha-host", "alphamarker", 20_000);
        Path beta = syslog(workDir, "beta.log", "beta-host", "betamarker", 20_000);
        Process first = FaultlineProcess.start(workDir, "import", "--case", caseDir.toString(), "--wait", "120", alpha.toString());
        Process second = FaultlineProcess.start(workDir, "import", "--case", caseDir.toString(), "--wait", "120", beta.toString());
        FaultlineProcess.Result a = FaultlineProcess.finish(first);
        FaultlineProcess.Result b = FaultlineProcess.finish(second);
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(0, b.exitCode(), b.err());
        assertTrue(a.err().contains("waiting up to 120 s") || b.err().contains("waiting up to 120 s"),
                "one waited for the other:\n" + a.err() + "\n" + b.err());
        assertEquals(20_000, hits(caseDir, "alphamarker"));
        assertEquals(20_000, hits(caseDir, "betamarker"));
        String model = Files.readString(caseDir.resolve("investigation.xmi"));
        assertTrue(model.contains("alpha.log") && model.contains("beta.log"), "both files listed in the model");
        assertValidates(caseDir);
    }

    @Test
    void aWriterThatCannotWaitNamesTheHolderAndExitsTwo() throws Exception {
        Path caseDir = workDir.resolve("busy");
        Path big = syslog(workDir, "big.log", "busy-host", "busymarker", 300_000);
        Process importing = FaultlineProcess.start(workDir, "import", "--case", caseDir.toString(), big.toString());
        try {
            waitForLockHolder(caseDir, importing);
            FaultlineProcess.Result refused = FaultlineProcess.run(workDir, "index", "--case", caseDir.toString(), "--wait", "0");
            assertEquals(2, refused.exitCode(), refused.err());
            assertTrue(refused.err().contains("is being written by faultline import (pid " + importing.pid()), refused.err());
            assertFalse(refused.err().contains("\tat "), refused.err());
        } finally {
            assertEquals(0, FaultlineProcess.finish(importing).exitCode());
        }
    }

    @Test
    void searchesWhileAnImportRunsSeeTheLastCommit() throws Exception {
        Path caseDir = workDir.resolve("search-while-importing");
        FaultlineProcess.Result seeded = FaultlineProcess.run(workDir, "import", "--case", caseDir.toString(),
                syslog(workDir, "seed.log", "seed-host", "seedmarker", 100).toString());
        assertEquals(0, seeded.exitCode(), seeded.err());
        Process importing = FaultlineProcess.start(workDir, "import", "--case", caseDir.toString(),
                syslog(workDir, "large.log", "large-host", "largemarker", 400_000).toString());
        int searches = 0;
        try {
            waitForLockHolder(caseDir, importing);
            while (importing.isAlive() && searches < 5) {
                assertEquals(100, hits(caseDir, "seedmarker"), "a search during the import sees the last commit");
                searches++;
            }
        } finally {
            assertEquals(0, FaultlineProcess.finish(importing).exitCode());
        }
        assertTrue(searches > 0, "no search ran while importing");
        assertEquals(400_000, hits(caseDir, "largemarker"));
    }

    @Test
    void importsAndRebuildsKilledAtRandomMomentsAreRepairedByTheNextWriter() throws Exception {
        Path caseDir = workDir.resolve("killed");
        FaultlineProcess.Result seeded = FaultlineProcess.run(workDir, "import", "--case", caseDir.toString(),
                syslog(workDir, "k-seed.log", "seed-host", "killseed", 1000).toString());
        assertEquals(0, seeded.exitCode(), seeded.err());
        Random random = new Random(Long.getLong("faultline.killSeed", System.nanoTime()));
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < KILL_ITERATIONS; i++) {
            String marker = "killmarker" + i;
            markers.add(marker);
            boolean rebuild = i % 3 == 2;
            Process victim = rebuild ? FaultlineProcess.start(workDir, "index", "--case", caseDir.toString())
                    : FaultlineProcess.start(workDir, "import", "--case", caseDir.toString(),
                            syslog(workDir, "k" + i + ".log", "host-" + i, marker, 150_000).toString());
            // killed while it writes: after it took the lock (the JVM start before that is no test)
            waitForLockHolder(caseDir, victim);
            long delay = random.nextInt(rebuild ? 2500 : 4000);
            victim.waitFor(delay, TimeUnit.MILLISECONDS);
            victim.destroyForcibly().waitFor(); // SIGKILL: ./faultline execs the JVM
            // the next writer finds the dead writer's lock record and repairs before it writes
            FaultlineProcess.Result next = FaultlineProcess.run(workDir, "import", "--case", caseDir.toString(),
                    syslog(workDir, "after" + i + ".log", "after-" + i, "aftermarker" + i, 10).toString());
            assertEquals(0, next.exitCode(), "iteration " + i + " (" + (rebuild ? "index" : "import") + " killed " + delay + " ms after it took the lock): "
                    + next.err());
            assertValidates(caseDir);
            assertEquals(10, hits(caseDir, "aftermarker" + i));
        }
        // every file the custody log records as copied is listed in the model and (when it has records) fully indexed
        String xmi = Files.readString(caseDir.resolve("investigation.xmi"));
        for (String line : Files.readAllLines(caseDir.resolve("custody.jsonl"))) {
            JsonNode entry = new ObjectMapper().readTree(line);
            assertTrue(xmi.contains(entry.get("sha256").asText()), "custody names evidence the model lacks: " + line);
        }
        for (int i = 0; i < markers.size(); i++) {
            long found = hits(caseDir, markers.get(i));
            assertTrue(found == 0 || found == 150_000, markers.get(i) + ": a file is in the index whole or not at all, found " + found);
            boolean listed = xmi.contains("path=\"k" + i + ".log\"");
            assertEquals(listed, found == 150_000, markers.get(i) + ": in the model exactly when in the index");
        }
    }

    /** Waits until {@code writer} holds the investigation's lock (its record is in the lock file), or has ended. */
    private static void waitForLockHolder(Path caseDir, Process writer) throws Exception {
        Path lock = caseDir.resolve(".faultline.lock");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end && writer.isAlive()) {
            if (Files.exists(lock) && Files.readString(lock).contains("\"pid\":" + writer.pid())) {
                return;
            }
            Thread.sleep(50);
        }
        if (writer.isAlive()) {
            throw new AssertionError("the writer did not take the lock in 60 s");
        }
    }
}
