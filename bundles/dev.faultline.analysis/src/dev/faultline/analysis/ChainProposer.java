package dev.faultline.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.faultline.analysis.internal.DriverLinks;
import dev.faultline.analysis.internal.DriverMatch;
import dev.faultline.analysis.internal.OutageLinks;
import dev.faultline.analysis.internal.ProposalFactory;
import dev.faultline.analysis.internal.UpdateLinks;
import dev.faultline.analysis.internal.UpdateTimings;
import dev.faultline.analysis.internal.Words;
import dev.faultline.index.FleetReader;
import dev.faultline.model.Driver;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.RelationKind;

/**
 * Proposes the causal chain update → driver → crash cluster → outage from the investigation's
 * updates, drivers, recorded crash clusters, outages and hosts, and the boot events of the index.
 * Every proposal has a confidence, a rationale (with what speaks against it) and citations. It also
 * says no: an update released just before a cluster that nothing connects to its faulting module is
 * proposed only at a token confidence with the reason, and a cluster with no plausible update gets a
 * note saying so.
 */
public final class ChainProposer {

    private final Investigation investigation;
    private final Function<Object, String> idOf;
    private final FleetReader scan;

    /**
     * @param idOf the {@code xmi:id} of a model object, or {@code null}
     * @param scan the investigation's index (for boot events), or {@code null}
     */
    public ChainProposer(Investigation investigation, Function<Object, String> idOf, FleetReader scan) {
        this.investigation = investigation;
        this.idOf = idOf;
        this.scan = scan;
    }

    /**
     * @param clusters the clusters, bound to their model clusters ({@link ClusterRecorder#bind}); a cluster
     *            not in the model gets no proposals
     */
    public ChainProposals propose(List<CrashClusterSummary> clusters, AnalysisMonitor monitor) throws IOException {
        monitor.step("Proposing causal links");
        ProposalFactory factory = new ProposalFactory(investigation, idOf);
        UpdateLinks updates = new UpdateLinks(factory);
        DriverLinks drivers = new DriverLinks(factory);
        OutageLinks outages = new OutageLinks(investigation, factory, scan == null ? null : scan.bootEvents());
        List<Proposal> updateToDriver = new ArrayList<>();
        List<Proposal> driverToCluster = new ArrayList<>();
        List<Proposal> clusterToOutage = new ArrayList<>();
        List<Proposal> unconnected = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (CrashClusterSummary cluster : clusters) {
            monitor.checkCanceled();
            List<Driver> blamed = DriverMatch.blamed(investigation, cluster);
            List<Driver> passing = DriverMatch.inSignature(investigation, cluster, blamed);
            driverToCluster.addAll(drivers.propose(cluster, blamed, passing));
            List<Proposal> toDrivers = updates.toDrivers(cluster, blamed, investigation.getUpdates());
            for (Proposal p : toDrivers) {
                if (!contains(updateToDriver, p)) {
                    updateToDriver.add(p);
                }
            }
            List<Proposal> others = updates.unconnected(cluster, blamed);
            unconnected.addAll(others);
            clusterToOutage.addAll(outages.propose(cluster));
            notes.addAll(notes(cluster, blamed, toDrivers, others));
        }
        for (Outage outage : investigation.getOutages()) {
            if (outages.servingHosts(outage).isEmpty()) {
                notes.add("Outage '" + ProposalFactory.label(outage) + "' names no affected hosts or host groups with representatives,"
                        + " and no host's role matches it: nothing ties it to a crash cluster.");
            }
        }
        List<Proposal> all = new ArrayList<>();
        for (List<Proposal> step : List.of(updateToDriver, driverToCluster, clusterToOutage, unconnected)) {
            step.sort(Comparator.comparingDouble(Proposal::confidence).reversed().thenComparing(Proposal::id));
            all.addAll(step);
        }
        return new ChainProposals(all, notes, clusters);
    }

    private static boolean contains(List<Proposal> proposals, Proposal p) {
        return proposals.stream().anyMatch(q -> q.id().equals(p.id()));
    }

    /** What was not linked for a cluster, and why. */
    private static List<String> notes(CrashClusterSummary cluster, List<Driver> blamed, List<Proposal> toDrivers, List<Proposal> others) {
        List<String> notes = new ArrayList<>();
        String name = "cluster " + cluster.name() + " (" + cluster.id() + ")";
        if (cluster.modelCluster() == null) {
            notes.add("The " + name + " is not recorded in the model yet: run 'faultline clusters' (or accept a proposal) to link it.");
            return notes;
        }
        if (blamed.isEmpty()) {
            if (cluster.module() != null && DriverMatch.KERNEL.contains(cluster.module())) {
                notes.add("The " + name + " blames the Windows kernel (" + cluster.module() + "), not a driver: its stack signature '"
                        + cluster.signature() + "' is the lead; no driver link is proposed.");
            } else {
                notes.add("The " + name + " blames module " + (cluster.module() == null ? "(unknown)" : cluster.module())
                        + ", which is no driver of the investigation: import a driver inventory (driverquery) to link it.");
            }
        }
        boolean plausible = toDrivers.stream().anyMatch(p -> p.confidence() >= Proposal.MEDIUM)
                || others.stream().anyMatch(p -> p.relation() == RelationKind.TRIGGERS && p.confidence() >= Proposal.MEDIUM);
        if (!plausible) {
            if (cluster.firstSeen() == null) {
                notes.add("No update link for the " + name + ": its crashes have no times, so no update can be placed before them.");
            } else if (cluster.updates().isEmpty()) {
                notes.add("No update link for the " + name + ": no update of the investigation was released in the "
                        + UpdateTimings.WINDOW.toHours() + " h before its first crash (" + cluster.firstSeen() + ").");
            } else {
                List<String> released = new ArrayList<>();
                for (UpdateTiming timing : cluster.updates()) {
                    released.add(timing.label() + " (" + Words.duration(timing.minutesAfterRelease()) + " before)");
                }
                notes.add("No update link for the " + name + ": the updates released in the " + UpdateTimings.WINDOW.toHours()
                        + " h before its first crash, " + Words.list(released, 4) + ", touch neither its faulting module "
                        + (cluster.image() != null ? cluster.image() : cluster.module()) + " nor a driver it blames.");
            }
        }
        return notes;
    }
}
