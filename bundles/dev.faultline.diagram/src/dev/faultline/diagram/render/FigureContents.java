package dev.faultline.diagram.render;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.DriverType;
import dev.faultline.model.Fact;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.Remediation;
import dev.faultline.model.Severity;
import dev.faultline.model.StartMode;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;

/**
 * The content of a box per kind of fact (the key facts of an update, a driver, a crash cluster, ...)
 * and of an arrow per causal link; also which attribute a box's label edits. Headless: used by the
 * exports and by the editor's figures alike.
 */
public final class FigureContents {

    private static final FaultlinePackage P = FaultlinePackage.eINSTANCE;
    private static final String DOT = " \u00b7 ";

    private final TimeText times;

    public FigureContents(Investigation investigation) {
        this.times = new TimeText(investigation);
    }

    /** The attribute a box's label shows and direct edit changes, or {@code null}. */
    public static EAttribute labelAttribute(EObject fact) {
        if (fact instanceof Update) {
            return P.getUpdate_Identifier();
        } else if (fact instanceof Driver) {
            return P.getDriver_FileName();
        } else if (fact instanceof CrashCluster) {
            return P.getCrashCluster_Name();
        } else if (fact instanceof CrashAnalysis) {
            return P.getCrashAnalysis_BugcheckName();
        } else if (fact instanceof Outage) {
            return P.getOutage_Service();
        } else if (fact instanceof HostGroup) {
            return P.getHostGroup_Name();
        } else if (fact instanceof Host) {
            return P.getHost_Name();
        } else if (fact instanceof TimelineEvent) {
            return P.getTimelineEvent_Message();
        } else if (fact instanceof Remediation) {
            return P.getRemediation_Action();
        }
        return null;
    }

    /** The kind of box for a fact ({@link NodeKind#MISSING} for {@code null}). */
    public static NodeKind kindOf(EObject fact) {
        if (fact instanceof Update) {
            return NodeKind.UPDATE;
        } else if (fact instanceof Driver) {
            return NodeKind.DRIVER;
        } else if (fact instanceof CrashCluster) {
            return NodeKind.CRASH_CLUSTER;
        } else if (fact instanceof CrashAnalysis) {
            return NodeKind.CRASH;
        } else if (fact instanceof Outage) {
            return NodeKind.OUTAGE;
        } else if (fact instanceof HostGroup) {
            return NodeKind.HOST_GROUP;
        } else if (fact instanceof Host) {
            return NodeKind.HOST;
        } else if (fact instanceof TimelineEvent) {
            return NodeKind.TIMELINE_EVENT;
        } else if (fact instanceof Remediation) {
            return NodeKind.REMEDIATION;
        }
        return NodeKind.MISSING;
    }

    /** What the box of {@code fact} shows; a "missing" box when the fact is {@code null} (deleted). */
    public NodeContent node(EObject fact) {
        boolean reconstructed = fact instanceof Fact f && f.isReconstructed();
        NodeKind kind = kindOf(fact);
        List<String> details = new ArrayList<>();
        String badge = kind.label();
        String title;
        if (fact instanceof Update update) {
            title = first(update.getIdentifier(), join(update.getProduct(), update.getVersion()), "Update");
            if (update.getKind() != null) {
                badge += DOT + update.getKind().getLiteral().toUpperCase(Locale.ROOT);
            }
            details.add(joinAll(prefixed("released ", update.getReleasedAt()), prefixed("reverted ", update.getRevertedAt())));
            details.add(join(update.getVendor(), update.getVersion() == null ? null : "version " + update.getVersion()));
        } else if (fact instanceof Driver driver) {
            title = first(driver.getFileName(), driver.getServiceName(), "Driver");
            details.add(joinAll(driverType(driver.getType()), startMode(driver.getStartMode()), driver.getVendor()));
            details.add(driver.getVersion() == null ? null : "version " + driver.getVersion());
        } else if (fact instanceof CrashCluster cluster) {
            title = bugcheckOf(cluster);
            details.add(hostsAndCrashes(cluster));
            details.add(cluster.getName());
            details.add(joinAll(cluster.getSignature(), prefixed("first seen ", cluster.getFirstSeen())));
            if (title == null) {
                title = first(cluster.getName(), cluster.getSignature(), "Crash cluster");
                details.remove(1);
            }
        } else if (fact instanceof CrashAnalysis crash) {
            title = first(join(crash.getBugcheckCode(), crash.getBugcheckName()), "Crash");
            details.add(joinAll(crash.getHost() == null ? null : crash.getHost().getName(), time(crash.getTime())));
            details.add(first(crash.getSymbolName(), crash.getImageName(), null));
        } else if (fact instanceof Outage outage) {
            title = first(outage.getService(), outage.getSector(), "Outage");
            details.add(joinAll(outage.getSector(), severity(outage.getSeverity())));
            details.add(joinAll(prefixed("from ", outage.getStart()), prefixed("to ", outage.getEnd())));
        } else if (fact instanceof HostGroup group) {
            title = first(group.getName(), "Host group");
            details.add(joinAll(count(group.getAffectedCount(), "affected"), count(group.getHostCount(), "hosts"),
                    count(group.getRecoveredCount(), "recovered")));
        } else if (fact instanceof Host host) {
            title = first(host.getName(), "Host");
            details.add(joinAll(host.getOsName(), host.getOsVersion()));
            details.add(host.getRole());
        } else if (fact instanceof TimelineEvent event) {
            title = first(event.getMessage(), "Event");
            details.add(joinAll(time(event.getInstant()), event.getKind()));
        } else if (fact instanceof Remediation remediation) {
            title = first(remediation.getAction(), "Remediation");
            details.add(joinAll(remediation.getPerformedBy(), prefixed("at ", remediation.getPerformedAt())));
            details.add(remediation.getOutcome());
        } else {
            title = "(no longer in the investigation)";
        }
        details.removeIf(line -> line == null || line.isBlank());
        return new NodeContent(kind, badge, title, details, reconstructed);
    }

    /** What the arrow of a causal link shows. */
    public EdgeContent edge(CausalLink link) {
        String relation = link.getRelation() == null ? "causes" : link.getRelation().getLiteral();
        return new EdgeContent(relation, link.getConfidence(), link.getCitations().size(), link.isReconstructed());
    }

    /** What the arrow of a reference edge (e.g. a remediation's {@code groups}) shows. */
    public static EdgeContent reference(String feature) {
        String label = switch (feature == null ? "" : feature) {
            case "groups", "hosts" -> "applies to";
            case "affectedGroups", "affectedHosts" -> "affects";
            case "cluster" -> "member of";
            case "consumedBy" -> "consumed by";
            case "loadedOn" -> "loaded on";
            case "host" -> "on";
            default -> feature;
        };
        return new EdgeContent(label, null, 0, false);
    }

    /**
     * The most frequent bugcheck of a cluster's members, e.g. "0x50 PAGE_FAULT_IN_NONPAGED_AREA", or
     * {@code null} when no member names one.
     */
    static String bugcheckOf(CrashCluster cluster) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CrashAnalysis member : cluster.getMembers()) {
            String bugcheck = join(member.getBugcheckCode(), member.getBugcheckName());
            if (bugcheck != null) {
                counts.merge(bugcheck, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String hostsAndCrashes(CrashCluster cluster) {
        Set<Host> hosts = new LinkedHashSet<>();
        Set<String> otherCodes = new LinkedHashSet<>();
        String main = bugcheckOf(cluster);
        for (CrashAnalysis member : cluster.getMembers()) {
            if (member.getHost() != null) {
                hosts.add(member.getHost());
            }
            String bugcheck = join(member.getBugcheckCode(), member.getBugcheckName());
            if (bugcheck != null && !bugcheck.equals(main) && member.getBugcheckCode() != null) {
                otherCodes.add(member.getBugcheckCode());
            }
        }
        String hostCount = hosts.isEmpty() ? null : hosts.size() + (hosts.size() == 1 ? " host" : " hosts");
        String also = otherCodes.isEmpty() ? null : "also " + String.join(", ", otherCodes);
        return joinAll(hostCount, count(cluster.getCrashCount(), "crashes"), also);
    }

    private String prefixed(String prefix, Instant instant) {
        return instant == null ? null : prefix + times.format(instant);
    }

    private String time(Instant instant) {
        return instant == null ? null : times.format(instant);
    }

    private static String driverType(DriverType type) {
        return type == null || type == DriverType.UNKNOWN ? null : type.getLiteral();
    }

    private static String startMode(StartMode mode) {
        return switch (mode == null ? StartMode.UNKNOWN : mode) {
            case UNKNOWN -> null;
            case DISABLED -> "disabled";
            default -> mode.getLiteral() + "-start";
        };
    }

    private static String severity(Severity severity) {
        return severity == null || severity == Severity.UNKNOWN ? null : severity.getLiteral();
    }

    private static String count(Long value, String what) {
        return value == null ? null : NumberFormat.getIntegerInstance(Locale.US).format(value) + " " + what;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null || b.isBlank() ? null : b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }

    private static String joinAll(String... parts) {
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                line.append(line.isEmpty() ? "" : DOT).append(part.strip());
            }
        }
        return line.isEmpty() ? null : line.toString();
    }
}
