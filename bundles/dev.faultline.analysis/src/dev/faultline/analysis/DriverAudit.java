package dev.faultline.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.faultline.analysis.internal.CrashKeys;
import dev.faultline.analysis.internal.DriverMatch;
import dev.faultline.analysis.internal.DriverRows;
import dev.faultline.analysis.internal.InboxDrivers;
import dev.faultline.index.FleetReader;
import dev.faultline.model.Driver;
import dev.faultline.model.Investigation;

/**
 * The kernel-driver risk audit (the advice after 19 July 2024: audit kernel drivers with
 * {@code driverquery /v}): per driver across the fleet and per host, third-party kernel-mode
 * drivers, boot- and system-start drivers, unknown or missing signers, drivers the baseline does not
 * have, and drivers implicated in crash clusters; a risk score 0-100 made of stated reasons.
 */
public final class DriverAudit {

    private static final int SAMPLE = 20;

    private final Investigation investigation;
    private final FleetReader scan;

    public DriverAudit(Investigation investigation, FleetReader scan) {
        this.investigation = investigation;
        this.scan = scan;
    }

    public DriverAuditResult audit(List<CrashClusterSummary> clusters, DriverBaseline baseline, AnalysisMonitor monitor) throws IOException {
        monitor.step("Reading driver inventories");
        DriverRows rows = new DriverRows();
        if (scan != null) {
            long[] read = { 0 };
            scan.forEachRecord("driver", record -> {
                rows.add(record);
                if (++read[0] % 10_000 == 0) {
                    monitor.worked(read[0]);
                    monitor.checkCanceled();
                }
            });
        }
        for (Driver driver : investigation.getDrivers()) {
            rows.add(driver);
        }
        monitor.step("Scoring drivers");
        Map<String, List<String>> implicated = implicated(clusters);
        Map<String, DriverFinding> findings = new LinkedHashMap<>();
        for (DriverRows.Entry entry : rows.drivers().values()) {
            monitor.checkCanceled();
            findings.put(entry.key, finding(entry, implicated.getOrDefault(entry.key, List.of()), baseline));
        }
        List<DriverFinding> drivers = new ArrayList<>(findings.values());
        drivers.sort(Comparator.comparing((DriverFinding d) -> d.inCrashClusters().isEmpty()).thenComparing(Comparator.comparingInt(DriverFinding::risk).reversed())
                .thenComparing(d -> d.name().toLowerCase(Locale.ROOT)));
        List<HostDriverFinding> hosts = new ArrayList<>();
        for (Map.Entry<String, Set<String>> host : rows.hosts().entrySet()) {
            hosts.add(hostFinding(host.getKey(), host.getValue(), findings, baseline));
        }
        hosts.sort(Comparator.comparing((HostDriverFinding h) -> h.inCrashClusters().isEmpty())
                .thenComparing(Comparator.comparingInt(HostDriverFinding::risk).reversed()).thenComparing(HostDriverFinding::host));
        List<String> notes = new ArrayList<>();
        if (rows.drivers().isEmpty()) {
            notes.add("No driver inventories: import driverquery /v output (table, list or csv, PowerShell's PSComputerName column"
                    + " names the host) to audit the fleet's drivers.");
        } else if (!rows.anySignerColumn()) {
            notes.add("The inventories name no signers (driverquery /v has no signer column; driverquery /si or a Signer column"
                    + " added by the collecting script does): signers count as unknown.");
        }
        if (!baseline.present()) {
            notes.add("No baseline given: drivers missing from a known-good host are not reported (--baseline FILE).");
        }
        return new DriverAuditResult(drivers, hosts, baseline, notes);
    }

    /** Driver key to the ids of clusters that blame it or whose signature runs through it. */
    private static Map<String, List<String>> implicated(List<CrashClusterSummary> clusters) {
        Map<String, List<String>> implicated = new LinkedHashMap<>();
        for (CrashClusterSummary cluster : clusters) {
            for (String module : new String[] { cluster.module(), CrashKeys.moduleBase(cluster.image()) }) {
                if (module != null && !DriverMatch.KERNEL.contains(module)) {
                    addOnce(implicated, module, cluster.id());
                }
            }
            for (String frame : cluster.signature().split(" \\| ")) {
                String module = DriverMatch.frameModule(frame);
                if (module != null && !DriverMatch.KERNEL.contains(module)) {
                    addOnce(implicated, module, cluster.id());
                }
            }
        }
        return implicated;
    }

    private static void addOnce(Map<String, List<String>> map, String key, String value) {
        List<String> values = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    private static DriverFinding finding(DriverRows.Entry entry, List<String> clusters, DriverBaseline baseline) {
        int risk = 0;
        List<String> reasons = new ArrayList<>();
        boolean thirdParty = thirdParty(entry);
        String type = entry.type();
        boolean kernel = type == null || type.toLowerCase(Locale.ROOT).contains("kernel") || type.toLowerCase(Locale.ROOT).contains("file system");
        if (!clusters.isEmpty()) {
            risk += 40;
            reasons.add("implicated in crash cluster" + (clusters.size() == 1 ? " " : "s ") + String.join(", ", clusters) + " (+40)");
        }
        if (thirdParty && kernel) {
            risk += 25;
            reasons.add("third-party " + (type == null ? "driver of unknown type (kernel-mode assumed)" : type.toLowerCase(Locale.ROOT) + " driver")
                    + ": runs in the kernel, outside Windows' own code (+25)");
            if (type != null && type.toLowerCase(Locale.ROOT).contains("file system")) {
                risk += 5;
                reasons.add("file-system (filter) driver: sees every file operation (+5)");
            }
        }
        int start = DriverRows.rank(entry.start);
        if (thirdParty && start == 0) {
            risk += 20;
            reasons.add("boot-start: loads before Windows can recover without it, so a crash in it loops the boot (+20)");
        } else if (thirdParty && start == 1) {
            risk += 15;
            reasons.add("system-start: loads during kernel initialisation (+15)");
        }
        if (thirdParty) {
            if (Boolean.FALSE.equals(entry.signed)) {
                risk += 30;
                reasons.add("not signed (+30)");
            } else if (entry.signer == null) {
                risk += 10;
                reasons.add("signer unknown: the inventory does not say who signed it (+10)");
            }
        }
        if (baseline.present() && !baseline.contains(entry.key)) {
            risk += 15;
            reasons.add("not in the baseline " + baseline.source() + " (+15)");
        }
        if (reasons.isEmpty()) {
            reasons.add(thirdParty ? "third-party, but not kernel-mode, not boot or system start, and in the baseline"
                    : "ships with Windows" + (entry.signer != null ? " (signer " + entry.signer + ")" : ""));
        }
        risk = Math.min(100, risk);
        List<String> hostNames = entry.hosts.stream().limit(SAMPLE).toList();
        String name = entry.name != null ? entry.name : entry.fileName != null ? entry.fileName : entry.key;
        return new DriverFinding(name, entry.fileName, entry.displayName, entry.hosts.size(), hostNames, type, entry.start, thirdParty,
                entry.signer, List.copyOf(clusters), risk, DriverFinding.level(risk), reasons, entry.evidence);
    }

    /** Not a driver Windows ships: a signer other than Microsoft, else not in the in-box list. */
    static boolean thirdParty(DriverRows.Entry entry) {
        if (entry.signer != null) {
            return !entry.signer.toLowerCase(Locale.ROOT).contains("microsoft");
        }
        return !InboxDrivers.NAMES.contains(entry.key);
    }

    private static HostDriverFinding hostFinding(String host, Set<String> keys, Map<String, DriverFinding> findings, DriverBaseline baseline) {
        List<String> thirdPartyKernel = new ArrayList<>();
        List<String> early = new ArrayList<>();
        List<String> unknownSigner = new ArrayList<>();
        List<String> notInBaseline = new ArrayList<>();
        List<String> crashing = new ArrayList<>();
        int risk = 0;
        for (String key : keys) {
            DriverFinding d = findings.get(key);
            if (d == null) {
                continue;
            }
            String type = d.type() == null ? "" : d.type().toLowerCase(Locale.ROOT);
            if (d.thirdParty() && (d.type() == null || type.contains("kernel") || type.contains("file system"))) {
                thirdPartyKernel.add(d.name());
            }
            if (d.thirdParty() && DriverRows.rank(d.start()) <= 1) {
                early.add(d.name());
            }
            if (d.thirdParty() && d.signer() == null) {
                unknownSigner.add(d.name());
            }
            if (baseline.present() && !baseline.contains(key)) {
                notInBaseline.add(d.name());
            }
            if (!d.inCrashClusters().isEmpty()) {
                crashing.add(d.name());
            }
            risk = Math.max(risk, d.risk());
        }
        return new HostDriverFinding(host, keys.size(), thirdPartyKernel, early, unknownSigner, notInBaseline, crashing, risk);
    }
}
