package dev.faultline.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.Investigation;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.edit.InvestigationEditingDomains;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * An investigation with one evidence file of 40 log lines on two hosts (one line a minute from
 * 2024-07-19T04:00Z, 5 more lines without a time), indexed; a model event citing line 10 (as an
 * import maps it), and a hand-added event on host-a at 04:09:30.
 */
final class TimelineFixture implements AutoCloseable {

    static final String SHA = "ab".repeat(32);
    static final String FILE = "logs/fleet.log";
    static final Instant START = Instant.parse("2024-07-19T04:00:00Z");
    static final int TIMED = 40;
    static final int UNTIMED = 5;

    final InvestigationFolder folder;
    final EvidenceIndex index;
    final Timeline timeline;
    final TimelineEvent cited;
    final TimelineEvent handAdded;
    final Host hostA;
    final AdapterFactoryEditingDomain domain;

    TimelineFixture(Path dir) throws IOException {
        folder = InvestigationFolder.create(dir);
        Investigation inv = folder.investigation();
        FaultlineFactory f = FaultlineFactory.eINSTANCE;
        Evidence evidence = f.createEvidence();
        evidence.setPath(FILE);
        evidence.setSha256(SHA);
        evidence.setOriginalName("fleet.log");
        inv.getEvidence().add(evidence);
        hostA = f.createHost();
        hostA.setName("host-a");
        inv.getHosts().add(hostA);
        HostGroup group = f.createHostGroup();
        group.setName("Windows fleet");
        group.getRepresentatives().add(hostA);
        inv.getHostGroups().add(group);

        cited = f.createTimelineEvent();
        cited.setInstant(START.plusSeconds(9 * 60));
        cited.setOriginalTimestamp("Jul 19 04:09:00");
        cited.setKind("crash");
        cited.setSource(FILE + ":10");
        cited.setMessage("mapped by the import");
        EvidenceRef ref = f.createEvidenceRef();
        ref.setEvidence(evidence);
        ref.setLine(10L);
        cited.getCitations().add(ref);
        inv.getTimelineEvents().add(cited);

        handAdded = f.createTimelineEvent();
        handAdded.setInstant(START.plusSeconds(9 * 60 + 30));
        handAdded.setOriginalTimestamp(handAdded.getInstant().toString());
        handAdded.setSource(TimelineModel.ANALYST);
        handAdded.setKind("note");
        handAdded.setHost(hostA);
        handAdded.setMessage("analyst saw the first blue screen");
        inv.getTimelineEvents().add(handAdded);
        folder.save();

        index = EvidenceIndex.open(folder.indexDir());
        index.add(records(), IndexProgress.NONE);
        timeline = new Timeline(inv, index);
        domain = InvestigationEditingDomains.create(folder);
    }

    static List<EvidenceRecord> records() {
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < TIMED + UNTIMED; i++) {
            int line = i + 1;
            boolean timed = i < TIMED;
            Instant at = timed ? START.plusSeconds(60L * i) : null;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("pid", Integer.toString(100 + i));
            fields.put("facility", "kern");
            records.add(new EvidenceRecord(at, timed ? "Jul 19 04:" + String.format("%02d", i) + ":00" : "boot " + i,
                    i % 2 == 0 ? "host-a" : "host-b", "syslog", "line " + line + (i == 9 ? " csagent.sys crashed" : ""), fields,
                    null, new SourceRef(FILE, SHA, line, -1, null)));
        }
        return records;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
