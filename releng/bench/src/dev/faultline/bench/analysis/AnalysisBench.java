package dev.faultline.bench.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import dev.faultline.analysis.AnalysisMonitor;
import dev.faultline.analysis.ChainProposals;
import dev.faultline.analysis.ChainProposer;
import dev.faultline.analysis.ClusterRecorder;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.CrashClusterer;
import dev.faultline.analysis.SignatureRules;
import dev.faultline.analysis.StackSignature;
import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.windbg.WinDbgAnalysisParser;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.FleetScan;
import dev.faultline.index.IndexProgress;
import dev.faultline.model.Driver;
import dev.faultline.model.DriverType;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.StartMode;
import dev.faultline.model.Update;
import dev.faultline.model.UpdateFile;
import dev.faultline.model.UpdateKind;
import dev.faultline.model.edit.InvestigationEditingDomains;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Bench of the crash clustering and chain proposal at fleet scale (issue 12). Builds (once per size)
 * an evidence index of N crash analyses shaped like the real ones (the fields the WinDbg parser gives
 * for the shared data's real !analyze outputs, with hosts, times and places varied; 90% the
 * csagent.sys channel-file-291 pattern), per-host update records for 97% of the hosts and boot events
 * for 10%; then times, in this JVM: cluster (doc values) + record the clusters in the model through the
 * command stack + propose the chain; and a peer that groups the same crashes by reading every record's
 * stored fields (what loading every crash costs). Prints key=value lines.
 * usage: AnalysisBench SHARED_DATA CRASHES WORK_DIR
 */
public final class AnalysisBench {

    private static final Instant RELEASE = Instant.parse("2024-07-19T04:09:00Z");

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int crashes = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        Path caseDir = work.resolve("case-" + crashes);
        List<EvidenceRecord> templates = templates(data);
        if (!Files.isDirectory(caseDir.resolve("index"))) {
            build(caseDir, templates, crashes, work.resolve("keys-" + crashes + ".tsv"));
        }
        InvestigationFolder folder = InvestigationFolder.open(caseDir);
        Function<Object, String> idOf = o -> o instanceof EObject e ? folder.idOf(e) : null;
        try (EvidenceIndex index = EvidenceIndex.open(caseDir.resolve("index"))) {
            System.out.printf(Locale.ROOT, "documents=%d%n", index.documentCount());
            FleetScan scan = new FleetScan(index);
            // two untimed passes warm the JIT; the third is timed
            for (int pass = 0; pass < 3; pass++) {
                System.gc();
                resetPeaks();
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                List<CrashClusterSummary> clusters = new CrashClusterer(SignatureRules.defaults()).cluster(folder.investigation(), idOf, scan,
                        AnalysisMonitor.NONE);
                long t1 = System.nanoTime();
                AdapterFactoryEditingDomain domain = InvestigationEditingDomains.create(folder);
                Command record = ClusterRecorder.command(domain, folder.investigation(), clusters);
                if (record != null) {
                    domain.getCommandStack().execute(record);
                }
                List<CrashClusterSummary> bound = ClusterRecorder.bind(folder.investigation(), clusters);
                ChainProposals proposals = new ChainProposer(folder.investigation(), idOf, scan).propose(bound, AnalysisMonitor.NONE);
                long t2 = System.nanoTime();
                long c2 = cpuNanos();
                long peak = heapPeakMB();
                if (pass == 2) {
                    System.out.printf(Locale.ROOT, "mode=faultline crashes=%d clusters=%d proposals=%d clusterMs=%d proposeMs=%d totalMs=%d cpuMs=%d heapPeakMB=%d%n",
                            crashes, clusters.size(), proposals.proposals().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                            (t2 - t0) / 1_000_000, (c2 - c0) / 1_000_000, peak);
                    CrashClusterSummary top = bound.get(0);
                    System.out.printf(Locale.ROOT, "top=%s count=%d hosts=%d share=%s%n", top.name().replace(' ', '_'), top.count(), top.hosts(),
                            top.updates().isEmpty() ? "-" : String.valueOf(top.updates().get(0).shareOfHostsWithUpdate()));
                    proposals.proposals().stream().limit(3)
                            .forEach(p -> System.out.println("proposal=" + p.title().replace(' ', '_')));
                }
                domain.getCommandStack().undo();
                InvestigationEditingDomains.dispose(domain);
            }
            // peer: group by reading every crash's stored fields (the record as a search hit returns it)
            for (int pass = 0; pass < 2; pass++) {
                System.gc();
                resetPeaks();
                StackSignature signatures = new StackSignature(SignatureRules.defaults());
                Map<String, long[]> groups = new HashMap<>();
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                scan.forEachRecord("crash", r -> {
                    Map<String, String> f = r.fields();
                    String key = f.get(EvidenceRecord.Fields.FAILURE_BUCKET) != null ? f.get(EvidenceRecord.Fields.FAILURE_BUCKET)
                            : f.get(EvidenceRecord.Fields.MODULE) + "|" + f.get(EvidenceRecord.Fields.BUGCHECK) + "|" + signatures.ofStackText(f.get("stack"));
                    long[] g = groups.computeIfAbsent(key, k -> new long[1]);
                    g[0]++;
                });
                long t1 = System.nanoTime();
                if (pass == 1) {
                    System.out.printf(Locale.ROOT, "mode=storedfields crashes=%d clusters=%d totalMs=%d cpuMs=%d heapPeakMB=%d%n", crashes, groups.size(),
                            (t1 - t0) / 1_000_000, (cpuNanos() - c0) / 1_000_000, heapPeakMB());
                }
            }
        }
    }

    /** CPU time of the whole JVM (all threads, GC included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeakMB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /** Records of real !analyze outputs (shared data), as the WinDbg parser reads them, without their raw text. */
    static List<EvidenceRecord> templates(Path data) throws IOException {
        List<EvidenceRecord> templates = new ArrayList<>();
        for (String name : List.of("ms_blog_csagent_wer_fragment.txt", "ie_0x50_page_fault_in_nonpaged_area.txt",
                "ie_0xd1_driver_irql_pageable_memory.txt", "p0_0x50_page_fault_applockerfltr.txt", "ie_0x7e_system_thread_exception_not_handled.txt")) {
            Path file = data.resolve("windbg").resolve(name);
            new WinDbgAnalysisParser().parse(Files.newInputStream(file), name, ParseOptions.defaults(), new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    templates.add(record.evidence());
                }

                @Override
                public void reject(Rejection rejection) {
                    throw new IllegalStateException(rejection.toString());
                }
            });
        }
        // Microsoft's csagent fragment has no STACK_TEXT: the bugcheck and the stack of the 0x50 pattern are added
        EvidenceRecord cs = templates.get(0);
        Map<String, String> fields = new LinkedHashMap<>(cs.fields());
        fields.put(EvidenceRecord.Fields.BUGCHECK, "0x50");
        fields.put("bugcheckName", "PAGE_FAULT_IN_NONPAGED_AREA");
        fields.put("stack", "nt!KeBugCheckEx < nt!MiSystemFault+0x1fcc0b < nt!MmAccessFault+0x40e < nt!KiPageFault+0x35e < csagent+0xe14ed"
                + " < csagent+0xe3a2f < csagent+0x7d8c1 < nt!ExpWorkerThread+0x105");
        templates.set(0, new EvidenceRecord(null, null, null, "crash", cs.message(), fields, null, cs.source()));
        return templates;
    }

    private static void build(Path caseDir, List<EvidenceRecord> templates, int crashes, Path keys) throws IOException {
        long t0 = System.nanoTime();
        InvestigationFolder folder = InvestigationFolder.create(caseDir);
        int hosts = crashes;
        model(folder.investigation(), hosts);
        folder.save();
        try (EvidenceIndex index = EvidenceIndex.open(caseDir.resolve("index"));
                BufferedWriter tsv = Files.newBufferedWriter(keys, StandardCharsets.UTF_8)) {
            index.add(() -> crashRecords(templates, crashes, hosts, tsv), IndexProgress.NONE);
            index.add(() -> updateRecords(hosts), IndexProgress.NONE);
            index.add(() -> bootEvents(hosts), IndexProgress.NONE);
            System.out.printf(Locale.ROOT, "built documents=%d seconds=%.1f%n", index.documentCount(), (System.nanoTime() - t0) / 1e9);
        }
    }

    static String host(int i) {
        return String.format(Locale.ROOT, "WIN-%07d", i);
    }

    private static Iterator<EvidenceRecord> crashRecords(List<EvidenceRecord> templates, int crashes, int hosts, BufferedWriter tsv) {
        StackSignature signatures = new StackSignature(SignatureRules.defaults());
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < crashes;
            }

            @Override
            public EvidenceRecord next() {
                int n = i++;
                int pick = n % 100;
                EvidenceRecord t = templates.get(pick < 90 ? 0 : pick < 95 ? 1 : pick < 97 ? 2 : pick < 99 ? 3 : 4);
                // the wave: crashes from 04:10 to 05:27 UTC, denser early, as hosts came online and took the update
                double u = (n * 0.6180339887498949) % 1.0;
                long seconds = 60 + (long) (u * u * 77 * 60);
                Instant time = RELEASE.plusSeconds(seconds);
                Map<String, String> fields = t.fields();
                try {
                    tsv.write(fields.getOrDefault(EvidenceRecord.Fields.FAILURE_BUCKET, "") + "\t" + fields.get(EvidenceRecord.Fields.MODULE) + "\t"
                            + fields.get(EvidenceRecord.Fields.BUGCHECK) + "\t" + signatures.ofStackText(fields.get("stack")) + "\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                int part = n / 10_000;
                return new EvidenceRecord(time, time.toString(), host(n % hosts), "crash", t.message(), fields, null,
                        new SourceRef("fleet-dumps/analyses-" + part + ".txt", sha(part), (n % 10_000) * 120L + 1, -1, null));
            }
        };
    }

    private static Iterator<EvidenceRecord> updateRecords(int hosts) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < hosts;
            }

            @Override
            public EvidenceRecord next() {
                int n = i++;
                // 3% of the hosts have no deployment record for the channel file
                String identifier = (n * 7919L) % 100 < 97 ? "C-00000291" : "C-00000290";
                Map<String, String> fields = Map.of("vendor", "CrowdStrike", "product", "Falcon sensor", "identifier", identifier,
                        "released", RELEASE.toString(), "computer", host(n));
                return new EvidenceRecord(RELEASE, RELEASE.toString(), host(n), "update", "update CrowdStrike Falcon sensor " + identifier,
                        fields, null, new SourceRef("deployments.csv", sha(-1), n + 2L, -1, null));
            }
        };
    }

    private static Iterator<EvidenceRecord> bootEvents(int hosts) {
        int events = hosts / 10 * 2;
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < events;
            }

            @Override
            public EvidenceRecord next() {
                int n = i++;
                Instant time = RELEASE.plusSeconds(600 + n % 4000);
                return new EvidenceRecord(time, time.toString(), host((n / 2) * 10), "event", "Kernel-Power 41: rebooted without cleanly shutting down",
                        Map.of(EvidenceRecord.Fields.EVENT_ID, "41", EvidenceRecord.Fields.PROVIDER, "Microsoft-Windows-Kernel-Power"), null,
                        new SourceRef("system-events.csv", sha(-2), n + 2L, -1, null));
            }
        };
    }

    private static String sha(int part) {
        return String.format(Locale.ROOT, "%064x", (long) part * 2654435761L & 0xffffffffffffL);
    }

    /** The investigation the analysts have: the updates, drivers, outages and 1,000 representative hosts. */
    private static void model(Investigation investigation, int hosts) {
        FaultlineFactory f = FaultlineFactory.eINSTANCE;
        investigation.setTitle("Bench: channel file 291 at fleet scale (synthetic)");
        Driver csagent = f.createDriver();
        csagent.setFileName("csagent.sys");
        csagent.setVendor("CrowdStrike");
        csagent.setType(DriverType.KERNEL);
        csagent.setStartMode(StartMode.SYSTEM);
        investigation.getDrivers().add(csagent);
        for (String name : List.of("Driver.sys", "TestDriver.sys", "applockerfltr.sys", "EvilDriver.sys")) {
            Driver d = f.createDriver();
            d.setFileName(name);
            investigation.getDrivers().add(d);
        }
        Update cf291 = f.createUpdate();
        cf291.setVendor("CrowdStrike");
        cf291.setProduct("Falcon sensor");
        cf291.setKind(UpdateKind.CONTENT);
        cf291.setIdentifier("C-00000291");
        cf291.setReleasedAt(RELEASE);
        cf291.getConsumedBy().add(csagent);
        UpdateFile file = f.createUpdateFile();
        file.setPath("C:\\Windows\\System32\\drivers\\CrowdStrike\\C-00000291*.sys");
        cf291.getFiles().add(file);
        investigation.getUpdates().add(cf291);
        Update patch = f.createUpdate();
        patch.setVendor("Microsoft");
        patch.setProduct("Windows");
        patch.setKind(UpdateKind.OS_PATCH);
        patch.setIdentifier("KB5040442");
        patch.setReleasedAt(RELEASE.minusSeconds(1800));
        UpdateFile ntos = f.createUpdateFile();
        ntos.setPath("C:\\Windows\\System32\\ntoskrnl.exe");
        patch.getFiles().add(ntos);
        investigation.getUpdates().add(patch);
        String[][] outages = { { "Airline check-in", "airlines", "check-in kiosk" }, { "Hospital scheduling", "hospitals", "ward workstation" },
            { "Branch banking", "banks", "branch server" }, { "Emergency dispatch", "emergency services", "dispatch console" } };
        for (int o = 0; o < outages.length; o++) {
            Outage outage = f.createOutage();
            outage.setService(outages[o][0]);
            outage.setSector(outages[o][1]);
            outage.setStart(RELEASE.plusSeconds(900));
            investigation.getOutages().add(outage);
            for (int k = 0; k < 250; k++) {
                Host host = f.createHost();
                host.setName(host((o * 250 + k) * 37 % hosts));
                host.setRole(outages[o][2]);
                investigation.getHosts().add(host);
                outage.getAffectedHosts().add(host);
            }
        }
    }
}
