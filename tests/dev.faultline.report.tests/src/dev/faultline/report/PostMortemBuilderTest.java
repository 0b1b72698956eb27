package dev.faultline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.RejectedProposal;
import dev.faultline.model.RelationKind;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.sample.SampleInvestigation;

/** Each section of the post-mortem built from the sample investigation. */
class PostMortemBuilderTest {

    @TempDir
    Path dir;

    private PostMortem sample() throws Exception {
        InvestigationFolder folder = SampleInvestigation.writeTo(dir.resolve("case"));
        return new PostMortemBuilder(folder).generatedAt(Instant.parse("2026-12-01T22:00:00Z")).build();
    }

    @Test
    void summaryHasTheKeyTimesAndTheImpact() throws Exception {
        PostMortem report = sample();
        SummarySection summary = report.summary();
        assertEquals("resolved", summary.status());
        assertEquals("critical", summary.severity());
        SummarySection.Incident incident = summary.incidents().get(0);
        assertEquals("2024-07-19 04:09 UTC", incident.start());
        assertEquals("not recorded", incident.detected());
        assertEquals("2024-07-19 05:27 UTC", incident.mitigated());
        assertEquals("2024-07-30 00:00 UTC", incident.resolved());
        assertEquals("sample-sources.md:5", incident.citations().get(0).place());
        assertEquals(4, summary.outages().size());
        assertTrue(summary.outages().stream().allMatch(SummarySection.Outage::reconstructed));
        assertEquals("8,500,000", summary.hostGroups().get(0).affected());
        assertEquals("not recorded", summary.hostGroups().get(0).hosts());
        assertTrue(summary.counts().contains("3 hosts"), summary.counts().toString());
        assertEquals("2026-12-01 22:00 UTC", report.generatedAt());
    }

    @Test
    void timelineIsOldestFirstWithOriginalTimesAndCitations() throws Exception {
        TimelineSection timeline = sample().timeline();
        assertEquals(10, timeline.events().size());
        assertEquals("2024-02-28 00:00 UTC", timeline.events().get(0).time());
        assertTrue(timeline.events().get(0).reconstructed());
        TimelineSection.Event release = timeline.events().stream().filter(e -> e.time().equals("2024-07-19 04:09 UTC"))
                .findFirst().orElseThrow();
        assertTrue(release.starred());
        assertEquals("04:09 UTC (UTC)", release.original());
        Citation citation = release.citations().get(0);
        assertEquals(64, citation.sha256().length());
        assertEquals(citation.sha256().substring(0, 12), citation.shortSha());
        assertTrue(citation.text().startsWith("sample-sources.md:5 (sha256 " + citation.shortSha()), citation.text());
        assertNull(timeline.axis(), "no time axis without the timeline contribution");
        assertFalse(timeline.notes().isEmpty(), "a missing picture is said, not left out");
    }

    @Test
    void causalChainListsEveryLink() throws Exception {
        DiagramSection diagram = sample().diagram();
        assertEquals(8, diagram.links().size());
        DiagramSection.Link crashes = diagram.links().stream().filter(l -> l.relation().equals("crashes")).findFirst()
                .orElseThrow();
        assertEquals("Driver 'csagent.sys'", crashes.cause());
        assertEquals("confirmed", crashes.confidence());
        assertEquals(4, diagram.links().stream().filter(DiagramSection.Link::reconstructed).count());
    }

    @Test
    void clustersDriversAndRemediations() throws Exception {
        PostMortem report = sample();
        ClusterSection.Cluster cluster = report.clusters().clusters().get(0);
        assertEquals("csagent+0xe14ed", cluster.signature());
        assertEquals(2, cluster.members().size());
        assertEquals("2 crashes on 2 hosts", cluster.crashes());
        assertEquals("2024-07-19 04:20 UTC (recorded in the investigation: 2024-07-19 04:09 UTC)", cluster.firstSeen());
        assertTrue(cluster.updates().stream().anyMatch(u -> u.startsWith("Channel File 291 released 2024-07-19 04:09 UTC, 11 min before")),
                cluster.updates().toString());
        assertEquals("0x50 PAGE_FAULT_IN_NONPAGED_AREA", cluster.members().get(0).bugcheck());
        DriverSection.Driver csagent = report.drivers().drivers().get(0);
        assertEquals("csagent.sys", csagent.name());
        assertTrue(csagent.inCrashes());
        assertTrue(csagent.risk().matches("\\d+ \\((high|medium|low)\\)"), csagent.risk());
        assertFalse(csagent.reasons().isEmpty(), "the audit says why");
        assertEquals("CrowdStrike", csagent.vendor());
        assertEquals(2, report.remediations().size());
        assertEquals("2024-07-19 05:27 UTC", report.remediations().get(0).performedAt());
        assertTrue(report.remediations().get(1).reconstructed());
    }

    @Test
    void openQuestionsAndAppendix() throws Exception {
        PostMortem report = sample();
        QuestionsSection questions = report.questions();
        assertTrue(questions.problems().isEmpty(), questions.problems().toString());
        assertTrue(questions.reconstructed().stream().anyMatch(r -> r.what().startsWith("Crash cluster 'csagent.sys")));
        assertTrue(questions.reconstructed().stream().anyMatch(r -> r.what().contains("\u203a Host state change")));
        PostMortem.EvidenceRow evidence = report.evidence().get(0);
        assertEquals("sample-sources.md", evidence.file());
        assertEquals(64, evidence.sha256().length());
        assertEquals("built-in sample", evidence.format());
        assertTrue(report.custody().isEmpty());
    }

    @Test
    void rejectedProposalsAreOpenQuestionsWithTheirReasons() throws Exception {
        InvestigationFolder folder = SampleInvestigation.writeTo(dir.resolve("rejected"));
        var investigation = folder.investigation();
        RejectedProposal rejected = FaultlineFactory.eINSTANCE.createRejectedProposal();
        rejected.setCause(investigation.getTimelineEvents().get(3));
        rejected.setEffect(investigation.getCrashClusters().get(0));
        rejected.setRelation(RelationKind.TRIGGERS);
        rejected.setProposedConfidence(20L);
        rejected.setProposedRationale("released the evening before the first crash");
        rejected.setReason("unrelated Azure incident");
        rejected.setRejectedBy("analyst");
        rejected.setRejectedAt(Instant.parse("2024-07-20T08:00:00Z"));
        investigation.getRejectedProposals().add(rejected);
        QuestionsSection.Rejected row = new PostMortemBuilder(folder).build().questions().rejected().get(0);
        assertTrue(row.proposal().startsWith("Timeline event 'Unrelated Azure service incident"), row.proposal());
        assertTrue(row.proposal().endsWith("(proposed with 20 % confidence)"), row.proposal());
        assertEquals("unrelated Azure incident", row.reason());
        assertEquals("2024-07-20 08:00 UTC by analyst", row.rejected());
    }

    @Test
    void onlyTheChosenSectionsAreWritten() throws Exception {
        PostMortem report = sample().only(Set.of(ReportSection.EVIDENCE, ReportSection.SUMMARY));
        assertEquals(List.of(ReportSection.SUMMARY, ReportSection.EVIDENCE), report.sections());
        assertTrue(report.has("evidence"));
        assertFalse(report.has("timeline"));
    }
}
