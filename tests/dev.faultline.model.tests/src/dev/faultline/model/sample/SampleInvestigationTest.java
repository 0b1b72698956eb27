package dev.faultline.model.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.Driver;
import dev.faultline.model.Fact;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.RelationKind;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;
import dev.faultline.model.UpdateKind;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.validation.InvestigationValidator;
import dev.faultline.model.validation.Problem;

class SampleInvestigationTest {

    @TempDir
    Path temp;

    private final Investigation sample = SampleInvestigation.create();

    @Test
    void carriesThePublishedFacts() {
        assertEquals("CrowdStrike Falcon channel file 291 \u2014 19 July 2024 (reconstructed)", sample.getTitle());
        Update cf291 = sample.getUpdates().stream().filter(u -> u.getKind() == UpdateKind.CONTENT).findFirst().orElseThrow();
        assertEquals("Channel File 291", cf291.getIdentifier());
        assertEquals(Instant.parse("2024-07-19T04:09:00Z"), cf291.getReleasedAt());
        assertEquals(Instant.parse("2024-07-19T05:27:00Z"), cf291.getRevertedAt());
        assertEquals("C:\\Windows\\System32\\drivers\\CrowdStrike\\C-00000291*.sys", cf291.getFiles().get(0).getPath());
        Driver csagent = sample.getDrivers().get(0);
        assertEquals("csagent.sys", csagent.getFileName());
        assertEquals(List.of(csagent), cf291.getConsumedBy());
        HostGroup fleet = sample.getHostGroups().get(0);
        assertEquals(8_500_000L, fleet.getAffectedCount());
        assertEquals(Set.of("0x50 PAGE_FAULT_IN_NONPAGED_AREA", "0x7E SYSTEM_THREAD_EXCEPTION_NOT_HANDLED"),
                sample.getCrashAnalyses().stream().map(c -> c.getBugcheckCode() + " " + c.getBugcheckName()).collect(Collectors.toSet()));
        CrashAnalysis pageFault = sample.getCrashAnalyses().get(0);
        assertEquals("csagent+0xe14ed", pageFault.getSymbolName());
        assertEquals("0xffff840500000074", pageFault.getParameter1());
        assertEquals(Set.of("airlines", "hospitals", "banks", "emergency services"),
                sample.getOutages().stream().map(Outage::getSector).collect(Collectors.toSet()));
        assertTrue(sample.getRemediations().stream().anyMatch(r -> r.getAction().contains("Safe Mode")
                && r.getAction().contains("WinRE") && r.getAction().contains("BitLocker recovery key")));
    }

    @Test
    void causalChainRunsFromUpdateThroughDriverAndBugcheckToEveryOutage() {
        List<CausalLink> links = sample.getCausalLinks();
        assertTrue(links.stream().anyMatch(l -> l.getRelation() == RelationKind.LOADED_BY && l.getCause() instanceof Update
                && l.getEffect() instanceof Driver));
        assertTrue(links.stream().anyMatch(l -> l.getRelation() == RelationKind.CRASHES && l.getCause() instanceof Driver));
        assertEquals(4, links.stream().filter(l -> l.getRelation() == RelationKind.CAUSES_OUTAGE).count());
        assertTrue(links.stream().anyMatch(l -> l.getRationale().contains("21 input parameter fields")
                && l.getRationale().contains("only 20 input values")));
        for (CausalLink link : links) {
            assertTrue(link.getRationale().contains("https://"), "rationale without source: " + link.getRationale());
            assertFalse(link.getCitations().isEmpty());
        }
    }

    @Test
    void illustrativeValuesAreMarkedReconstructed() {
        for (Host host : sample.getHosts()) {
            assertTrue(host.isReconstructed(), host.getName());
            assertTrue(host.getName().endsWith("(illustrative)"), host.getName());
        }
        for (Outage outage : sample.getOutages()) {
            assertTrue(outage.isReconstructed(), outage.getService());
        }
        for (CrashAnalysis crash : sample.getCrashAnalyses()) {
            assertTrue(crash.isReconstructed());
        }
        Update cf291 = sample.getUpdates().get(1);
        assertFalse(cf291.isReconstructed(), "release and revert times are published");
    }

    @Test
    void everyFactNamesASourceOrIsMarkedReconstructed() {
        List<Fact> facts = new ArrayList<>();
        sample.eAllContents().forEachRemaining(o -> {
            if (o instanceof Fact fact) {
                facts.add(fact);
            }
        });
        assertTrue(facts.size() > 30, "facts: " + facts.size());
        for (Fact fact : facts) {
            String text = (fact.getDescription() == null ? "" : fact.getDescription())
                    + (fact instanceof CausalLink l ? l.getRationale() : "")
                    + (fact instanceof TimelineEvent e ? e.getSource() : "");
            assertTrue(fact.isReconstructed() || text.contains("https://") || !fact.getCitations().isEmpty()
                    || fact.eContainer() instanceof Fact && ((Fact) fact.eContainer()).isReconstructed(),
                    "unsourced fact: " + fact);
        }
    }

    @Test
    void validatesCleanlyInMemoryAndOnDisk() throws IOException {
        assertEquals(List.of(), new InvestigationValidator().validate(sample, null));

        InvestigationFolder folder = SampleInvestigation.writeTo(temp.resolve("sample"));

        List<Problem> problems = new InvestigationValidator().validate(folder);
        assertEquals(List.of(), problems);
        assertTrue(Files.isRegularFile(folder.evidenceDir().resolve("sample-sources.md")));
        assertFalse(Files.getPosixFilePermissions(folder.evidenceDir().resolve("sample-sources.md"))
                .contains(PosixFilePermission.OWNER_WRITE), "evidence copy must be read-only");
    }

    @Test
    void roundTripsThroughItsFolderAndIsWrittenIdenticallyEveryTime() throws IOException {
        InvestigationFolder first = SampleInvestigation.writeTo(temp.resolve("one"));
        InvestigationFolder second = SampleInvestigation.writeTo(temp.resolve("two"));

        InvestigationFolder reopened = InvestigationFolder.open(temp.resolve("one"));

        assertTrue(EcoreUtil.equals(sample, reopened.investigation()));
        assertArrayEquals(Files.readAllBytes(first.modelFile()), Files.readAllBytes(second.modelFile()));
        String xml = Files.readString(first.modelFile());
        assertTrue(xml.contains("xmi:id=\"update-2\""), "readable ids");
        assertTrue(xml.contains("identifier=\"Channel File 291\""));
        assertEquals("update-2", reopened.idOf(reopened.investigation().getUpdates().get(1)));
    }

    @Test
    void agreesWithTheProjectsSourceNotes() throws IOException {
        Path data = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(data), "shared data folder absent: " + data);
        String notes = Files.readString(data.resolve("crowdstrike/CROWDSTRIKE_CF291_NOTES.md"));
        for (String fact : List.of("**04:09 UTC**", "**05:27 UTC**", "**21 input parameter fields**", "**only 20 input values**",
                "**8.5 million**", "csagent+0xe14ed", "`C-00000291-`", "**version 7.11 and above**")) {
            assertTrue(notes.contains(fact), "notes lost: " + fact);
        }
        for (String url : List.of(SampleSources.TECHNICAL_DETAILS, SampleSources.PIR, SampleSources.RCA, SampleSources.MICROSOFT,
                SampleSources.IMPACT, SampleSources.MANUAL_RECOVERY, SampleSources.AZURE)) {
            assertTrue(notes.contains(url.replaceAll("/$", "")), "source not in the notes: " + url);
        }
    }
}
