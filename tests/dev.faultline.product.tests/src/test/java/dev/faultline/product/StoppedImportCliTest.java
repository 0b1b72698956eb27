package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import of a .zip stopped with SIGTERM (what {@code timeout} and service managers send) in the
 * middle leaves no expanded copy of the archive in the temporary folder — an entry may be gigabytes
 * — and what it left of the investigation is repaired by {@code repair}.
 */
class StoppedImportCliTest {

    @TempDir
    Path workDir;

    @Test
    void anImportStoppedWithSigtermLeavesNoExpandedArchiveBehind() throws Exception {
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        Path log = IntegrityCliTest.syslog(workDir, "fleet.log", "zip-host", "zipmarker", 400_000);
        Path zip = workDir.resolve("fleet.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("fleet.log"));
            Files.copy(log, out);
            out.closeEntry();
        }
        Path caseDir = workDir.resolve("case");
        Process importing = FaultlineProcess.start(workDir, Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp), "import", "--case",
                caseDir.toString(), zip.toString());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (importing.isAlive() && expanded(tmp).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!importing.isAlive() || expanded(tmp).size() != 1) {
            FaultlineProcess.Result ended = FaultlineProcess.finish(importing);
            throw new AssertionError("the import ended or never expanded the archive before the test could stop it: exit "
                    + ended.exitCode() + "\n" + ended.out() + ended.err());
        }

        importing.destroy(); // SIGTERM: ./faultline execs the JVM
        assertTrue(importing.waitFor(1, TimeUnit.MINUTES), "the stopped import ended");
        assertEquals(List.of(), expanded(tmp), "no expanded archive is left behind");

        if (Files.exists(caseDir.resolve("investigation.xmi"))) {
            FaultlineProcess.Result repaired = FaultlineProcess.run(workDir, "repair", "--case", caseDir.toString());
            assertEquals(0, repaired.exitCode(), repaired.out() + repaired.err());
            FaultlineProcess.Result validated = FaultlineProcess.run(workDir, "validate", caseDir.toString());
            assertEquals(0, validated.exitCode(), validated.out() + validated.err());
        }
    }

    private static List<Path> expanded(Path tmp) throws Exception {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.filter(p -> p.getFileName().toString().startsWith("faultline-zip-")).toList();
        }
    }
}
