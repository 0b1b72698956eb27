package dev.faultline.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.InProcessCli;
import dev.faultline.intake.InvestigationLock;

/**
 * The analysis commands that save the model ({@code clusters}, {@code chain --accept/--reject}) take
 * the investigation's writer lock; the readers ({@code chain} without a decision, {@code timeline},
 * {@code search}, {@code validate}) work while another writer holds it.
 */
class ModelWritersLockTest {

    @TempDir
    Path temp;

    private InProcessCli cli;
    private final CountDownLatch release = new CountDownLatch(1);
    private CompletableFuture<Void> holder;

    @BeforeEach
    void cliInTemp() {
        cli = new InProcessCli(temp);
    }

    @AfterEach
    void releaseAndRestore() throws Exception {
        release.countDown();
        if (holder != null) {
            holder.get(10, TimeUnit.SECONDS);
        }
        cli.close();
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    /** An investigation with evidence, its writer lock then held by another thread (another writer) until the test ends. */
    private Path busyInvestigation() throws Exception {
        Path dir = temp.resolve("case");
        Path log = Files.writeString(temp.resolve("app.log"),
                "2024-07-19T04:09:01Z host1 csagent: channel file 291 loaded\n2024-07-19T04:09:02Z host1 kernel: bugcheck 0x50\n");
        assertEquals(ExitCode.OK, run("import", "--case", dir.toString(), log.toString()), err());
        CountDownLatch held = new CountDownLatch(1);
        holder = CompletableFuture.runAsync(() -> {
            try (InvestigationLock lock = InvestigationLock.acquire(dir, "faultline import", Duration.ZERO, null)) {
                held.countDown();
                release.await(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(held.await(10, TimeUnit.SECONDS));
        return dir;
    }

    private void assertRefusedNamingTheHolder() {
        assertTrue(err().contains("is being written by faultline import (pid " + ProcessHandle.current().pid()), err());
        assertFalse(err().contains("\tat "), "no stack trace: " + err());
    }

    @Test
    void clustersWaitsForTheWriterThenNamesIt() throws Exception {
        Path dir = busyInvestigation();
        String before = Files.readString(dir.resolve("investigation.xmi"));
        assertEquals(ExitCode.BAD_INPUT, run("clusters", "--case", dir.toString(), "--wait", "0"));
        assertRefusedNamingTheHolder();
        assertEquals(before, Files.readString(dir.resolve("investigation.xmi")), "nothing written");
    }

    @Test
    void chainDecisionsTakeTheLockProposingAloneDoesNot() throws Exception {
        Path dir = busyInvestigation();
        assertEquals(ExitCode.BAD_INPUT, run("chain", "--case", dir.toString(), "--propose", "--accept", "P1", "--wait", "0"));
        assertRefusedNamingTheHolder();
        assertEquals(ExitCode.BAD_INPUT, run("chain", "--case", dir.toString(), "--propose", "--reject", "P1", "--reason", "no", "--wait",
                "0"));
        assertRefusedNamingTheHolder();
        assertEquals(ExitCode.OK, run("chain", "--case", dir.toString(), "--propose"), err());
    }

    @Test
    void readersWorkWhileAWriterHoldsTheInvestigation() throws Exception {
        Path dir = busyInvestigation();
        assertEquals(ExitCode.OK, run("search", "--case", dir.toString(), "bugcheck"), err());
        assertTrue(out().contains("bugcheck 0x50"), out());
        assertEquals(ExitCode.OK, run("timeline", "--case", dir.toString(), "--format", "csv"), err());
        assertTrue(out().contains("channel file 291 loaded"), out());
        assertTrue(err().contains("another Faultline is writing this investigation"), err());
        assertEquals(ExitCode.OK, run("validate", dir.toString()), err());
    }
}
