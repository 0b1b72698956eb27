package dev.faultline.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/** The fleet reads over doc values: crash shapes, update receipts, boot events, host names. */
class FleetScanTest {

    private static final Instant T0 = Instant.parse("2024-07-19T04:10:00Z");

    @TempDir
    Path dir;

    private static EvidenceRecord crash(String host, int minute, String module, String bugcheck, String stack, int line) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(EvidenceRecord.Fields.BUGCHECK, bugcheck);
        fields.put(EvidenceRecord.Fields.MODULE, module);
        fields.put("imageName", module + ".sys");
        fields.put("stack", stack);
        return new EvidenceRecord(T0.plusSeconds(60L * minute), null, host, "crash", "crash " + bugcheck, fields, null,
                new SourceRef("crashes.txt", "c3".repeat(32), line, -1, null));
    }

    private static EvidenceRecord update(String host, String identifier, int line) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("identifier", identifier);
        fields.put("product", "Falcon sensor");
        return new EvidenceRecord(T0.minusSeconds(600), null, host, "update", "update " + identifier, fields, null,
                new SourceRef("updates.csv", "d4".repeat(32), line, -1, null));
    }

    private static EvidenceRecord event(String host, String id, int line) {
        return new EvidenceRecord(T0, null, host, "event", "event " + id, Map.of(EvidenceRecord.Fields.EVENT_ID, id), null,
                new SourceRef("system.xml", "e5".repeat(32), line, -1, null));
    }

    @Test
    void crashesAreGroupedByWhatTheyShareWithTimesHostsAndExamples() throws Exception {
        List<EvidenceRecord> records = new ArrayList<>();
        String stack = "nt!KeBugCheckEx < nt!KiPageFault < csagent+0xe14ed";
        records.add(crash("WKS-1", 0, "csagent", "0x00000050", stack, 1));
        records.add(crash("wks-1", 5, "csagent", "0x50", stack, 40));
        records.add(crash("WKS-2", 2, "csagent", "50", stack, 80));
        records.add(crash("SRV-9", 1, "stflt", "0xD1", "nt!KeBugCheckEx < stflt!Read+0x10", 120));
        records.add(update("wks-1", "C-00000291", 2));
        records.add(update("WKS-3", "C-00000291", 3));
        records.add(event("WKS-1", "41", 1));
        records.add(event("WKS-1", "41", 2));
        records.add(event("WKS-2", "6008", 3));
        records.add(event("WKS-2", "7036", 4));
        try (EvidenceIndex index = EvidenceIndex.open(dir.resolve("index"))) {
            index.add(records, IndexProgress.NONE);
            FleetScan scan = new FleetScan(index);
            List<CrashShape> shapes = scan.crashShapes(IndexProgress.NONE);
            assertEquals(2, shapes.size());
            CrashShape csagent = shapes.stream().filter(s -> "csagent".equals(s.module())).findFirst().orElseThrow();
            assertEquals(3, csagent.count());
            assertEquals("0x50", csagent.bugcheck());
            assertEquals("csagent.sys", csagent.image());
            assertNull(csagent.bucket());
            assertEquals(stack, csagent.stack());
            assertEquals(2, csagent.hostHashes().length, "WKS-1 and wks-1 are one host");
            assertEquals(T0.toEpochMilli(), csagent.times()[0]);
            assertEquals(T0.plusSeconds(300).toEpochMilli(), csagent.times()[2]);
            assertEquals(1, csagent.examples().get(0).line(), "the earliest crash is cited first");
            assertEquals(40, csagent.examples().get(1).line());
            assertEquals("0xd1", shapes.stream().filter(s -> "stflt".equals(s.module())).findFirst().orElseThrow().bugcheck());

            long[] received = scan.updateReceipts().get("c-00000291");
            long[] expected = { FleetScan.hostHash("WKS-1"), FleetScan.hostHash("wks-3") };
            Arrays.sort(expected);
            assertArrayEquals(expected, received);

            FleetScan.BootEvents boot = scan.bootEvents();
            assertArrayEquals(new int[] { 2, 0, 0 }, boot.perHost().get(FleetScan.hostHash("wks-1")));
            assertArrayEquals(new int[] { 0, 1, 0 }, boot.perHost().get(FleetScan.hostHash("wks-2")));
            assertEquals(2, boot.examples().get("41").size());

            long[] wanted = { FleetScan.hostHash("srv-9"), FleetScan.hostHash("wks-2") };
            Arrays.sort(wanted);
            Map<Long, String> names = scan.hostNames(wanted);
            assertEquals("srv-9", names.get(FleetScan.hostHash("SRV-9")));
            assertEquals("wks-2", names.get(FleetScan.hostHash("WKS-2")));
            assertEquals(2, names.size());

            List<EvidenceRecord> updates = new ArrayList<>();
            scan.forEachRecord("update", updates::add);
            assertEquals(2, updates.size());
            assertTrue(updates.stream().allMatch(r -> "C-00000291".equals(r.fields().get("identifier"))));
        }
    }

    @Test
    void aCancelledScanStops() throws Exception {
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            records.add(crash("h" + i, i % 60, "m", "0x50", "m+0x1", i + 1));
        }
        try (EvidenceIndex index = EvidenceIndex.open(dir.resolve("index"))) {
            index.add(records, IndexProgress.NONE);
            IndexProgress cancel = new IndexProgress() {
                @Override
                public void indexed(long done) {
                    // counted, not shown
                }

                @Override
                public boolean isCanceled() {
                    return true;
                }
            };
            org.junit.jupiter.api.Assertions.assertThrows(IndexCanceledException.class, () -> new FleetScan(index).crashShapes(cancel));
            assertEquals(20_000, new FleetScan(index).crashShapes(IndexProgress.NONE).get(0).count());
        }
    }
}
