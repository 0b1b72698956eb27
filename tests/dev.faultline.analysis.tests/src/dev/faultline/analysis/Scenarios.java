package dev.faultline.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.faultline.model.persistence.InvestigationFolder;

/** The synthetic investigations the analysis is tested on (see {@link SyntheticFleet}). */
final class Scenarios {

    static final Instant SSF_RELEASE = Instant.parse("2024-03-12T09:00:00Z");
    static final Instant PATCH_RELEASE = Instant.parse("2024-03-12T17:00:00Z");
    static final Instant NIC_WAVE = Instant.parse("2024-05-02T14:00:00Z");

    private Scenarios() {
    }

    static String host(String prefix, int n) {
        return String.format(Locale.ROOT, "%s-%04d", prefix, n);
    }

    static List<String> hosts(String prefix, int from, int to) {
        List<String> hosts = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            hosts.add(host(prefix, i));
        }
        return hosts;
    }

    /**
     * A storage filter driver update (Contoso StorShield 4.2.1, ssflt.sys) deployed to the first 60
     * of 120 servers at 09:00; 45 of them bugcheck 0xD1 in ssflt from 09:07, some boot-looping; the
     * order database servers among them carry an outage. A Defender definition update reached all
     * servers ten minutes earlier and is not linked.
     */
    static InvestigationFolder storageFilterUpdate(Path dir) throws IOException {
        SyntheticFleet fleet = new SyntheticFleet();
        for (int i = 1; i <= 120; i++) {
            String host = host("SRV", i);
            fleet.inventory(host, "Windows Server 2019", i <= 10 ? "order database server" : i <= 100 ? "file server" : "payroll application server",
                    "DC-East");
            fleet.driver(host, "ssflt", "Contoso StorShield Filter", "File System", "Boot", "C:\\Windows\\System32\\drivers\\ssflt.sys");
            fleet.driver(host, "ACPI", "Microsoft ACPI Driver", "Kernel", "Boot", "C:\\Windows\\System32\\drivers\\ACPI.sys");
            fleet.driver(host, "Ntfs", "Ntfs", "File System", "Boot", "C:\\Windows\\System32\\drivers\\Ntfs.sys");
            fleet.driver(host, "vmxnet3", "vmxnet3 NDIS 6 Ethernet Adapter Driver", "Kernel", "Manual", "C:\\Windows\\System32\\drivers\\vmxnet3.sys");
        }
        fleet.update("Contoso", "StorShield", "driver", "SSF-4.2.1", "4.2.1", SSF_RELEASE,
                "C:\\Windows\\System32\\drivers\\ssflt.sys;C:\\Program Files\\Contoso\\StorShield\\ssf.cfg", hosts("SRV", 1, 60));
        fleet.update("Microsoft", "Microsoft Defender Antivirus", "definitions", "KB2267602", "1.407.511.0", SSF_RELEASE.minusSeconds(600),
                "C:\\ProgramData\\Microsoft\\Windows Defender\\Definition Updates\\mpavbase.vdm", hosts("SRV", 1, 120));
        for (int i = 1; i <= 45; i++) {
            Instant first = SSF_RELEASE.plusSeconds(7 * 60 + (i * 41L) % 1800);
            fleet.crash(host("SRV", i), first, SyntheticFleet.STORAGE_FILTER_D1);
            if (i % 3 == 0) {
                fleet.crash(host("SRV", i), first.plusSeconds(150), SyntheticFleet.STORAGE_FILTER_D1);
                fleet.bootLoop(host("SRV", i), first, 3);
            } else {
                fleet.bootLoop(host("SRV", i), first, 1);
            }
        }
        fleet.outage("Order fulfilment database", "retail", SSF_RELEASE.plusSeconds(12 * 60), hosts("SRV", 1, 10).toArray(new String[0]));
        fleet.outage("Payroll", "finance", SSF_RELEASE.plusSeconds(60 * 60), hosts("SRV", 101, 110).toArray(new String[0]));
        return fleet.build(dir.resolve("inputs"), dir.resolve("case"));
    }

    /**
     * An OS patch (KB5035845: ntoskrnl, ntfs, tcpip) reaches all 80 workstations at 17:00; from 17:20
     * 30 of them bugcheck 0x7E in the Acme antivirus filter acmeflt.sys, which the patch does not
     * touch. Acme's own last engine update is nine days older.
     */
    static InvestigationFolder osPatchWithUnrelatedCluster(Path dir) throws IOException {
        SyntheticFleet fleet = new SyntheticFleet();
        for (int i = 1; i <= 80; i++) {
            String host = host("WKS", i);
            fleet.inventory(host, "Windows 11", "clinic workstation", "Clinic North");
            fleet.driver(host, "acmeflt", "Acme Antivirus Filter", "File System", "Boot", "C:\\Windows\\System32\\drivers\\acmeflt.sys");
            fleet.driver(host, "ACPI", "Microsoft ACPI Driver", "Kernel", "Boot", "C:\\Windows\\System32\\drivers\\ACPI.sys");
            fleet.driver(host, "tcpip", "TCP/IP Protocol Driver", "Kernel", "Boot", "C:\\Windows\\System32\\drivers\\tcpip.sys");
        }
        fleet.update("Microsoft", "Windows 11", "OS patch", "KB5035845", "22631.3296", PATCH_RELEASE,
                "C:\\Windows\\System32\\ntoskrnl.exe;C:\\Windows\\System32\\drivers\\ntfs.sys;C:\\Windows\\System32\\drivers\\tcpip.sys",
                hosts("WKS", 1, 80));
        fleet.update("Acme", "Acme Antivirus", "engine", "ACME-ENGINE-12.1", "12.1", PATCH_RELEASE.minusSeconds(9 * 24 * 3600),
                "C:\\Program Files\\Acme\\AV\\engine.dll", List.of());
        for (int i = 1; i <= 30; i++) {
            fleet.crash(host("WKS", i), PATCH_RELEASE.plusSeconds(20 * 60 + i * 67L), SyntheticFleet.AV_FILTER_7E);
        }
        fleet.outage("Clinic appointment desk", "healthcare", PATCH_RELEASE.plusSeconds(30 * 60), hosts("WKS", 1, 12).toArray(new String[0]));
        return fleet.build(dir.resolve("inputs"), dir.resolve("case"));
    }

    /**
     * A crash wave of 0x50 in the NIC driver fabnic.sys on 20 of 50 point-of-sale terminals, with no
     * update in the days before it (the last one, ten days earlier, is for the POS application).
     */
    static InvestigationFolder crashWaveWithoutUpdate(Path dir) throws IOException {
        SyntheticFleet fleet = new SyntheticFleet();
        for (int i = 1; i <= 50; i++) {
            String host = host("POS", i);
            fleet.inventory(host, "Windows 10 IoT Enterprise", "point of sale terminal", "Store 12");
            fleet.driver(host, "fabnic", "Fabrikam Gigabit Network Adapter", "Kernel", "Manual", "C:\\Windows\\System32\\drivers\\fabnic.sys");
            fleet.driver(host, "ACPI", "Microsoft ACPI Driver", "Kernel", "Boot", "C:\\Windows\\System32\\drivers\\ACPI.sys");
        }
        fleet.update("Contoso", "Contoso POS", "application", "POS-5.1", "5.1", NIC_WAVE.minusSeconds(10 * 24 * 3600),
                "C:\\Program Files\\Contoso\\POS\\pos.exe", hosts("POS", 1, 50));
        for (int i = 1; i <= 20; i++) {
            fleet.crash(host("POS", i), NIC_WAVE.plusSeconds(i * 83L), SyntheticFleet.NIC_50);
        }
        fleet.outage("Store checkout", "retail", NIC_WAVE.plusSeconds(300), hosts("POS", 1, 20).toArray(new String[0]));
        return fleet.build(dir.resolve("inputs"), dir.resolve("case"));
    }
}
