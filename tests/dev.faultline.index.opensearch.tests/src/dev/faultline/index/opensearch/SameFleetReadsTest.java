package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.CrashShape;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.FleetReader;
import dev.faultline.index.FleetScan;
import dev.faultline.index.IndexProgress;

/**
 * The analyses' fleet reads (what crash clustering, the causal chain and the driver audit read) are
 * the same on both backends: crash shapes with their counts, times, hosts and example records, update
 * receipts per host, boot events per host with their examples, host names, records of a kind.
 */
class SameFleetReadsTest {

    @TempDir
    Path tmp;

    @Test
    void crashShapesUpdatesBootEventsHostsAndRecordsAreTheSameOnBothBackends() throws Exception {
        List<EvidenceRecord> records = new ArrayList<>(ConformanceEvidence.all(ConformanceEvidence.dataDir()));
        records.addAll(fleet());
        LocalCluster cluster = LocalCluster.shared();
        OpenSearchIndex.build(cluster.access(), "fleet", null, records::stream, IndexProgress.NONE);
        try (EvidenceIndex embedded = EvidenceIndex.open(tmp.resolve("index"));
                OpenSearchIndex remote = OpenSearchIndex.open(cluster.access(), "fleet")) {
            embedded.add(records.stream(), IndexProgress.NONE);
            FleetReader local = new FleetScan(embedded);
            FleetReader onCluster = new OpenSearchFleetScan(remote);

            Map<String, String> shapes = shapes(local);
            assertTrue(shapes.size() >= 4, "the lab crashes and the fleet's three shapes: " + shapes.keySet());
            assertEquals(shapes, shapes(onCluster));

            Map<String, String> receipts = receipts(local);
            assertEquals(2, receipts.size(), receipts.toString());
            assertEquals(receipts, receipts(onCluster));

            FleetScan.BootEvents boot = local.bootEvents();
            FleetScan.BootEvents remoteBoot = onCluster.bootEvents();
            for (Map.Entry<String, List<SourceRef>> examples : boot.examples().entrySet()) {
                // up to three records of the event: the first the scan meets (the embedded index's segments decide which)
                List<SourceRef> found = remoteBoot.examples().get(examples.getKey());
                assertEquals(examples.getValue().size(), found.size(), examples.getKey());
                List<SourceRef> of = records.stream().filter(r -> examples.getKey().equals(r.fields().get(EvidenceRecord.Fields.EVENT_ID)))
                        .map(EvidenceRecord::source).toList();
                assertTrue(of.containsAll(found) && of.containsAll(examples.getValue()), examples.getKey() + ": " + found);
            }
            assertEquals(perHost(boot), perHost(remoteBoot));
            assertEquals(20, boot.perHost().size(), "hosts with boot events: 20 fleet hosts and FALCON-01's WER reports");

            long[] hashes = local.crashShapes(IndexProgress.NONE).stream().flatMapToLong(s -> Arrays.stream(s.hostHashes())).distinct()
                    .sorted().toArray();
            assertEquals(local.hostNames(hashes), onCluster.hostNames(hashes));
            assertEquals(hashes.length, onCluster.hostNames(hashes).size());

            for (String kind : List.of("driver", "crash", "update")) {
                List<EvidenceRecord> a = new ArrayList<>();
                List<EvidenceRecord> b = new ArrayList<>();
                local.forEachRecord(kind, a::add);
                onCluster.forEachRecord(kind, b::add);
                assertTrue(!a.isEmpty(), kind);
                // the same records; the order is the index's (newest first within each of the embedded index's segments)
                Comparator<EvidenceRecord> bySource = Comparator.comparing(r -> r.source().toString());
                a.sort(bySource);
                b.sort(bySource);
                assertEquals(a, b, kind);
            }
        }
    }

    private static Map<String, String> shapes(FleetReader reader) throws Exception {
        Map<String, String> shapes = new TreeMap<>();
        for (CrashShape s : reader.crashShapes(IndexProgress.NONE)) {
            shapes.put(Arrays.asList(s.bucket(), s.module(), s.image(), s.bugcheck(), s.stack()).toString(),
                    s.count() + " crashes, times " + Arrays.toString(s.times()) + ", hosts " + Arrays.toString(s.hostHashes()) + ", untimed "
                            + s.untimed() + ", examples " + s.examples());
        }
        return shapes;
    }

    private static Map<String, String> receipts(FleetReader reader) throws Exception {
        Map<String, String> receipts = new TreeMap<>();
        reader.updateReceipts().forEach((update, hosts) -> receipts.put(update, Arrays.toString(hosts)));
        return receipts;
    }

    private static Map<Long, String> perHost(FleetScan.BootEvents boot) {
        Map<Long, String> counts = new TreeMap<>();
        boot.perHost().forEach((host, c) -> counts.put(host, Arrays.toString(c)));
        return counts;
    }

    /** A small fleet: crashes of three shapes on 25 hosts, per-host update records, boot events, a driver inventory. */
    private static List<EvidenceRecord> fleet() {
        List<EvidenceRecord> fleet = new ArrayList<>();
        Instant start = Instant.parse("2024-07-19T04:09:00Z");
        for (int i = 0; i < 90; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            String host = "HOST-%03d".formatted(i % 25);
            if (i % 3 == 0) {
                fields.put(EvidenceRecord.Fields.FAILURE_BUCKET, "AV_R_INVALID_csagent!unknown_function");
                fields.put(EvidenceRecord.Fields.MODULE, "csagent.sys");
                fields.put(EvidenceRecord.Fields.BUGCHECK, "0x50");
            } else {
                fields.put(EvidenceRecord.Fields.MODULE, i % 3 == 1 ? "mydrv.sys" : "otherdrv");
                fields.put(EvidenceRecord.Fields.BUGCHECK, "0x0000007E");
                fields.put("imageName", i % 3 == 1 ? "mydrv.sys" : "otherdrv.sys");
                fields.put("stack", "nt!KeBugCheckEx\n" + (i % 3 == 1 ? "mydrv+0x10" : "otherdrv!Fn+0x2a"));
            }
            Instant time = i == 89 ? null : start.plusSeconds(i % 7 == 0 ? 30 : 7L * i); // equal times: the first is the example
            fleet.add(new EvidenceRecord(time, null, i == 88 ? "host-001 " : host, "crash", "bugcheck " + fields.get(EvidenceRecord.Fields.BUGCHECK),
                    fields, null, new SourceRef("fleet/crashes.csv", "f1".repeat(32), i + 2, -1, null)));
        }
        for (int i = 0; i < 30; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (i < 20) {
                fields.put("identifier", "C-00000291-00000000-00000032");
            } else {
                fields.put("product", "Falcon sensor");
                fields.put("version", "7.11");
            }
            fleet.add(new EvidenceRecord(start.minusSeconds(3600 - i), null, "HOST-%03d".formatted(i % 22), "update", "update installed", fields,
                    null, new SourceRef("fleet/updates.csv", "f2".repeat(32), i + 2, -1, null)));
        }
        for (int i = 0; i < 50; i++) {
            Map<String, String> fields = Map.of(EvidenceRecord.Fields.EVENT_ID, i % 2 == 0 ? "41" : "6008");
            fleet.add(new EvidenceRecord(start.plusSeconds(60L * i), null, "HOST-%03d".formatted(i % 19), "event", "unexpected shutdown", fields,
                    null, new SourceRef("fleet/System.evtx", "f3".repeat(32), 0, 4096L * i, Integer.toString(1000 + i))));
        }
        for (int i = 0; i < 5; i++) {
            fleet.add(new EvidenceRecord(null, null, "HOST-000", "driver", "driver " + i, Map.of("name", "drv" + i, "type", "Kernel"), null,
                    new SourceRef("fleet/drivers.txt", "f4".repeat(32), i + 3, -1, null)));
        }
        return fleet;
    }
}
