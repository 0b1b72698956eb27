package dev.faultline.report.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.DriverType;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.Investigation;
import dev.faultline.model.RelationKind;
import dev.faultline.model.Remediation;
import dev.faultline.model.StartMode;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.labels.ObjectLabels;
import dev.faultline.report.ClusterSection;
import dev.faultline.report.DiagramSection;
import dev.faultline.report.DriverSection;
import dev.faultline.report.PostMortem;
import dev.faultline.report.TimelineSection;

/** Rows of the sections that tell the chain: timeline, causal links, crash clusters, drivers, remediations. */
public final class ChainRows {

    private final Texts texts;

    public ChainRows(Texts texts) {
        this.texts = texts;
    }

    /** The curated timeline events, oldest first (events without a time last). */
    public List<TimelineSection.Event> events(Investigation investigation) {
        return investigation.getTimelineEvents().stream()
                .sorted(Comparator.comparing(TimelineEvent::getInstant, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(this::event).toList();
    }

    private TimelineSection.Event event(TimelineEvent e) {
        String original = e.getOriginalTimestamp() == null ? ""
                : e.getOriginalTimestamp() + (e.getOriginalZone() == null ? "" : " (" + e.getOriginalZone() + ")");
        return new TimelineSection.Event(texts.time(e.getInstant()), original, e.getHost() == null ? "" : Texts.text(e.getHost().getName()),
                Texts.text(e.getSource()), Texts.text(e.getKind()), Texts.text(e.getMessage()), List.copyOf(e.getTags()),
                e.isStarred(), List.copyOf(e.getComments()), Texts.text(e.getDescription()), e.isReconstructed(),
                Texts.citations(e));
    }

    public List<DiagramSection.Link> links(Investigation investigation) {
        return investigation.getCausalLinks().stream().map(l -> new DiagramSection.Link(ObjectLabels.label(l.getCause()),
                Texts.text(l.getRelation()), ObjectLabels.label(l.getEffect()), Texts.text(l.getConfidence()),
                Texts.text(l.getRationale()), l.isReconstructed(), Texts.citations(l))).toList();
    }

    public ClusterSection clusters(Investigation investigation, List<String> notes) {
        List<ClusterSection.Cluster> clusters = investigation.getCrashClusters().stream().map(c -> cluster(c, investigation))
                .toList();
        List<ClusterSection.Crash> unclustered = investigation.getCrashAnalyses().stream().filter(c -> c.getCluster() == null)
                .map(this::crash).toList();
        return new ClusterSection(clusters, unclustered, notes);
    }

    private ClusterSection.Cluster cluster(CrashCluster c, Investigation investigation) {
        List<String> updates = investigation.getCausalLinks().stream()
                .filter(l -> l.getEffect() == c && l.getRelation() != RelationKind.MITIGATES && l.getCause() != null)
                .map(l -> ObjectLabels.label(l.getCause()) + " " + Texts.text(l.getRelation()) + " it ("
                        + Texts.text(l.getConfidence()) + " confidence)")
                .toList();
        String count = c.getCrashCount() != null ? Texts.count(c.getCrashCount())
                : c.getMembers().size() + " analysed (total " + Texts.NOT_RECORDED + ")";
        return new ClusterSection.Cluster(Texts.text(c.getName()), Texts.text(c.getSignature()), shape(c), texts.time(c.getFirstSeen()),
                texts.time(c.getLastSeen()), count, c.getMembers().stream().map(this::crash).toList(), updates,
                Texts.text(c.getDescription()), c.isReconstructed(), Texts.citations(c));
    }

    /** What the crashes of a model cluster share: {@code bugcheck 0x50 · module csagent · bucket ... · 12 hosts}. */
    static String shape(CrashCluster c) {
        return String.join(" \u00b7 ", java.util.stream.Stream.of(
                c.getBugcheckCode() == null ? null : "bugcheck " + c.getBugcheckCode(),
                c.getFaultingModule() == null ? null : "module " + c.getFaultingModule(),
                c.getFailureBucket() == null ? null : "bucket " + c.getFailureBucket(),
                c.getHostCount() == null ? null : Texts.count(c.getHostCount()) + " hosts").filter(Objects::nonNull).toList());
    }

    ClusterSection.Crash crash(CrashAnalysis c) {
        String bugcheck = String.join(" ", List.of(Texts.text(c.getBugcheckCode()), Texts.text(c.getBugcheckName())))
                .strip();
        String module = c.getFaultingModule() != null ? c.getFaultingModule() : Texts.text(c.getImageName());
        return new ClusterSection.Crash(bugcheck, c.getHost() == null ? "" : Texts.text(c.getHost().getName()),
                texts.time(c.getTime()), module, Texts.text(c.getSymbolName()), c.isReconstructed(), Texts.citations(c));
    }

    /** The drivers, those implicated in crashes first, then kernel boot/system-start ones, then by name. */
    public DriverSection drivers(Investigation investigation, List<String> notes) {
        Comparator<Driver> order = Comparator.comparing((Driver d) -> !implicated(d, investigation))
                .thenComparing(d -> !(d.getType() == DriverType.KERNEL || d.getType() == DriverType.FILE_SYSTEM_FILTER
                        || d.getType() == DriverType.FILE_SYSTEM))
                .thenComparing(d -> !(d.getStartMode() == StartMode.BOOT || d.getStartMode() == StartMode.SYSTEM))
                .thenComparing(d -> Texts.text(ObjectLabels.name(d)));
        List<DriverSection.Driver> drivers = investigation.getDrivers().stream().sorted(order).map(d -> {
            String signer = d.getSigner() != null ? d.getSigner() : d.isSigned() ? "signed (signer not recorded)" : "unknown";
            String hosts = d.getLoadedOn().isEmpty() ? "" : d.getLoadedOn().size() + " ("
                    + d.getLoadedOn().stream().map(Host::getName).limit(5).collect(Collectors.joining(", "))
                    + (d.getLoadedOn().size() > 5 ? ", \u2026" : "") + ")";
            return new DriverSection.Driver(Texts.text(ObjectLabels.name(d)), Texts.text(d.getVendor()),
                    Texts.text(d.getVersion()), Texts.text(d.getType()), Texts.text(d.getStartMode()), signer, hosts,
                    implicated(d, investigation), "", List.of(), Texts.text(d.getDescription()), d.isReconstructed(),
                    Texts.citations(d));
        }).toList();
        return new DriverSection(drivers, notes);
    }

    /** A driver is implicated when a causal link says it crashes something or a crash names it as faulting module. */
    static boolean implicated(Driver driver, Investigation investigation) {
        for (CausalLink link : investigation.getCausalLinks()) {
            if (link.getCause() == driver && link.getRelation() == RelationKind.CRASHES) {
                return true;
            }
        }
        String file = lower(driver.getFileName());
        String service = lower(driver.getServiceName());
        String stem = file != null && file.endsWith(".sys") ? file.substring(0, file.length() - 4) : file;
        return investigation.getCrashAnalyses().stream().anyMatch(c -> {
            String module = lower(c.getFaultingModule());
            String image = lower(c.getImageName());
            return module != null && (module.equals(stem) || module.equals(service) || module.equals(file))
                    || image != null && Objects.equals(image, file);
        });
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    public List<PostMortem.RemediationRow> remediations(Investigation investigation) {
        return investigation.getRemediations().stream().map((Remediation r) -> {
            String targets = String.join("; ",
                    List.of(r.getHosts().stream().map(Host::getName).collect(Collectors.joining(", ")),
                            r.getGroups().stream().map(HostGroup::getName).collect(Collectors.joining(", "))).stream()
                            .filter(s -> !s.isEmpty()).toList());
            return new PostMortem.RemediationRow(Texts.text(r.getAction()), texts.time(r.getPerformedAt()),
                    Texts.text(r.getPerformedBy()), targets, Texts.text(r.getOutcome()), Texts.text(r.getDescription()),
                    r.isReconstructed(), Texts.citations(r));
        }).toList();
    }
}
