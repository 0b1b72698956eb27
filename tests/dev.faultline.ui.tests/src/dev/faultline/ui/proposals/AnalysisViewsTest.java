package dev.faultline.ui.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.DriverFinding;
import dev.faultline.analysis.Proposal;
import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.model.CausalLink;
import dev.faultline.ui.clusters.ClustersView;
import dev.faultline.ui.drivers.DriverAuditView;
import dev.faultline.ui.intake.TestImports;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.SessionDiagrams;
import dev.faultline.ui.testing.FreshSample;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;

/**
 * The Crash Clusters, Proposed Links and Driver Audit views on a fresh copy of the sample with a
 * SYNTHETIC driver inventory (driverquery /v /fo csv gathered with PowerShell) imported.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AnalysisViewsTest {

    /** Synthetic rows, written for this test (not a real inventory). */
    private static final String INVENTORY = """
            "PSComputerName","Module Name","Display Name","Description","Driver Type","Start Mode","State","Status","Accept Stop","Accept Pause","Paged Pool(bytes)","Code(bytes)","BSS(bytes)","Link Date","Path","Init(bytes)"
            "checkin-kiosk-01 (illustrative)","CSAgent","CrowdStrike Falcon","CrowdStrike Falcon","File System ","System ","Running ","OK ","TRUE ","FALSE ","0","1,118,208","0","7/10/2024 3:11:02 PM","C:\\Windows\\system32\\drivers\\CrowdStrike\\csagent.sys","12,288"
            "checkin-kiosk-01 (illustrative)","ACPI","Microsoft ACPI Driver","Microsoft ACPI Driver","Kernel ","Boot ","Running ","OK ","TRUE ","FALSE ","0","610,304","0","5/4/2023 9:20:41 AM","C:\\Windows\\system32\\drivers\\ACPI.sys","28,672"
            "ward-workstation-07 (illustrative)","CSAgent","CrowdStrike Falcon","CrowdStrike Falcon","File System ","System ","Running ","OK ","TRUE ","FALSE ","0","1,118,208","0","7/10/2024 3:11:02 PM","C:\\Windows\\system32\\drivers\\CrowdStrike\\csagent.sys","12,288"
            "ward-workstation-07 (illustrative)","vmxnet3","vmxnet3 Ethernet Adapter","vmxnet3 Ethernet Adapter","Kernel ","Manual ","Running ","OK ","TRUE ","FALSE ","0","90,112","0","2/1/2024 1:00:00 PM","C:\\Windows\\system32\\drivers\\vmxnet3.sys","4,096"
            """;

    @TempDir
    Path dir;

    @Test
    void clustersProposalsAndTheDriverAuditOnTheSample() throws Exception {
        FreshSample.run(dir, this::run);
    }

    private void run(InvestigationSession session) throws Exception {
        Path inventory = dir.resolve("synthetic-driverquery.csv");
        Files.writeString(inventory, INVENTORY);
        TestImports.importFile(session, inventory);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

        ClustersView clusters = (ClustersView) page.showView(ClustersView.ID);
        clusters.runClustering();
        UiWait.forJobs(60_000);
        UiWait.flush();
        List<CrashClusterSummary> shown = clusters.clusters();
        assertEquals(1, shown.size(), clusters.statusText());
        assertEquals("csagent.sys out-of-bounds read (Channel File 291)", shown.get(0).name());
        assertTrue(clusters.statusText().startsWith("2 crashes in 1 clusters"), clusters.statusText());
        assertEquals(16, clusters.histogram().perMinute().length, "04:20 to 04:35, one bar a minute");

        ProposalsView proposals = (ProposalsView) page.showView(ProposalsView.ID);
        proposals.runProposals();
        UiWait.forJobs(60_000);
        UiWait.flush();
        Proposal sensor = proposals.proposals().proposals().stream().filter(p -> p.cause().label().equals("Sensor 7.11")).findFirst()
                .orElseThrow();
        assertEquals(Proposal.Status.PROPOSED, sensor.status());
        assertTrue(proposals.notesText().contains("Emergency call handling"), proposals.notesText());

        // reject with a reason: recorded in the investigation, undoable
        proposals.select(sensor);
        ProposalDetail detail = proposals.detail();
        assertFalse(detail.rejectButton().isEnabled(), "no reason yet");
        detail.reason().setText("7.11 is a precondition, not the trigger");
        assertTrue(detail.rejectButton().isEnabled());
        detail.rejectButton().notifyListeners(SWT.Selection, new Event());
        UiWait.forJobs(60_000);
        UiWait.flush();
        assertEquals(1, session.investigation().getRejectedProposals().size());
        assertEquals("7.11 is a precondition, not the trigger", session.investigation().getRejectedProposals().get(0).getReason());
        assertEquals(Proposal.Status.REJECTED, proposals.proposals().byId(sensor.id()).status());
        session.commandStack().undo();
        assertTrue(session.investigation().getRejectedProposals().isEmpty());

        // accept with an edited rationale: a causal link through the command stack
        proposals.runProposals();
        UiWait.forJobs(60_000);
        UiWait.flush();
        proposals.select(proposals.proposals().byId(sensor.id()));
        detail.rationale().setText("Latent precondition: the IPC template type shipped with 7.11.");
        int links = session.investigation().getCausalLinks().size();
        detail.acceptButton().notifyListeners(SWT.Selection, new Event());
        UiWait.forJobs(60_000);
        UiWait.flush();
        assertEquals(links + 1, session.investigation().getCausalLinks().size());
        CausalLink link = session.investigation().getCausalLinks().get(links);
        assertTrue(link.getRationale().startsWith("Latent precondition: the IPC template type shipped with 7.11."), link.getRationale());
        assertEquals(Proposal.Status.LINKED, proposals.proposals().byId(sensor.id()).status());
        // ... drawn into the investigation's causal-chain diagram in the same command: one undo takes both away
        Diagram chain = SessionDiagrams.of(session).get(DiagramFiles.DEFAULT_NAME);
        String linkId = session.folder().idOf(link);
        assertTrue(chain.getEdges().stream().anyMatch(e -> linkId.equals(e.getLinkId())), "the accepted link has an arrow in the diagram");
        session.commandStack().undo();
        assertFalse(session.investigation().getCausalLinks().contains(link));
        assertTrue(chain.getEdges().stream().noneMatch(e -> linkId.equals(e.getLinkId())), "undo took the arrow away with the link");
        session.commandStack().redo();
        assertTrue(chain.getEdges().stream().anyMatch(e -> linkId.equals(e.getLinkId())), "redo drew it again");
        session.save();
        assertTrue(DiagramFiles.load(session.folder(), DiagramFiles.DEFAULT_NAME).getEdges().stream()
                .anyMatch(e -> linkId.equals(e.getLinkId())), "Save wrote the arrow into diagrams/causal-chain.diagram");

        DriverAuditView drivers = (DriverAuditView) page.showView(DriverAuditView.ID);
        drivers.runAudit();
        UiWait.forJobs(60_000);
        UiWait.flush();
        // drivers implicated in crash clusters come first (the session may also hold the model's own
        // csagent driver from an earlier test's sample, ranked among them)
        List<DriverFinding> audited = drivers.shownOrder();
        int firstOutside = 0;
        while (firstOutside < audited.size() && !audited.get(firstOutside).inCrashClusters().isEmpty()) {
            firstOutside++;
        }
        assertTrue(firstOutside > 0, "the driver in a crash cluster comes first");
        assertTrue(audited.subList(firstOutside, audited.size()).stream().allMatch(d -> d.inCrashClusters().isEmpty()),
                "every driver in a crash cluster is listed before those in none");
        DriverFinding csagent = audited.subList(0, firstOutside).stream().filter(d -> d.name().equals("CSAgent")).findFirst()
                .orElseThrow(() -> new AssertionError("CSAgent from the PowerShell inventory is among the drivers in crash clusters"));
        assertEquals(2, csagent.hosts(), "hosts from the PSComputerName column");
        drivers.sortBy(2);
        UiWait.flush();
        List<String> names = drivers.shownOrder().stream().map(DriverFinding::name).toList();
        assertEquals(names.stream().sorted(Comparator.comparing(String::toLowerCase)).toList(), names);
        assertNotNull(drivers.result());
        session.commandStack().undo();
        session.save();
    }
}
