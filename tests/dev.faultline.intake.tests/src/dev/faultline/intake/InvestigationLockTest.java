package dev.faultline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.persistence.InvestigationFolder;

class InvestigationLockTest {

    @TempDir
    Path dir;

    @Test
    void theHolderIsNamedAndASecondWriterIsRefusedAfterItsWait() throws Exception {
        try (InvestigationLock lock = InvestigationLock.acquire(dir, "faultline import", Duration.ZERO, null)) {
            LockHolder me = InvestigationLock.holder(dir).orElseThrow();
            assertEquals("faultline import", me.program());
            assertEquals(ProcessHandle.current().pid(), me.pid());
            assertEquals(Boolean.TRUE, me.processAlive().orElseThrow());
            assertTrue(Files.readString(dir.resolve(InvestigationFolder.LOCK_FILE)).contains("\"program\":\"faultline import\""));
            long started = System.nanoTime();
            InvestigationLockedException refused = CompletableFuture.supplyAsync(() -> assertThrows(InvestigationLockedException.class,
                    () -> InvestigationLock.acquire(dir, "faultline index", Duration.ofMillis(300), null))).get(10, TimeUnit.SECONDS);
            assertTrue(System.nanoTime() - started >= 250_000_000L, "did not wait");
            assertEquals(me, refused.holder());
            assertTrue(refused.getMessage().contains("being written by faultline import (pid " + me.pid()), refused.getMessage());
        }
        assertTrue(InvestigationLock.holder(dir).isEmpty(), "released");
        assertEquals(0, Files.size(dir.resolve(InvestigationFolder.LOCK_FILE)), "a clean release leaves no record");
    }

    @Test
    void aWaitingWriterIsToldWhoHoldsItAndGetsItWhenReleased() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (InvestigationLock lock = InvestigationLock.acquire(dir, "first", Duration.ZERO, null)) {
                held.countDown();
                Thread.sleep(400);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(held.await(10, TimeUnit.SECONDS));
        List<LockHolder> told = new CopyOnWriteArrayList<>();
        try (InvestigationLock lock = InvestigationLock.acquire(dir, "second", Duration.ofSeconds(20), told::add)) {
            assertEquals("second", lock.holderRecord().program());
            assertTrue(lock.staleHolder().isEmpty(), "the first released cleanly");
        }
        first.get(10, TimeUnit.SECONDS);
        assertEquals(1, told.size(), "told once");
        assertEquals("first", told.get(0).program());
    }

    @Test
    void theHoldingThreadMayTakeItAgain() throws Exception {
        try (InvestigationLock outer = InvestigationLock.acquire(dir, "outer", Duration.ZERO, null)) {
            try (InvestigationLock inner = InvestigationLock.acquire(dir, "inner", Duration.ZERO, null)) {
                assertSame(outer.holderRecord(), inner.holderRecord());
            }
            assertEquals("outer", InvestigationLock.holder(dir).orElseThrow().program(), "the inner close keeps the lock");
        }
        assertTrue(InvestigationLock.holder(dir).isEmpty());
    }

    @Test
    void theRecordOfADeadWriterIsAStaleLock() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        LockHolder dead = new LockHolder("faultline import", gone.pid(), LockHolder.ofThisProcess("x").host(), "ana",
                Instant.parse("2026-12-01T21:00:00Z"));
        Files.writeString(dir.resolve(InvestigationFolder.LOCK_FILE), dead.toJson(), StandardCharsets.UTF_8);
        assertTrue(InvestigationLock.holder(dir).isEmpty(), "a record nobody holds is not a holder");
        try (InvestigationLock lock = InvestigationLock.acquire(dir, "faultline repair", Duration.ZERO, null)) {
            LockHolder stale = lock.staleHolder().orElseThrow();
            assertEquals(dead, stale);
            assertEquals(Boolean.FALSE, stale.processAlive().orElseThrow());
        }
    }

    @Test
    void aRecordCutShortIsNoHolder() {
        assertTrue(LockHolder.parse("{\"program\":\"faultline imp").isEmpty());
        assertTrue(LockHolder.parse("").isEmpty());
    }

    @Test
    void anotherProcessHoldingTheLockIsWaitedForAndNamed() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3 to hold a POSIX lock from another process");
        Path file = dir.resolve(InvestigationFolder.LOCK_FILE);
        LockHolder other = new LockHolder("other writer", 999_999, "elsewhere", "bo", Instant.parse("2026-12-01T21:00:00Z"));
        Files.writeString(file, other.toJson(), StandardCharsets.UTF_8);
        Process holder = new ProcessBuilder(python.toString(), "-c",
                "import fcntl,sys,time\nf=open(sys.argv[1],'r+')\nfcntl.lockf(f,fcntl.LOCK_EX)\nprint('held',flush=True)\ntime.sleep(1.0)\n",
                file.toString()).redirectErrorStream(true).start();
        try {
            assertEquals("held", new String(holder.getInputStream().readNBytes(4), StandardCharsets.UTF_8));
            InvestigationLockedException refused = assertThrows(InvestigationLockedException.class,
                    () -> InvestigationLock.acquire(dir, "faultline import", Duration.ZERO, null));
            assertEquals(other, refused.holder());
            assertEquals(other, InvestigationLock.holder(dir).orElseThrow());
            assertTrue(other.processAlive().isEmpty(), "another host: cannot be told");
            try (InvestigationLock lock = InvestigationLock.acquire(dir, "faultline import", Duration.ofSeconds(30), null)) {
                assertNotNull(lock.staleHolder().orElse(null), "the other process exited without emptying its record");
                assertFalse(lock.holderRecord().equals(other));
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
