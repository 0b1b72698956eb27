package dev.faultline.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.faultline.analysis.Citation;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.Proposal;
import dev.faultline.analysis.UpdateTiming;
import dev.faultline.model.Driver;
import dev.faultline.model.RelationKind;
import dev.faultline.model.Update;
import dev.faultline.model.UpdateFile;

/**
 * Update to driver proposals (the driver consumes the update: recorded consumption, files, vendor,
 * timing, hosts that received it), and the "no" side: an update released just before a cluster
 * that nothing connects to its faulting module is proposed only at a token confidence, with why not.
 */
public final class UpdateLinks {

    /** Confidence given to an update that only its timing connects to a cluster. */
    public static final double TIMING_ONLY = 0.05;

    private final ProposalFactory factory;

    public UpdateLinks(ProposalFactory factory) {
        this.factory = factory;
    }

    /** What connects an update to a driver, apart from timing. */
    record Connection(double confidence, List<String> reasons, boolean replacesDriver) {
        boolean any() {
            return confidence > 0;
        }
    }

    static Connection connection(Update update, Driver driver) {
        double c = 0;
        List<String> reasons = new ArrayList<>();
        String driverName = driver.getFileName() != null ? driver.getFileName() : DriverMatch.base(driver);
        if (update.getConsumedBy().contains(driver)) {
            c += 0.4;
            reasons.add("the investigation records " + driverName + " as consuming it");
        }
        String base = DriverMatch.base(driver);
        String driverFolder = DriverMatch.folder(driver.getPath());
        String vendor = CrashKeys.keyword(driver.getVendor());
        boolean replaces = false;
        double fileSignal = 0;
        String fileReason = null;
        for (UpdateFile file : update.getFiles()) {
            String name = DriverMatch.fileName(file.getPath());
            String folder = DriverMatch.folder(file.getPath());
            if (name != null && base != null && base.equals(CrashKeys.moduleBase(name))) {
                replaces = true;
                fileSignal = 0.35;
                fileReason = "its file " + file.getPath() + " is the driver itself";
                break;
            }
            if (folder != null && folder.equals(driverFolder) && !DriverMatch.SHARED_FOLDERS.contains(folder) && fileSignal < 0.25) {
                fileSignal = 0.25;
                fileReason = "its file " + file.getPath() + " is in the driver's folder";
            } else if (folder != null && vendor != null && folder.contains(vendor) && fileSignal < 0.15) {
                fileSignal = 0.15;
                fileReason = "its file " + file.getPath() + " lies in a folder named after the driver's vendor";
            }
        }
        if (fileReason != null) {
            c += fileSignal;
            reasons.add(fileReason);
        }
        String updateVendor = CrashKeys.keyword(update.getVendor());
        if (updateVendor != null && sameVendor(updateVendor, driver)) {
            c += 0.15;
            reasons.add("update and driver come from the same vendor (" + update.getVendor() + ")");
        }
        return new Connection(c, reasons, replaces);
    }

    private static boolean sameVendor(String vendor, Driver driver) {
        for (String text : new String[] { driver.getVendor(), driver.getSigner(), driver.getDisplayName(), driver.getDescription() }) {
            String t = CrashKeys.keyword(text);
            if (t != null && (t.contains(vendor) || vendor.contains(t) && t.length() >= 4)) {
                return true;
            }
        }
        return false;
    }

    /** Proposals from the updates connected to the cluster's blamed drivers. */
    public List<Proposal> toDrivers(CrashClusterSummary cluster, List<Driver> drivers, List<Update> updates) {
        List<Proposal> proposals = new ArrayList<>();
        for (Driver driver : drivers) {
            for (Update update : updates) {
                Connection connection = connection(update, driver);
                if (connection.any()) {
                    proposals.add(proposal(cluster, driver, update, connection));
                }
            }
        }
        return proposals;
    }

    private Proposal proposal(CrashClusterSummary cluster, Driver driver, Update update, Connection connection) {
        double c = connection.confidence();
        List<String> against = new ArrayList<>();
        List<String> reasons = new ArrayList<>(connection.reasons());
        UpdateTiming timing = timing(cluster, update);
        String driverName = driver.getFileName() != null ? driver.getFileName() : DriverMatch.base(driver);
        if (update.getReleasedAt() != null && cluster.firstSeen() != null) {
            long minutes = java.time.Duration.between(update.getReleasedAt(), cluster.firstSeen()).toMinutes();
            if (minutes < 0) {
                c = Math.min(c, 0.2);
                against.add("it was released " + Words.duration(-minutes) + " after the first crash of " + cluster.name());
            } else if (minutes <= 180) {
                c += 0.25;
                reasons.add("the first crash blaming " + driverName + " came " + Words.duration(minutes) + " after its release");
            } else if (minutes <= 48 * 60) {
                c += 0.1;
                reasons.add("the first crash blaming " + driverName + " came " + Words.duration(minutes) + " after its release");
            } else if (minutes > 7 * 24 * 60) {
                c = Math.min(c, 0.35);
                against.add("it was released " + Words.duration(minutes) + " before the first crash: a precondition at most, not what set"
                        + " the crashes off");
            }
        } else {
            against.add("its release time or the crash times are unknown, so timing cannot support it");
        }
        if (timing != null && timing.shareOfHostsWithUpdate() != null) {
            double share = timing.shareOfHostsWithUpdate();
            if (share >= 0.9) {
                c += 0.1;
                reasons.add(Words.percent(share) + " of the crashed hosts had received it");
            } else if (share < 0.5) {
                c -= 0.25;
                against.add("only " + Words.percent(share) + " of the crashed hosts had received it");
            } else {
                reasons.add(Words.percent(share) + " of the crashed hosts had received it");
            }
            if (timing.hostsWithoutUpdate() > 0) {
                against.add(timing.hostsWithoutUpdate() + " crashed hosts had not received it ("
                        + Words.list(timing.hostsWithoutUpdateSample(), 5) + ")");
            }
        }
        c = Math.max(0, Math.min(0.97, c));
        RelationKind relation = connection.replacesDriver() ? RelationKind.TRIGGERS : RelationKind.LOADED_BY;
        StringBuilder rationale = new StringBuilder();
        rationale.append(UpdateTimings.label(update)).append(connection.replacesDriver() ? " replaces " : " is consumed by ")
                .append(driverName).append(", the driver blamed by cluster ").append(cluster.name()).append(" (")
                .append(cluster.count()).append(" crashes, bugcheck ").append(cluster.bugcheck()).append("): ")
                .append(String.join("; ", reasons)).append('.');
        if (!against.isEmpty()) {
            rationale.append(" Against: ").append(String.join("; ", against)).append('.');
        }
        List<Citation> evidence = new ArrayList<>(ProposalFactory.citationsOf(update, driver));
        evidence.addAll(cluster.evidence());
        return factory.make(update, driver, relation, c, rationale.toString(), evidence);
    }

    /**
     * Updates released just before the cluster's first crash that nothing connects to its blamed
     * module: proposed at {@link #TIMING_ONLY} with the reason, or, when one of its files is the
     * faulting module itself (a patch replacing a system driver), proposed as its trigger.
     */
    public List<Proposal> unconnected(CrashClusterSummary cluster, List<Driver> drivers) {
        List<Proposal> proposals = new ArrayList<>();
        if (cluster.modelCluster() == null) {
            return proposals;
        }
        for (UpdateTiming timing : cluster.updates()) {
            Update update = timing.update();
            boolean connected = false;
            for (Driver driver : drivers) {
                connected |= connection(update, driver).any();
            }
            if (connected) {
                continue;
            }
            String touched = touchedModule(update, cluster);
            List<Citation> evidence = new ArrayList<>(ProposalFactory.citationsOf(update));
            evidence.addAll(cluster.evidence());
            if (touched != null) {
                double c = 0.5 + (timing.minutesAfterRelease() <= 180 ? 0.25 : 0.1);
                String rationale = UpdateTimings.label(update) + " replaces " + touched + ", the module cluster " + cluster.name()
                        + " blames, and was released " + Words.duration(timing.minutesAfterRelease()) + " before its first crash"
                        + share(timing) + ".";
                proposals.add(factory.make(update, cluster.modelCluster(), RelationKind.TRIGGERS, c, rationale, evidence));
                continue;
            }
            List<String> files = update.getFiles().stream().map(UpdateFile::getPath).toList();
            String module = cluster.image() != null ? cluster.image() : cluster.module();
            StringBuilder rationale = new StringBuilder("Not linked: ").append(UpdateTimings.label(update)).append(" was released ")
                    .append(Words.duration(timing.minutesAfterRelease())).append(" before the first crash of ").append(cluster.name())
                    .append(", but nothing connects it to the crashes: ");
            List<String> why = new ArrayList<>();
            why.add(files.isEmpty() ? "it names no files" : "none of its files (" + Words.list(files, 4) + ") is " + module);
            if (!drivers.isEmpty()) {
                Driver driver = drivers.get(0);
                String name = driver.getFileName() != null ? driver.getFileName() : module;
                why.add("the investigation does not record " + name + " consuming it");
                if (update.getVendor() != null && driver.getVendor() != null) {
                    why.add("its vendor (" + update.getVendor() + ") is not the driver's (" + driver.getVendor() + ")");
                }
            }
            rationale.append(String.join("; ", why)).append(". Released in the same window is timing alone, not a cause")
                    .append(share(timing)).append('.');
            proposals.add(factory.make(update, cluster.modelCluster(), RelationKind.TRIGGERS, TIMING_ONLY, rationale.toString(), evidence));
        }
        return proposals;
    }

    private static String share(UpdateTiming timing) {
        return timing.shareOfHostsWithUpdate() == null ? ""
                : "; " + Words.percent(timing.shareOfHostsWithUpdate()) + " of the crashed hosts had received it";
    }

    /** The cluster's blamed module when one of the update's files is it, else {@code null}. */
    static String touchedModule(Update update, CrashClusterSummary cluster) {
        for (UpdateFile file : update.getFiles()) {
            String base = CrashKeys.moduleBase(DriverMatch.fileName(file.getPath()));
            if (base != null && (base.equals(cluster.module()) || base.equals(CrashKeys.moduleBase(cluster.image())))) {
                return DriverMatch.fileName(file.getPath()).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static UpdateTiming timing(CrashClusterSummary cluster, Update update) {
        for (UpdateTiming timing : cluster.updates()) {
            if (timing.update() == update) {
                return timing;
            }
        }
        return null;
    }
}
