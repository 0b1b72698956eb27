package dev.faultline.ui.clusters;

import java.util.Locale;

import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.UpdateTiming;

/** The texts of the Clusters view's columns. */
final class ClusterColumns {

    static final String[] TITLES = { "Cluster", "Bugcheck", "Module", "Crashes", "Hosts", "First seen (UTC)", "Last seen (UTC)",
        "Update before the first crash", "Signature" };
    static final int[] WIDTHS = { 260, 80, 90, 70, 60, 150, 150, 300, 260 };

    private ClusterColumns() {
    }

    static String text(CrashClusterSummary c, int column) {
        return switch (column) {
            case 0 -> c.name() + (c.modelCluster() == null ? "  (not recorded)" : "");
            case 1 -> c.bugcheck() == null ? "" : c.bugcheck();
            case 2 -> c.module() == null ? "" : c.module();
            case 3 -> String.format(Locale.ROOT, "%,d", c.count());
            case 4 -> String.format(Locale.ROOT, "%,d", c.hosts());
            case 5 -> c.firstSeen() == null ? "" : c.firstSeen().toString().replace('T', ' ').replace("Z", "");
            case 6 -> c.lastSeen() == null ? "" : c.lastSeen().toString().replace('T', ' ').replace("Z", "");
            case 7 -> updates(c);
            case 8 -> c.signature();
            default -> "";
        };
    }

    static String updates(CrashClusterSummary c) {
        if (c.updates().isEmpty()) {
            return c.firstSeen() == null ? "" : "none in the 48 h before";
        }
        StringBuilder text = new StringBuilder();
        for (UpdateTiming u : c.updates()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(u.label()).append(": ").append(u.minutesAfterRelease()).append(" min");
            if (u.shareOfHostsWithUpdate() != null) {
                text.append(String.format(Locale.ROOT, ", %.0f%% of hosts had it", u.shareOfHostsWithUpdate() * 100));
            }
        }
        return text.toString();
    }
}
