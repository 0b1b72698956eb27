package dev.faultline.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.Verification;
import dev.faultline.intake.EvidenceImporter;
import dev.faultline.intake.EvidenceRecords;
import dev.faultline.intake.FileReport;
import dev.faultline.intake.ImportBatch;
import dev.faultline.intake.ImportMonitor;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.Outage;
import dev.faultline.model.Severity;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Writes a SYNTHETIC fleet's evidence in the formats Faultline imports (one {@code !analyze -v}
 * text per dump with its machine name and session time, {@code driverquery /v /fo csv} gathered
 * with PowerShell remoting, an updates CSV with per-host deployment rows, {@code Get-WinEvent}
 * CSV exports, a host inventory CSV), imports it into a new investigation through the normal import
 * path, and adds the outages an analyst would enter. Every file is named {@code synthetic-*} and the
 * dump texts say they are synthetic: nothing here is a real host, dump or vendor release.
 */
final class SyntheticFleet {

    private static final DateTimeFormatter SESSION = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss.SSS yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** A crash signature to stamp on dumps. */
    record CrashKind(String bugcheckName, String code, String[] args, String module, String image, String bucket, List<String> stack) {
    }

    private final List<String[]> crashes = new ArrayList<>();
    private final List<String> driverRows = new ArrayList<>();
    private final List<String> updateRows = new ArrayList<>();
    private final List<String> eventRows = new ArrayList<>();
    private final List<String> inventoryRows = new ArrayList<>();
    private final List<Outage> outages = new ArrayList<>();
    private final List<List<String>> outageHosts = new ArrayList<>();

    static final CrashKind STORAGE_FILTER_D1 = new CrashKind("DRIVER_IRQL_NOT_LESS_OR_EQUAL", "d1",
            new String[] { "ffffc30a1c2d4000, memory referenced", "0000000000000002, IRQL", "0000000000000000, value 0 = read operation, 1 = write operation",
                "fffff8057a3412c4, address which referenced memory" },
            "ssflt", "ssflt.sys", "AV_ssflt!SsfReadCompletion",
            List.of("nt!KeBugCheckEx", "nt!KiBugCheckDispatch+0x69", "nt!KiPageFault+0x474", "ssflt!SsfReadCompletion+0x64",
                    "FLTMGR!FltpPerformPostCallbacksWorker+0x3a5", "FLTMGR!FltpPassThroughCompletionWorker+0x76", "nt!IopfCompleteRequest+0x1cb",
                    "storport!RaidUnitCompleteRequest+0x5e1", "nt!KiRetireDpcList+0x1f4", "nt!KiIdleLoop+0x9e"));

    static final CrashKind AV_FILTER_7E = new CrashKind("SYSTEM_THREAD_EXCEPTION_NOT_HANDLED", "7e",
            new String[] { "ffffffffc0000005, The exception code that was not handled", "fffff8061c2a51f0, The address that the exception occurred at",
                "ffff9a0c1e0f6e28, Exception Record Address", "ffff9a0c1e0f6660, Context Record Address" },
            "acmeflt", "acmeflt.sys", "AV_acmeflt!AcmeScanWorker",
            List.of("nt!KeBugCheckEx", "nt!PspSystemThreadStartup$filt$0+0x44", "nt!_C_specific_handler+0x9f", "nt!RtlpExecuteHandlerForException+0xf",
                    "nt!RtlDispatchException+0x297", "nt!KiDispatchException+0x186", "nt!KiExceptionDispatch+0x12c", "nt!KiPageFault+0x443",
                    "acmeflt!AcmeScanWorker+0x1b0", "nt!ExpWorkerThread+0x105", "nt!PspSystemThreadStartup+0x55", "nt!KiStartSystemThread+0x28"));

    static final CrashKind NIC_50 = new CrashKind("PAGE_FAULT_IN_NONPAGED_AREA", "50",
            new String[] { "ffffd70f3c8e1000, memory referenced.", "0000000000000000, X64: bit 0 set if the fault was due to a not-present PTE.",
                "fffff80742d1c33a, If non-zero, the instruction address which referenced the bad memory address.",
                "0000000000000002, (reserved)" },
            "fabnic", "fabnic.sys", null,
            List.of("nt!KeBugCheckEx", "nt!MiSystemFault+0x1d6a13", "nt!MmAccessFault+0x29f", "nt!KiPageFault+0x35e", "fabnic+0x1c33a",
                    "ndis!ndisMIndicateNetBufferListsToOpen+0x141", "ndis!ndisMTopReceiveNetBufferLists+0x3f0e5", "tcpip!FlpReceiveNbl+0x2a"));

    /** One dump of a crash: written as its own {@code !analyze -v} file. */
    void crash(String host, Instant time, CrashKind kind) {
        crashes.add(new String[] { host, time.toString(), String.valueOf(crashes.size()) });
        kinds.add(kind);
    }

    private final List<CrashKind> kinds = new ArrayList<>();

    /** A driverquery /v row of a host (type "Kernel" or "File System"; start "Boot", "System", "Auto", "Manual"). */
    void driver(String host, String module, String display, String type, String start, String path) {
        driverRows.add(csv(host, module, display, display, type, start, "Running", "OK", "TRUE", "FALSE", "0", "61,440", "0",
                "3/1/2024 10:11:12 AM", path, "4,096"));
    }

    /** An update; with hosts, one deployment row per host, else one row. Files separated by ';'. */
    void update(String vendor, String product, String kind, String identifier, String version, Instant released, String files, List<String> hosts) {
        if (hosts.isEmpty()) {
            updateRows.add(csv(vendor, product, kind, identifier, version, released.toString(), "", files));
        }
        for (String host : hosts) {
            updateRows.add(csv(vendor, product, kind, identifier, version, released.toString(), host, files));
        }
    }

    /** A Windows event as Get-WinEvent | Export-Csv writes it. */
    void event(String host, Instant time, String provider, int id, String level, String message) {
        eventRows.add(csv(US.format(time), provider, String.valueOf(id), level, "System", host, String.valueOf(eventRows.size() + 1000), message));
    }

    /** Kernel-Power 41 and EventLog 6008 after each of {@code reboots} failed boots, one minute apart. */
    void bootLoop(String host, Instant firstCrash, int reboots) {
        for (int i = 0; i < reboots; i++) {
            Instant boot = firstCrash.plusSeconds(60L * i + 45);
            event(host, boot, "Microsoft-Windows-Kernel-Power", 41, "Critical",
                    "The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly.");
            event(host, boot.plusSeconds(5), "EventLog", 6008, "Error",
                    "The previous system shutdown at " + US.format(boot.minusSeconds(40)) + " was unexpected.");
        }
    }

    void inventory(String host, String os, String role, String site) {
        inventoryRows.add(csv(host, os, role, site));
    }

    /** An outage the analysts enter, affecting the named hosts. */
    void outage(String service, String sector, Instant start, String... hosts) {
        Outage outage = FaultlineFactory.eINSTANCE.createOutage();
        outage.setService(service);
        outage.setSector(sector);
        outage.setStart(start);
        outage.setSeverity(Severity.HIGH);
        outages.add(outage);
        outageHosts.add(List.of(hosts));
    }

    /** Writes the files under {@code inputs}, imports them into a new investigation in {@code caseDir}, indexes and saves it. */
    InvestigationFolder build(Path inputs, Path caseDir) throws IOException {
        Files.createDirectories(inputs);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < crashes.size(); i++) {
            String[] c = crashes.get(i);
            Path file = inputs.resolve("synthetic-dump-" + c[0].toLowerCase(Locale.ROOT) + "-" + c[2] + ".txt");
            Files.writeString(file, analysis(c[0], Instant.parse(c[1]), kinds.get(i)), StandardCharsets.UTF_8);
            files.add(file);
        }
        if (!driverRows.isEmpty()) {
            files.add(write(inputs.resolve("synthetic-driverquery-fleet.csv"), "#TYPE System.Management.Automation.PSCustomObject",
                    csv("PSComputerName", "Module Name", "Display Name", "Description", "Driver Type", "Start Mode", "State", "Status",
                            "Accept Stop", "Accept Pause", "Paged Pool(bytes)", "Code(bytes)", "BSS(bytes)", "Link Date", "Path", "Init(bytes)"),
                    driverRows));
        }
        if (!updateRows.isEmpty()) {
            files.add(write(inputs.resolve("synthetic-deployments.csv"), null,
                    csv("vendor", "product", "kind", "identifier", "version", "released", "computer", "files"), updateRows));
        }
        if (!eventRows.isEmpty()) {
            files.add(write(inputs.resolve("synthetic-system-events.csv"), "#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord",
                    csv("TimeCreated", "ProviderName", "Id", "LevelDisplayName", "LogName", "MachineName", "RecordId", "Message"), eventRows));
        }
        if (!inventoryRows.isEmpty()) {
            files.add(write(inputs.resolve("synthetic-inventory.csv"), null, csv("hostname", "os", "role", "location"), inventoryRows));
        }
        InvestigationFolder folder = InvestigationFolder.create(caseDir);
        folder.investigation().setTitle("Synthetic fleet (test data)");
        ImportBatch batch = new ImportBatch(folder.investigation());
        List<FileReport> reports = new EvidenceImporter(folder, "analysis-tests").importAll(files, null, batch, ImportMonitor.NONE);
        for (FileReport report : reports) {
            if (!report.ok()) {
                throw new IllegalStateException("synthetic file not imported cleanly: " + report.file() + " " + report.error() + " "
                        + report.rejections());
            }
        }
        batch.addTo(folder.investigation());
        for (int i = 0; i < outages.size(); i++) {
            Outage outage = outages.get(i);
            for (String name : outageHosts.get(i)) {
                for (Host host : folder.investigation().getHosts()) {
                    if (host.getName().equalsIgnoreCase(name)) {
                        outage.getAffectedHosts().add(host);
                    }
                }
            }
            folder.investigation().getOutages().add(outage);
        }
        folder.save();
        try (EvidenceIndex index = EvidenceIndex.open(folder.indexDir(), () -> EvidenceRecords.of(folder), IndexProgress.NONE, Verification.OPEN)) {
            index.documentCount();
        }
        return folder;
    }

    private static Path write(Path file, String typeLine, String header, List<String> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        if (typeLine != null) {
            text.append(typeLine).append("\r\n");
        }
        text.append(header).append("\r\n");
        for (String row : rows) {
            text.append(row).append("\r\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String csv(String... values) {
        StringBuilder line = new StringBuilder();
        for (String value : values) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append('"').append(value == null ? "" : value.replace("\"", "\"\"")).append('"');
        }
        return line.toString();
    }

    /** A {@code !analyze -v} output in the shape of WinDbg's, with the dump header that names the machine and the time. */
    static String analysis(String host, Instant time, CrashKind kind) {
        StringBuilder t = new StringBuilder();
        t.append("Microsoft (R) Windows Debugger Version 10.0.25921.1001 AMD64\n");
        t.append("Copyright (c) Microsoft Corporation. All rights reserved.\n\n");
        t.append("Loading Dump File [C:\\Windows\\MEMORY.DMP]\n");
        t.append("Kernel Bitmap Dump File: Kernel address space is available, User address space may not be available.\n\n");
        t.append("* SYNTHETIC test data written by Faultline's analysis tests: not a real dump or host *\n\n");
        t.append("Windows 10 Kernel Version 19041 MP (4 procs) Free x64\n");
        t.append("Built by: 19041.1.amd64fre.vb_release.191206-1406\n");
        t.append("Machine Name: ").append(host).append('\n');
        t.append("Debug session time: ").append(SESSION.format(time)).append(" (UTC + 0:00)\n");
        t.append("System Uptime: 0 days 0:03:12.417\n\n");
        t.append("kd> !analyze -v\n");
        t.append("*******************************************************************************\n");
        t.append("*                                                                             *\n");
        t.append("*                        Bugcheck Analysis                                    *\n");
        t.append("*                                                                             *\n");
        t.append("*******************************************************************************\n\n");
        t.append(kind.bugcheckName()).append(" (").append(kind.code()).append(")\n");
        t.append("Arguments:\n");
        for (int i = 0; i < 4; i++) {
            t.append("Arg").append(i + 1).append(": ").append(kind.args()[i]).append('\n');
        }
        t.append("\nDebugging Details:\n------------------\n\n");
        t.append("BUGCHECK_CODE:  ").append(kind.code()).append("\n\n");
        t.append("PROCESS_NAME:  System\n\n");
        t.append("STACK_TEXT:  \n");
        long sp = 0xffff8a815e1f6f88L;
        for (String frame : kind.stack()) {
            t.append(String.format(Locale.ROOT, "%08x`%08x fffff805`6f20a7a9     : 00000000`0000000a ffffc30a`1c2d4000 00000000`00000002 00000000`00000000 : %s%n",
                    (sp >>> 32), (sp & 0xffffffffL), frame));
            sp += 0x140;
        }
        t.append('\n');
        String top = null;
        for (String frame : kind.stack()) {
            if (frame.startsWith(kind.module())) {
                top = frame;
                break;
            }
        }
        if (top != null) {
            t.append("SYMBOL_NAME:  ").append(top.replace("+0x", "+")).append("\n\n");
        }
        t.append("MODULE_NAME: ").append(kind.module()).append("\n\n");
        t.append("IMAGE_NAME:  ").append(kind.image()).append("\n\n");
        if (kind.bucket() != null) {
            t.append("FAILURE_BUCKET_ID:  ").append(kind.bucket()).append("\n\n");
        }
        t.append("Followup:     MachineOwner\n---------\n");
        return t.toString();
    }
}
