package dev.faultline.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Citation;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.Proposal;
import dev.faultline.index.FleetScan;
import dev.faultline.model.Driver;
import dev.faultline.model.Host;
import dev.faultline.model.RelationKind;

/** Driver to crash cluster proposals: the cluster's faulting module is the driver. */
public final class DriverLinks {

    private final ProposalFactory factory;

    public DriverLinks(ProposalFactory factory) {
        this.factory = factory;
    }

    public List<Proposal> propose(CrashClusterSummary cluster, List<Driver> blamed, List<Driver> inSignature) {
        List<Proposal> proposals = new ArrayList<>();
        if (cluster.modelCluster() == null) {
            return proposals;
        }
        for (Driver driver : blamed) {
            proposals.add(proposal(cluster, driver, true));
        }
        for (Driver driver : inSignature) {
            proposals.add(proposal(cluster, driver, false));
        }
        return proposals;
    }

    private Proposal proposal(CrashClusterSummary cluster, Driver driver, boolean blamed) {
        String name = driver.getFileName() != null ? driver.getFileName() : DriverMatch.base(driver);
        String base = DriverMatch.base(driver);
        List<String> reasons = new ArrayList<>();
        double c;
        if (blamed) {
            c = 0.7;
            reasons.add("all " + cluster.count() + " crashes (on " + cluster.hosts() + " hosts, bugcheck " + cluster.bugcheck()
                    + ") blame module " + cluster.module() + (cluster.image() != null ? " (image " + cluster.image() + ")" : "")
                    + ", which is the driver " + name);
        } else {
            c = 0.4;
            reasons.add("the crashes blame " + cluster.module() + ", but their stack signature passes through " + name);
        }
        if (blamed && base != null && !cluster.signature().isEmpty() && cluster.signature().toLowerCase().contains(base)) {
            c += 0.1;
            reasons.add("the stack signature '" + cluster.signature() + "' runs through it");
        }
        if (cluster.bucket() != null && base != null && cluster.bucket().toLowerCase().contains(base)) {
            c += 0.05;
            reasons.add("the failure bucket " + cluster.bucket() + " names it");
        }
        long loadedOnCrashed = 0;
        for (Host host : driver.getLoadedOn()) {
            if (host.getName() != null && LongArrays.contains(cluster.hostHashes(), FleetScan.hostHash(host.getName()))) {
                loadedOnCrashed++;
            }
        }
        if (loadedOnCrashed > 0) {
            c += 0.05;
            reasons.add("driver inventories show it loaded on " + loadedOnCrashed + " of the crashed hosts");
        }
        String rationale = name + (blamed ? " crashes " : " may crash ") + cluster.name() + ": " + String.join("; ", reasons) + ".";
        List<Citation> evidence = new ArrayList<>(cluster.evidence());
        evidence.addAll(ProposalFactory.citationsOf(driver));
        return factory.make(driver, cluster.modelCluster(), RelationKind.CRASHES, Math.min(0.97, c), rationale, evidence);
    }
}
