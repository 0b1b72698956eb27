package dev.faultline.analysis;

import java.util.List;

/**
 * The kernel-driver audit: per driver across the fleet (drivers implicated in crash clusters
 * first, then by risk) and per host (riskiest first).
 *
 * @param notes what limits the audit (no inventories, no signer column ...)
 */
public record DriverAuditResult(List<DriverFinding> drivers, List<HostDriverFinding> hosts, DriverBaseline baseline, List<String> notes) {

    public DriverAuditResult {
        drivers = List.copyOf(drivers);
        hosts = List.copyOf(hosts);
        notes = List.copyOf(notes);
    }
}
