package dev.faultline.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CausalNode;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.HostState;
import dev.faultline.model.HostStateChange;
import dev.faultline.model.Incident;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.RelationKind;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;
import dev.faultline.model.UpdateFile;
import dev.faultline.model.persistence.InvestigationFolder;

/** Each rule once firing and once not firing, with the object named in the message. */
class FaultlineRulesTest {

    private static final FaultlineFactory F = FaultlineFactory.eINSTANCE;
    private static final Instant T0 = Instant.parse("2024-07-19T04:09:00Z");

    private final InvestigationValidator validator = new InvestigationValidator();
    private Investigation investigation;

    @TempDir
    Path evidenceDir;

    @BeforeEach
    void validInvestigation() {
        investigation = F.createInvestigation();
        investigation.setTitle("rules");
    }

    private List<Problem> problems(String rule) {
        return validator.validate(investigation, evidenceDir).stream().filter(p -> p.rule().equals(rule)).toList();
    }

    private Problem single(String rule) {
        List<Problem> found = problems(rule);
        assertEquals(1, found.size(), () -> rule + ": " + validator.validate(investigation, evidenceDir));
        return found.get(0);
    }

    private void assertNone(String rule) {
        assertEquals(List.of(), problems(rule));
    }

    @Test
    void aMinimalInvestigationHasNoProblems() {
        assertEquals(List.of(), validator.validate(investigation, evidenceDir));
    }

    @Test
    void investigationNeedsATitle() {
        assertNone(Rules.INVESTIGATION_TITLE);
        investigation.setTitle(" ");
        assertEquals(Problem.Severity.ERROR, single(Rules.INVESTIGATION_TITLE).severity());
    }

    @Test
    void displayTimeZoneMustBeAZoneId() {
        investigation.setDisplayTimeZone("Europe/Berlin");
        assertNone(Rules.INVESTIGATION_TIME_ZONE);
        investigation.setDisplayTimeZone("Mars/Olympus");
        assertTrue(single(Rules.INVESTIGATION_TIME_ZONE).message().contains("'Mars/Olympus'"));
    }

    @Test
    void incidentTimesMustBeOrdered() {
        Incident incident = F.createIncident();
        incident.setTitle("boot loops");
        incident.setStart(T0);
        incident.setDetected(T0.plusSeconds(600));
        incident.setResolved(T0.plusSeconds(3600));
        investigation.getIncidents().add(incident);
        assertNone(Rules.INCIDENT_TIMES_ORDERED);

        incident.setMitigated(T0.plusSeconds(7200));

        Problem problem = single(Rules.INCIDENT_TIMES_ORDERED);
        assertSame(incident, problem.object());
        assertEquals("Incident 'boot loops': resolved (2024-07-19T05:09:00Z) is before mitigated (2024-07-19T06:09:00Z)",
                problem.message());
    }

    @Test
    void revertedAtMustBeAfterReleasedAt() {
        Update update = F.createUpdate();
        update.setIdentifier("Channel File 291");
        update.setReleasedAt(T0);
        update.setRevertedAt(Instant.parse("2024-07-19T05:27:00Z"));
        investigation.getUpdates().add(update);
        assertNone(Rules.UPDATE_REVERTED_AFTER_RELEASED);

        update.setRevertedAt(Instant.parse("2024-07-19T03:27:00Z"));

        Problem problem = single(Rules.UPDATE_REVERTED_AFTER_RELEASED);
        assertTrue(problem.message().startsWith("Update 'Channel File 291': reverted at 2024-07-19T03:27:00Z"), problem.message());
    }

    @Test
    void timelineEventsNeedInstantAndSource() {
        TimelineEvent event = F.createTimelineEvent();
        event.setMessage("sensor crashed");
        event.setInstant(T0);
        event.setSource("System.evtx");
        investigation.getTimelineEvents().add(event);
        assertNone(Rules.TIMELINE_INSTANT_REQUIRED);
        assertNone(Rules.TIMELINE_SOURCE_REQUIRED);

        event.setInstant(null);
        event.setOriginalTimestamp("19/07/2024 04:10");
        event.setSource("");

        assertEquals("Timeline event 'sensor crashed' has no instant (original timestamp '19/07/2024 04:10')",
                single(Rules.TIMELINE_INSTANT_REQUIRED).message());
        assertEquals("Timeline event 'sensor crashed' has no source", single(Rules.TIMELINE_SOURCE_REQUIRED).message());
    }

    @Test
    void outageEndMustNotPrecedeStart() {
        Outage outage = F.createOutage();
        outage.setService("check-in");
        outage.setStart(T0);
        outage.setEnd(T0);
        investigation.getOutages().add(outage);
        assertNone(Rules.OUTAGE_END_AFTER_START);
        outage.setEnd(T0.minusSeconds(1));
        assertTrue(single(Rules.OUTAGE_END_AFTER_START).message().startsWith("Outage 'check-in': end"));
    }

    @Test
    void clusterLastSeenMustNotPrecedeFirstSeen() {
        CrashCluster cluster = F.createCrashCluster();
        cluster.setName("csagent");
        cluster.setFirstSeen(T0);
        cluster.setLastSeen(T0.plusSeconds(60));
        investigation.getCrashClusters().add(cluster);
        assertNone(Rules.CLUSTER_LAST_AFTER_FIRST);
        cluster.setLastSeen(T0.minusSeconds(60));
        assertSame(cluster, single(Rules.CLUSTER_LAST_AFTER_FIRST).object());
    }

    @Test
    void hostGroupCountsMustBeConsistent() {
        HostGroup group = F.createHostGroup();
        group.setName("Windows fleet");
        group.setHostCount(100L);
        group.setAffectedCount(80L);
        group.setRecoveredCount(80L);
        investigation.getHostGroups().add(group);
        assertNone(Rules.HOST_GROUP_COUNTS);

        group.setRecoveredCount(81L);
        assertEquals("Host group 'Windows fleet': 81 recovered hosts exceed the 80 affected hosts",
                single(Rules.HOST_GROUP_COUNTS).message());
        group.setRecoveredCount(null);
        group.setAffectedCount(101L);
        assertTrue(single(Rules.HOST_GROUP_COUNTS).message().contains("101 affected hosts exceed the group's 100 hosts"));
        group.setAffectedCount(-1L);
        assertTrue(single(Rules.HOST_GROUP_COUNTS).message().contains("negative"));
    }

    @Test
    void hostStateChangesOutOfOrderAreAWarning() {
        Host host = F.createHost();
        host.setName("wks-01");
        host.getStateChanges().add(state(T0, HostState.CRASHED));
        host.getStateChanges().add(state(T0.plusSeconds(60), HostState.BOOT_LOOPING));
        investigation.getHosts().add(host);
        assertNone(Rules.HOST_STATES_ORDERED);

        host.getStateChanges().add(state(T0.minusSeconds(60), HostState.HEALTHY));

        Problem problem = single(Rules.HOST_STATES_ORDERED);
        assertEquals(Problem.Severity.WARNING, problem.severity());
        assertTrue(problem.message().startsWith("Host 'wks-01': state change to healthy at 2024-07-19T04:08:00Z"), problem.message());
    }

    @Test
    void bugcheckCodeMustBeHex() {
        CrashAnalysis crash = F.createCrashAnalysis();
        crash.setBugcheckCode("0x50");
        crash.setBugcheckName("PAGE_FAULT_IN_NONPAGED_AREA");
        investigation.getCrashAnalyses().add(crash);
        assertNone(Rules.BUGCHECK_CODE_HEX);
        crash.setBugcheckCode("page fault");
        assertTrue(single(Rules.BUGCHECK_CODE_HEX).message().startsWith("Crash analysis 'page fault PAGE_FAULT_IN_NONPAGED_AREA'"));
    }

    @Test
    void sha256MustBe64HexDigits() {
        Driver driver = F.createDriver();
        driver.setFileName("csagent.sys");
        driver.setSha256("ab".repeat(32));
        Update update = F.createUpdate();
        UpdateFile file = F.createUpdateFile();
        file.setPath("C-00000291-00000000-00000032.sys");
        update.getFiles().add(file);
        investigation.getDrivers().add(driver);
        investigation.getUpdates().add(update);
        assertNone(Rules.SHA256_FORMAT);

        driver.setSha256("abc");
        assertEquals("Driver 'csagent.sys': SHA-256 'abc' is not 64 hexadecimal digits", single(Rules.SHA256_FORMAT).message());
        driver.setSha256(null);
        file.setSha256("not-a-hash");
        assertSame(file, single(Rules.SHA256_FORMAT).object());
    }

    @Test
    void causalLinksNeedBothEnds() {
        Update update = update("CF291", T0);
        CausalLink link = link(update, null, RelationKind.TRIGGERS);
        assertEquals("Causal link 'CF291' \u2192 (none) needs both a cause and an effect",
                single(Rules.CAUSAL_ENDS_REQUIRED).message());
        link.setEffect(update("other", T0));
        assertNone(Rules.CAUSAL_ENDS_REQUIRED);
    }

    @Test
    void causeMustNotComeAfterItsEffect() {
        Update update = update("CF291", T0);
        CrashAnalysis crash = F.createCrashAnalysis();
        crash.setBugcheckCode("0x50");
        crash.setTime(T0.plusSeconds(300));
        investigation.getCrashAnalyses().add(crash);
        CausalLink link = link(update, crash, RelationKind.CRASHES);
        assertNone(Rules.CAUSAL_CAUSE_AFTER_EFFECT);

        crash.setTime(T0.minusSeconds(300));

        Problem problem = single(Rules.CAUSAL_CAUSE_AFTER_EFFECT);
        assertSame(link, problem.object());
        assertEquals("Causal link 'CF291' \u2192 '0x50': the cause (Update 'CF291', 2024-07-19T04:09:00Z) comes after its effect"
                + " (Crash analysis '0x50', 2024-07-19T04:04:00Z)", problem.message());
    }

    @Test
    void mitigationsMayComeAfterWhatTheyMitigate() {
        TimelineEvent revert = event("revert", T0.plusSeconds(4680));
        CrashCluster cluster = F.createCrashCluster();
        cluster.setFirstSeen(T0);
        investigation.getCrashClusters().add(cluster);
        link(revert, cluster, RelationKind.MITIGATES);
        assertNone(Rules.CAUSAL_CAUSE_AFTER_EFFECT);
        link(revert, cluster, RelationKind.TRIGGERS);
        assertEquals(1, problems(Rules.CAUSAL_CAUSE_AFTER_EFFECT).size());
    }

    @Test
    void causalCyclesAreReportedOnEveryLinkOfTheCycle() {
        Update a = update("A", T0);
        Update b = update("B", T0);
        Update c = update("C", T0);
        link(a, b, RelationKind.TRIGGERS);
        CausalLink bc = link(b, c, RelationKind.TRIGGERS);
        assertNone(Rules.CAUSAL_CYCLE);

        CausalLink ca = link(c, a, RelationKind.TRIGGERS);

        List<Problem> cycle = problems(Rules.CAUSAL_CYCLE);
        assertEquals(3, cycle.size());
        assertTrue(cycle.stream().anyMatch(p -> p.object() == bc));
        assertTrue(cycle.stream().anyMatch(p -> p.message().equals("Causal link 'C' \u2192 'A' is part of a causal cycle:"
                + " Update 'C' \u2192 Update 'A' \u2192 Update 'B' \u2192 Update 'C'")), cycle::toString);
        ca.setRelation(RelationKind.MITIGATES);
        assertNone(Rules.CAUSAL_CYCLE);
    }

    @Test
    void aLinkFromANodeToItselfIsACycle() {
        Update a = update("A", T0);
        link(a, a, RelationKind.TRIGGERS);
        assertEquals("Causal link 'A' \u2192 'A' is part of a causal cycle: Update 'A' \u2192 Update 'A'",
                single(Rules.CAUSAL_CYCLE).message());
    }

    @Test
    void evidenceRefsNeedATargetAndAValidPosition() throws IOException {
        Evidence evidence = evidence("syslog.txt", "line one\n");
        Update update = update("CF291", T0);
        EvidenceRef ref = F.createEvidenceRef();
        ref.setEvidence(evidence);
        ref.setLine(1L);
        ref.setByteOffset(0L);
        update.getCitations().add(ref);
        assertNone(Rules.EVIDENCE_REF_TARGET);
        assertNone(Rules.EVIDENCE_REF_POSITION);

        ref.setEvidence(null);
        ref.setLine(0L);

        assertEquals("Evidence ref 'line 0' of Update 'CF291' does not name an evidence file",
                single(Rules.EVIDENCE_REF_TARGET).message());
        assertTrue(single(Rules.EVIDENCE_REF_POSITION).message().contains("line 0 is not a line number"));
    }

    @Test
    void evidenceHashesMustMatchTheFilesOnDisk() throws IOException {
        Evidence evidence = evidence("windbg/analyze.txt", "BUGCHECK_CODE: 50\n");
        assertNone(Rules.EVIDENCE_HASH_MISMATCH);
        assertNone(Rules.EVIDENCE_SIZE_MISMATCH);

        tamper(evidenceDir.resolve("windbg/analyze.txt"), "BUGCHECK_CODE: 7e\n");

        Problem problem = single(Rules.EVIDENCE_HASH_MISMATCH);
        assertSame(evidence, problem.object());
        assertTrue(problem.message().startsWith("Evidence 'windbg/analyze.txt': file " + evidenceDir.resolve("windbg/analyze.txt")
                + " has SHA-256 " + sha256("BUGCHECK_CODE: 7e\n") + ", but " + sha256("BUGCHECK_CODE: 50\n") + " is recorded"),
                problem.message());
        assertNone(Rules.EVIDENCE_SIZE_MISMATCH);
        tamper(evidenceDir.resolve("windbg/analyze.txt"), "BUGCHECK_CODE: 0x7e\n");
        assertTrue(single(Rules.EVIDENCE_SIZE_MISMATCH).message().contains("has 20 bytes, but 18 are recorded"));
    }

    @Test
    void missingEvidenceFilesAndEscapingPathsAreReported() throws IOException {
        Evidence evidence = evidence("a.txt", "x");
        Files.delete(evidenceDir.resolve("a.txt"));
        assertTrue(single(Rules.EVIDENCE_FILE_MISSING).message().endsWith("a.txt is missing"));

        evidence.setPath("../../etc/passwd");
        assertNone(Rules.EVIDENCE_FILE_MISSING);
        assertTrue(single(Rules.EVIDENCE_PATH).message().contains("must be relative and stay inside"));
    }

    @Test
    void evidenceFilesAreNotCheckedWithoutAnEvidenceFolder() throws IOException {
        Evidence evidence = evidence("a.txt", "x");
        evidence.setSha256("00".repeat(32));
        assertEquals(List.of(), validator.validate(investigation, null));
        assertEquals(1, problems(Rules.EVIDENCE_HASH_MISMATCH).size());
    }

    @Test
    void emfStructuralChecksAreReportedToo() {
        Resource resource = InvestigationFolder.newResourceSet().createResource(URI.createFileURI("/tmp/rules/investigation.xmi"));
        resource.getContents().add(investigation);
        CausalLink link = F.createCausalLink();
        investigation.getCausalLinks().add(link);
        Host host = F.createHost();
        host.setName("wks-01");
        // a host group outside the investigation: a dangling reference
        HostGroup outside = F.createHostGroup();
        host.getGroups().add(outside);
        investigation.getHosts().add(host);

        List<Problem> structure = problems(Rules.STRUCTURE);

        assertEquals(1, structure.size(), () -> validator.validate(investigation, evidenceDir).toString());
        assertTrue(structure.get(0).message().contains("Host 'wks-01'"), structure.get(0).message());
    }

    private Update update(String identifier, Instant released) {
        Update update = F.createUpdate();
        update.setIdentifier(identifier);
        update.setReleasedAt(released);
        investigation.getUpdates().add(update);
        return update;
    }

    private TimelineEvent event(String message, Instant instant) {
        TimelineEvent event = F.createTimelineEvent();
        event.setMessage(message);
        event.setInstant(instant);
        event.setSource("test");
        investigation.getTimelineEvents().add(event);
        return event;
    }

    private CausalLink link(CausalNode cause, CausalNode effect, RelationKind relation) {
        CausalLink link = F.createCausalLink();
        link.setCause(cause);
        link.setEffect(effect);
        link.setRelation(relation);
        investigation.getCausalLinks().add(link);
        return link;
    }

    private static HostStateChange state(Instant at, HostState state) {
        HostStateChange change = F.createHostStateChange();
        change.setAt(at);
        change.setState(state);
        return change;
    }

    private Evidence evidence(String path, String content) throws IOException {
        Path file = evidenceDir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Evidence evidence = F.createEvidence();
        evidence.setPath(path);
        evidence.setOriginalName(Path.of(path).getFileName().toString());
        evidence.setSha256(sha256(content));
        evidence.setSize(content.getBytes(StandardCharsets.UTF_8).length);
        investigation.getEvidence().add(evidence);
        return evidence;
    }

    /**
     * Rewrites a file and moves its modification time on, as any real later write would: the
     * validator re-hashes a file only when its size or modification time changed.
     */
    private static void tamper(Path file, String content) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(2)));
    }

    @Test
    void evidenceHashesAreRememberedWhileSizeAndTimeStayTheSame() throws IOException {
        Evidence evidence = evidence("a.txt", "abc");
        Path file = evidenceDir.resolve("a.txt");
        FileTime stamp = Files.getLastModifiedTime(file);
        assertNone(Rules.EVIDENCE_HASH_MISMATCH);

        Files.writeString(file, "xyz");
        Files.setLastModifiedTime(file, stamp);
        assertNone(Rules.EVIDENCE_HASH_MISMATCH);
        assertEquals(1, new InvestigationValidator().validate(investigation, evidenceDir).stream()
                .filter(p -> p.rule().equals(Rules.EVIDENCE_HASH_MISMATCH) && p.object() == evidence).count(),
                "a new validator reads the file again");
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
