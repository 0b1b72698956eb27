package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.CausalLink;
import dev.faultline.model.Confidence;
import dev.faultline.model.RejectedProposal;
import dev.faultline.model.persistence.InvestigationFolder;

/** Accepting and rejecting go through the command stack, undo, and survive a save. */
class ProposalDecisionsTest {

    @TempDir
    Path dir;

    @Test
    void acceptMakesCitedLinksAndRejectRecordsTheReason() throws Exception {
        InvestigationFolder folder = Scenarios.crashWaveWithoutUpdate(dir);
        try (ScenarioAnalysis run = new ScenarioAnalysis(folder)) {
            CrashClusterSummary cluster = run.clusters.get(0);
            Proposal driver = run.link("fabnic.sys", cluster.name());
            Proposal outage = run.link(cluster.name(), "Store checkout");
            int links = folder.investigation().getCausalLinks().size();

            run.domain.getCommandStack().execute(ProposalDecisions.accept(run.domain, folder.investigation(), List.of(driver)));
            assertEquals(links + 1, folder.investigation().getCausalLinks().size());
            CausalLink link = folder.investigation().getCausalLinks().get(links);
            assertEquals(driver.causeNode(), link.getCause());
            assertEquals(cluster.modelCluster(), link.getEffect());
            assertEquals(Confidence.HIGH, link.getConfidence());
            assertTrue(link.getRationale().startsWith(driver.rationale()));
            assertFalse(link.getCitations().isEmpty());
            assertTrue(link.getCitations().stream().allMatch(c -> c.getEvidence() != null));

            run.domain.getCommandStack().execute(ProposalDecisions.reject(run.domain, folder.investigation(), outage,
                    "the checkout outage was the payment provider's", "analyst"));
            run.repropose();
            assertEquals(Proposal.Status.LINKED, run.proposals.byId(driver.id()).status());
            assertEquals(Proposal.Status.REJECTED, run.proposals.byId(outage.id()).status());

            folder.save();
            InvestigationFolder reopened = InvestigationFolder.open(folder.root());
            RejectedProposal rejected = reopened.investigation().getRejectedProposals().get(0);
            assertEquals(outage.id(), rejected.getProposalId());
            assertEquals("the checkout outage was the payment provider's", rejected.getReason());
            assertEquals("Store checkout", ((dev.faultline.model.Outage) rejected.getEffect()).getService());
            assertNotNull(rejected.getRejectedAt());
            assertEquals(reopened.investigation().getCrashClusters().get(0), reopened.investigation().getCausalLinks().get(links).getEffect(),
                    "the recorded cluster and the link to it are saved");

            run.domain.getCommandStack().undo();
            run.domain.getCommandStack().undo();
            assertEquals(links, folder.investigation().getCausalLinks().size());
            assertTrue(folder.investigation().getRejectedProposals().isEmpty());
        }
    }
}
