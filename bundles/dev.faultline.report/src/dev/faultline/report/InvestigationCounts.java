package dev.faultline.report;

import java.util.List;

import dev.faultline.model.Investigation;

/**
 * How much an investigation holds, as the overview and the report's summary show it.
 *
 * @param problems validation errors and warnings (-1 when not validated)
 */
public record InvestigationCounts(int hosts, int hostGroups, int drivers, int updates, int crashes, int clusters,
        int outages, int timelineEvents, int causalLinks, int remediations, int evidenceFiles, int problems) {

    public static InvestigationCounts of(Investigation investigation, int problems) {
        return new InvestigationCounts(investigation.getHosts().size(), investigation.getHostGroups().size(),
                investigation.getDrivers().size(), investigation.getUpdates().size(), investigation.getCrashAnalyses().size(),
                investigation.getCrashClusters().size(), investigation.getOutages().size(),
                investigation.getTimelineEvents().size(), investigation.getCausalLinks().size(),
                investigation.getRemediations().size(), investigation.getEvidence().size(), problems);
    }

    /** {@code "7 hosts"}, {@code "1 crash cluster"}, ... in the order the overview shows them. */
    public List<String> lines() {
        return List.of(n(hosts, "host", "hosts"), n(hostGroups, "host group", "host groups"), n(drivers, "driver", "drivers"),
                n(updates, "update", "updates"), n(crashes, "crash analysis", "crash analyses"),
                n(clusters, "crash cluster", "crash clusters"), n(outages, "outage", "outages"),
                n(timelineEvents, "timeline event", "timeline events"), n(causalLinks, "causal link", "causal links"),
                n(remediations, "remediation", "remediations"), n(evidenceFiles, "evidence file", "evidence files"),
                problems < 0 ? "problems not checked" : n(problems, "problem", "problems"));
    }

    private static String n(int count, String one, String many) {
        return String.format("%,d %s", count, count == 1 ? one : many);
    }
}
