package dev.faultline.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.InProcessCli;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.model.persistence.InvestigationFolder;

/** Ordinary bad input to the writing commands: a clear message naming the path, exit 2, nothing half-made left behind. */
class WriterBadInputTest {

    @TempDir
    Path temp;

    private InProcessCli cli;

    @BeforeEach
    void cliInTemp() {
        cli = new InProcessCli(temp);
    }

    @AfterEach
    void restoreStateFolder() {
        cli.close();
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String err() {
        return cli.err();
    }

    private Path evidence() throws Exception {
        Path log = temp.resolve("app.log");
        Files.writeString(log, "2024-07-19T04:09:01Z host1 csagent: channel file 291 loaded\n2024-07-19T04:09:02Z host1 kernel: bugcheck 0x50\n");
        return log;
    }

    private void assertBadInputNaming(String expected) {
        assertTrue(err().contains(expected), err());
        assertFalse(err().contains("\tat "), "no stack trace: " + err());
        assertFalse(err().contains("Exception"), "no exception names: " + err());
    }

    @Test
    void importIntoAPlainFileIsBadInput() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        assertEquals(ExitCode.BAD_INPUT, run("import", "--case", file.toString(), evidence().toString()));
        assertBadInputNaming(file + ": is a file, not an investigation folder");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void importIntoAFolderHoldingSomethingElseIsBadInput() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(dir.resolve("cat.jpg"), "meow");
        assertEquals(ExitCode.BAD_INPUT, run("import", "--case", dir.toString(), evidence().toString()));
        assertBadInputNaming(dir + ": folder is not empty and holds no investigation");
        assertEquals(List.of("cat.jpg"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void importBelowAFileIsBadInput() throws Exception {
        Path file = Files.writeString(temp.resolve("plain"), "x");
        assertEquals(ExitCode.BAD_INPUT, run("import", "--case", file.resolve("case").toString(), evidence().toString()));
        assertBadInputNaming("cannot create " + file.resolve("case") + ": " + file + " is a file, not a folder");
    }

    @Test
    void importIntoAReadOnlyFolderIsBadInput() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("readonly"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "this user (root?) may write into a read-only folder: nothing to refuse here");
            assertEquals(ExitCode.BAD_INPUT, run("import", "--case", dir.toString(), evidence().toString()));
            assertBadInputNaming(dir + ": folder is not writable");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void indexOfAnEmptyFolderIsBadInputAndLeavesNoIndex() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("empty"));
        assertEquals(ExitCode.BAD_INPUT, run("index", "--case", dir.toString()));
        assertBadInputNaming(dir + ": not an investigation folder (no investigation.xmi)");
        assertEquals(0, Files.list(dir).count(), "nothing left behind");
        assertEquals(ExitCode.OK, run("import", "--case", dir.toString(), evidence().toString()), err());
    }

    @Test
    void indexOfADamagedModelNamesFileLineAndProblem() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("damaged"));
        Files.writeString(dir.resolve(InvestigationFolder.MODEL_FILE), "<?xml version=\"1.0\"?>\n<faultline:Investigation title=\"x\"\n");
        assertEquals(ExitCode.BAD_INPUT, run("index", "--case", dir.toString()));
        assertBadInputNaming(dir.resolve(InvestigationFolder.MODEL_FILE) + ":");
        assertFalse(err().contains("publicId"), err());
        assertFalse(Files.exists(dir.resolve("index")), "no index/ made for a model that cannot be read");
    }

    @Test
    void sampleIntoAPathThatCannotBeCreatedIsBadInput() throws Exception {
        Path file = Files.writeString(temp.resolve("plain"), "x");
        assertEquals(ExitCode.BAD_INPUT, run("sample", file.resolve("cf291").toString()));
        assertBadInputNaming("cannot create " + file.resolve("cf291"));
    }

    @Test
    void aSecondWriterWaitsThenNamesTheHolder() throws Exception {
        Path dir = temp.resolve("busy");
        assertEquals(ExitCode.OK, run("import", "--case", dir.toString(), evidence().toString()), err());
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try (InvestigationLock lock = InvestigationLock.acquire(dir, "faultline workbench (save)", Duration.ZERO, null)) {
                held.countDown();
                done.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(held.await(10, TimeUnit.SECONDS));
        try {
            Path other = Files.writeString(temp.resolve("other.log"), "2024-07-19T05:00:00Z host2 kernel: bugcheck 0x50\n");
            assertEquals(ExitCode.BAD_INPUT, run("import", "--case", dir.toString(), "--wait", "1", other.toString()));
            assertBadInputNaming("is being written by faultline workbench (save) (pid " + ProcessHandle.current().pid());
            assertTrue(err().contains("waiting up to 1 s"), err());
            assertTrue(err().contains("--wait SECONDS"), err());
        } finally {
            done.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anInternalErrorIsOneLineNamingTheLogFileAndDebugPrintsTheTrace() throws Exception {
        CliCommand broken = new CliCommand() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String summary() {
                return "fails";
            }

            @Override
            public String usage() {
                return "Usage: faultline broken";
            }

            @Override
            public int run(CliContext context, List<String> args) {
                throw new IllegalStateException("invariant broken\nsecond line");
            }
        };
        try (InProcessCli failing = new InProcessCli(temp, List.of(broken))) {
            assertEquals(ExitCode.INTERNAL, failing.run("broken"));
            List<String> lines = failing.err().lines().toList();
            assertEquals(1, lines.size(), failing.err());
            assertTrue(lines.get(0).startsWith("faultline broken: internal error: java.lang.IllegalStateException: invariant broken second line;"
                    + " the full trace is in " + temp.resolve("home/logs")), failing.err());
            Path log = Path.of(lines.get(0).replaceAll(".* the full trace is in (\\S+) .*", "$1"));
            assertTrue(Files.readString(log).contains("\tat "), "the log holds the trace");

            assertEquals(ExitCode.INTERNAL, failing.run("--debug", "broken"));
            assertTrue(failing.err().contains("\tat "), failing.err());
        }
    }
}
