package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver audit of the storage filter fleet (PowerShell-gathered driverquery /v /fo csv). */
class DriverAuditTest {

    @TempDir
    static Path dir;
    static ScenarioAnalysis run;

    @BeforeAll
    static void analyse() throws Exception {
        run = new ScenarioAnalysis(Scenarios.storageFilterUpdate(dir));
    }

    @AfterAll
    static void close() throws Exception {
        run.close();
    }

    @Test
    void theDriverInACrashClusterComesFirstWithItsReasons() throws Exception {
        Path baseline = dir.resolve("baseline.txt");
        Files.writeString(baseline, "# known-good server image (synthetic)\nACPI.sys\nntfs\nssflt\n");
        DriverAuditResult result = run.analysis.auditDrivers(run.clusters, DriverBaseline.read(baseline), AnalysisMonitor.NONE);
        DriverFinding first = result.drivers().get(0);
        assertEquals("ssflt", first.name());
        assertEquals(120, first.hosts(), "the host of each row comes from the PSComputerName column");
        assertEquals("File System", first.type());
        assertEquals("Boot", first.start());
        assertTrue(first.thirdParty());
        assertEquals(java.util.List.of(run.clusters.get(0).id()), first.inCrashClusters());
        assertEquals(100, first.risk(), first.reasons().toString());
        assertEquals("high", first.level());
        assertTrue(first.reasons().stream().anyMatch(r -> r.startsWith("boot-start")));
        assertTrue(first.reasons().stream().anyMatch(r -> r.startsWith("signer unknown")));

        DriverFinding vmxnet = result.drivers().stream().filter(d -> d.name().equals("vmxnet3")).findFirst().orElseThrow();
        assertTrue(vmxnet.inCrashClusters().isEmpty());
        assertTrue(vmxnet.reasons().stream().anyMatch(r -> r.startsWith("not in the baseline")), vmxnet.reasons().toString());
        assertEquals(50, vmxnet.risk(), vmxnet.reasons().toString());

        DriverFinding acpi = result.drivers().stream().filter(d -> d.name().equals("ACPI")).findFirst().orElseThrow();
        assertFalse(acpi.thirdParty());
        assertEquals(0, acpi.risk());

        HostDriverFinding host = result.hosts().get(0);
        assertEquals(4, host.drivers());
        assertEquals(java.util.List.of("ssflt"), host.inCrashClusters());
        assertEquals(java.util.List.of("vmxnet3"), host.notInBaseline());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("name no signers")));
    }

    @Test
    void aBaselineWithoutDriverNamesIsRejectedWithItsLine(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, "acpi\nssflt, Contoso\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DriverBaseline.read(bad));
        assertTrue(e.getMessage().contains("bad.txt:2"), e.getMessage());
    }
}
