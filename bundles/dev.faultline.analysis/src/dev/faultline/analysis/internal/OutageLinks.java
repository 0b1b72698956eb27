package dev.faultline.analysis.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.Citation;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.Proposal;
import dev.faultline.index.FleetScan;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.HostState;
import dev.faultline.model.HostStateChange;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.RelationKind;

/**
 * Crash cluster to outage proposals: the crashed hosts serve the outage's business function (they
 * are listed as affected, represent an affected host group, or their role names the outage's
 * service or sector), and boot loops (repeated Kernel-Power 41 / EventLog 6008) show they stayed down.
 */
public final class OutageLinks {

    private final Investigation investigation;
    private final ProposalFactory factory;
    private final FleetScan.BootEvents boot;

    public OutageLinks(Investigation investigation, ProposalFactory factory, FleetScan.BootEvents boot) {
        this.investigation = investigation;
        this.factory = factory;
        this.boot = boot;
    }

    /** The hosts serving an outage, with why. */
    public Map<Host, String> servingHosts(Outage outage) {
        Map<Host, String> hosts = new LinkedHashMap<>();
        for (Host host : outage.getAffectedHosts()) {
            hosts.putIfAbsent(host, "listed as affected by the outage");
        }
        for (HostGroup group : outage.getAffectedGroups()) {
            for (Host host : group.getRepresentatives()) {
                hosts.putIfAbsent(host, "represents the affected host group " + group.getName());
            }
        }
        for (Host host : investigation.getHosts()) {
            String word = Words.shared(host.getRole(), (outage.getService() == null ? "" : outage.getService()) + " "
                    + (outage.getSector() == null ? "" : outage.getSector()));
            if (word != null) {
                hosts.putIfAbsent(host, "its role '" + host.getRole() + "' matches the outage ('" + word + "')");
            }
        }
        return hosts;
    }

    public List<Proposal> propose(CrashClusterSummary cluster) {
        List<Proposal> proposals = new ArrayList<>();
        if (cluster.modelCluster() == null) {
            return proposals;
        }
        for (Outage outage : investigation.getOutages()) {
            Map<Host, String> serving = servingHosts(outage);
            List<Host> crashed = new ArrayList<>();
            for (Host host : serving.keySet()) {
                if (host.getName() != null && LongArrays.contains(cluster.hostHashes(), FleetScan.hostHash(host.getName()))) {
                    crashed.add(host);
                }
            }
            if (!crashed.isEmpty()) {
                proposals.add(proposal(cluster, outage, serving, crashed));
            }
        }
        return proposals;
    }

    private Proposal proposal(CrashClusterSummary cluster, Outage outage, Map<Host, String> serving, List<Host> crashed) {
        double share = crashed.size() / (double) serving.size();
        double c = 0.45 + 0.25 * share;
        List<String> reasons = new ArrayList<>();
        List<String> against = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Host host : crashed) {
            named.add(host.getName() + " (" + serving.get(host) + ")");
        }
        reasons.add(crashed.size() + " of the " + serving.size() + " hosts serving it crashed in this cluster: " + Words.list(named, 3));
        List<String> looping = new ArrayList<>();
        long bugcheckReboots = 0;
        for (Host host : crashed) {
            int[] events = boot == null ? null : boot.perHost().get(FleetScan.hostHash(host.getName()));
            boolean loops = events != null && events[0] + events[1] >= 2;
            bugcheckReboots += events == null ? 0 : events[2];
            for (HostStateChange change : host.getStateChanges()) {
                loops |= change.getState() == HostState.BOOT_LOOPING;
            }
            if (loops) {
                looping.add(host.getName());
            }
        }
        if (!looping.isEmpty()) {
            c += 0.15;
            reasons.add(looping.size() + " of them were boot-looping (repeated Kernel-Power 41 / EventLog 6008, or a recorded boot-looping"
                    + " state): " + Words.list(looping, 3));
        }
        if (bugcheckReboots > 0) {
            reasons.add(bugcheckReboots + " BugCheck 1001 reboot reports on them");
        }
        if (outage.getStart() != null && cluster.firstSeen() != null) {
            long minutes = Duration.between(cluster.firstSeen(), outage.getStart()).toMinutes();
            if (minutes < -15) {
                c -= 0.3;
                against.add("the outage began " + Words.duration(-minutes) + " before the first crash");
            } else if (minutes <= 6 * 60) {
                c += 0.1;
                reasons.add(minutes >= 0 ? "the outage began " + Words.duration(minutes) + " after the first crash"
                        : "the outage began within a quarter of an hour of the first crash");
            }
        }
        c = Math.max(0, Math.min(0.97, c));
        StringBuilder rationale = new StringBuilder("Cluster ").append(cluster.name()).append(" takes down ")
                .append(outage.getService() != null ? outage.getService() : outage.getSector()).append(": ")
                .append(String.join("; ", reasons)).append('.');
        if (!against.isEmpty()) {
            rationale.append(" Against: ").append(String.join("; ", against)).append('.');
        }
        List<Citation> evidence = new ArrayList<>(cluster.evidence());
        if (!looping.isEmpty() && boot != null) {
            boot.examples().values().forEach(list -> list.stream().limit(1).map(Citation::of).forEach(evidence::add));
        }
        evidence.addAll(ProposalFactory.citationsOf(outage));
        evidence.addAll(ProposalFactory.citationsOf(crashed.toArray(new Host[0])));
        return factory.make(cluster.modelCluster(), outage, RelationKind.CAUSES_OUTAGE, c, rationale.toString(), evidence);
    }
}
