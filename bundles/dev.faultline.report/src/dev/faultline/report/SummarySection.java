package dev.faultline.report;

import java.util.List;

/**
 * The summary: the investigation's own summary, status and severity, its incidents with their key
 * times, and the impact from the outages and the host-group counts.
 */
public record SummarySection(String text, String status, String severity, List<Incident> incidents, List<Outage> outages,
        List<HostGroup> hostGroups, List<String> counts) {

    /** An incident with its key times ({@code not recorded} when the model has none). */
    public record Incident(String title, String start, String detected, String mitigated, String resolved, String impact,
            String description, boolean reconstructed, List<Citation> citations) {
    }

    /** An affected service. */
    public record Outage(String service, String sector, String start, String end, String severity, String impact,
            String affected, String description, boolean reconstructed, List<Citation> citations) {
    }

    /** A fleet segment with its counts. */
    public record HostGroup(String name, String criteria, String hosts, String affected, String recovered, String countsAsOf,
            String description, boolean reconstructed, List<Citation> citations) {
    }
}
