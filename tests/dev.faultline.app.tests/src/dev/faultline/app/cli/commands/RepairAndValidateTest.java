package dev.faultline.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.InProcessCli;
import dev.faultline.intake.EvidenceImporter;
import dev.faultline.intake.ImportBatch;
import dev.faultline.intake.ImportMonitor;
import dev.faultline.model.persistence.InvestigationFolder;

/** validate names what a killed import left, with its repair; repair fixes it; the next writer after a dead one repairs by itself. */
class RepairAndValidateTest {

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

    private String out() {
        return cli.out();
    }

    private Path log(String name, String marker) throws Exception {
        return Files.writeString(temp.resolve(name), "2024-07-19T04:09:01Z host1 csagent: " + marker + " loaded\n");
    }

    /** Copies and logs a file as an import does, then "dies": no index commit, no model save. */
    private static void killedImport(Path dir, Path file) throws Exception {
        InvestigationFolder folder = InvestigationFolder.open(dir);
        new EvidenceImporter(folder, "analyst").importAll(List.of(file), null, new ImportBatch(folder.investigation()), ImportMonitor.NONE);
    }

    @Test
    void validateFindsAKilledImportAndRepairFixesIt() throws Exception {
        Path dir = temp.resolve("case");
        assertEquals(ExitCode.OK, run("import", "--case", dir.toString(), log("a.log", "alphamarker").toString()));
        assertEquals(ExitCode.OK, run("validate", dir.toString()), out());
        killedImport(dir, log("b.log", "betamarker"));

        assertEquals(ExitCode.BAD_INPUT, run("validate", dir.toString()));
        assertTrue(out().contains("ERROR [integrity.evidence-not-in-model] evidence file " + dir.resolve("evidence/b.log")), out());
        assertTrue(out().contains("repair: faultline repair --case " + dir), out());

        assertEquals(ExitCode.OK, run("repair", "--case", dir.toString()), out() + cli.err());
        assertTrue(out().startsWith("repaired: added b.log to the model"), out());
        assertEquals(ExitCode.OK, run("validate", dir.toString()), out());
        assertEquals(ExitCode.OK, run("search", "--case", dir.toString(), "betamarker"));
        assertTrue(out().contains("1 hit, "), out());
    }

    @Test
    void theNextWriterAfterADeadOneRepairsBeforeItWrites() throws Exception {
        Path dir = temp.resolve("case");
        assertEquals(ExitCode.OK, run("import", "--case", dir.toString(), log("a.log", "alphamarker").toString()));
        killedImport(dir, log("b.log", "betamarker"));
        // the dead writer's record, as a kill -9 leaves it in the lock file
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dir.resolve(InvestigationFolder.LOCK_FILE), "{\"program\":\"faultline import\",\"pid\":" + gone.pid()
                + ",\"host\":\"here\",\"user\":\"analyst\",\"since\":\"2026-12-01T21:00:00Z\"}\n");

        assertEquals(ExitCode.OK, run("import", "--case", dir.toString(), log("c.log", "gammamarker").toString()), cli.err());
        assertTrue(cli.err().contains("the last writer, faultline import (pid " + gone.pid()), cli.err());
        assertTrue(cli.err().contains("repaired: added b.log"), cli.err());
        assertEquals(ExitCode.OK, run("validate", dir.toString()), out());
        assertFalse(out().contains("integrity"), out());
        assertEquals(ExitCode.OK, run("search", "--case", dir.toString(), "betamarker OR gammamarker OR alphamarker"));
        assertTrue(out().contains("3 hits"), out());
    }
}
