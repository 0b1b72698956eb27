package dev.faultline.report.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.faultline.analysis.AnalysisMonitor;
import dev.faultline.analysis.CaseAnalysis;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.DriverAuditResult;
import dev.faultline.analysis.DriverBaseline;
import dev.faultline.analysis.DriverFinding;
import dev.faultline.analysis.SignatureRules;
import dev.faultline.analysis.UpdateTiming;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.Investigation;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.report.Citation;
import dev.faultline.report.ClusterSection;
import dev.faultline.report.DriverSection;

/**
 * The crash-cluster and kernel-driver sections from Faultline's analysis (crash clustering over the
 * evidence index and the model, updates released before each cluster, the driver risk audit). The
 * analysis only reads: clusters it finds are reported, not recorded in the model. When it cannot run,
 * the sections are built from the model alone and say why.
 */
public final class AnalysisRows {

    private final Texts texts;
    private final ChainRows chain;
    private ClusterSection clusters;
    private DriverSection drivers;

    public AnalysisRows(Texts texts, ChainRows chain) {
        this.texts = texts;
        this.chain = chain;
    }

    /** Runs the analysis of {@code folder}; afterwards {@link #clusters()} and {@link #drivers()} hold the sections. */
    public AnalysisRows run(InvestigationFolder folder) {
        Investigation investigation = folder.investigation();
        try (CaseAnalysis analysis = CaseAnalysis.open(folder, AnalysisMonitor.NONE)) {
            List<CrashClusterSummary> found = analysis.clusters(SignatureRules.defaults(), AnalysisMonitor.NONE);
            DriverAuditResult audit = analysis.auditDrivers(found, DriverBaseline.none(), AnalysisMonitor.NONE);
            List<ClusterSection.Cluster> rows = found.stream().map(this::cluster).toList();
            List<String> clusterNotes = analysis.scan() == null
                    ? List.of("Clustered from the crash analyses of the model (the investigation has no evidence index).")
                    : List.of();
            clusters = new ClusterSection(rows, List.of(), clusterNotes);
            List<DriverSection.Driver> driverRows = new ArrayList<>(audit.drivers().stream().map(d -> driver(d, investigation)).toList());
            drivers = new DriverSection(driverRows, audit.notes());
        } catch (IOException | RuntimeException e) {
            String why = "The crash analysis could not run (" + e.getMessage() + "): ";
            clusters = chain.clusters(investigation, List.of(why + "clusters as recorded in the model."));
            drivers = chain.drivers(investigation, List.of(why + "drivers as recorded in the model, without risk scores."));
        }
        return this;
    }

    public ClusterSection clusters() {
        return clusters;
    }

    public DriverSection drivers() {
        return drivers;
    }

    private ClusterSection.Cluster cluster(CrashClusterSummary s) {
        CrashCluster model = s.modelCluster();
        String shape = String.join(" \u00b7 ", Stream.of(s.bugcheck() == null ? null : "bugcheck " + s.bugcheck(),
                s.module() == null ? null : "module " + s.module(), s.image() == null ? null : "image " + s.image(),
                s.bucket() == null ? null : "bucket " + s.bucket(), peak(s)).filter(Objects::nonNull).toList());
        String crashes = Texts.count(s.count()) + " crash" + (s.count() == 1 ? "" : "es") + " on " + Texts.count(s.hosts()) + " host"
                + (s.hosts() == 1 ? "" : "s");
        List<String> updates = new ArrayList<>(s.updates().stream().map(this::timing).toList());
        if (s.updates().isEmpty()) {
            updates.add("No update of the investigation was released shortly before the first crash.");
        }
        List<Citation> citations = new ArrayList<>();
        if (model != null) {
            citations.addAll(Texts.citations(model));
        }
        s.evidence().forEach(c -> citations.add(new Citation(c.file(), c.line() > 0 ? Long.toString(c.line()) : "",
                Texts.text(c.sha256()))));
        return new ClusterSection.Cluster(Texts.text(s.name()), Texts.text(s.signature()), shape,
                seen(s.firstSeen(), model == null ? null : model.getFirstSeen()),
                seen(s.lastSeen(), model == null ? null : model.getLastSeen()), crashes,
                s.members().stream().map(chain::crash).toList(), updates, model == null ? "" : Texts.text(model.getDescription()),
                model != null && model.isReconstructed(), citations.stream().distinct().toList());
    }

    /** The time of the analysed crashes, and the model's when the analysts recorded another one. */
    private String seen(java.time.Instant analysed, java.time.Instant recorded) {
        if (analysed == null) {
            return texts.time(recorded);
        }
        return texts.time(analysed) + (recorded == null || recorded.equals(analysed) ? ""
                : " (recorded in the investigation: " + texts.time(recorded) + ")");
    }

    private static String peak(CrashClusterSummary s) {
        long[] perMinute = s.perMinute();
        if (perMinute == null || perMinute.length < 2) {
            return null;
        }
        long peak = 0;
        for (long n : perMinute) {
            peak = Math.max(peak, n);
        }
        return peak < 2 ? null : "peak " + Texts.count(peak) + " crashes per minute";
    }

    private String timing(UpdateTiming t) {
        String share = t.shareOfHostsWithUpdate() == null ? "no per-host records of who received it"
                : String.format(Locale.ROOT, "%.0f %% of the crashed hosts had received it", t.shareOfHostsWithUpdate() * 100)
                        + (t.hostsWithoutUpdate() > 0 ? "; " + t.hostsWithoutUpdate() + " had not ("
                                + String.join(", ", t.hostsWithoutUpdateSample()) + ")" : "");
        return t.label() + " released " + texts.time(t.releasedAt()) + ", " + t.minutesAfterRelease()
                + " min before the first crash; " + share;
    }

    private DriverSection.Driver driver(DriverFinding d, Investigation investigation) {
        String file = d.fileName() != null ? d.fileName() : d.name();
        Driver model = investigation.getDrivers().stream().filter(m -> file.equalsIgnoreCase(Texts.text(m.getFileName()))
                || d.name().equalsIgnoreCase(Texts.text(m.getServiceName()))).findFirst().orElse(null);
        String hosts = d.hosts() == 0 ? "" : Texts.count(d.hosts()) + (d.hostNames().isEmpty() ? ""
                : " (" + d.hostNames().stream().limit(5).collect(Collectors.joining(", ")) + (d.hosts() > 5 ? ", \u2026" : "") + ")");
        List<Citation> citations = new ArrayList<>();
        if (model != null) {
            citations.addAll(Texts.citations(model));
        }
        d.evidence().forEach(c -> citations.add(new Citation(c.file(), c.line() > 0 ? Long.toString(c.line()) : "",
                Texts.text(c.sha256()))));
        String type = Texts.text(d.type()) + (d.thirdParty() ? " (third-party)" : "");
        return new DriverSection.Driver(file, model == null ? "" : Texts.text(model.getVendor()),
                model == null ? "" : Texts.text(model.getVersion()), type.strip(), Texts.text(d.start()),
                d.signer() == null ? "unknown" : d.signer(), hosts, !d.inCrashClusters().isEmpty(), d.risk() + " (" + d.level() + ")",
                d.reasons(), model == null ? "" : Texts.text(model.getDescription()), model != null && model.isReconstructed(),
                citations.stream().distinct().toList());
    }
}
