package dev.faultline.ui.drivers;

import java.util.Comparator;
import java.util.Locale;

import dev.faultline.analysis.DriverFinding;

/** The Driver Audit view's columns: their texts and how each sorts. */
final class DriverColumns {

    static final String[] TITLES = { "Risk", "Level", "Driver", "Hosts", "Type", "Start", "Third-party", "Signer", "Crash clusters", "Reasons" };
    static final int[] WIDTHS = { 50, 65, 130, 60, 90, 70, 85, 130, 150, 520 };

    private DriverColumns() {
    }

    static String text(DriverFinding d, int column) {
        return switch (column) {
            case 0 -> Integer.toString(d.risk());
            case 1 -> d.level();
            case 2 -> d.name();
            case 3 -> String.format(Locale.ROOT, "%,d", d.hosts());
            case 4 -> d.type() == null ? "unknown" : d.type();
            case 5 -> d.start() == null ? "unknown" : d.start();
            case 6 -> d.thirdParty() ? "yes" : "no";
            case 7 -> d.signer() == null ? "unknown" : d.signer();
            case 8 -> String.join(", ", d.inCrashClusters());
            case 9 -> String.join("; ", d.reasons());
            default -> "";
        };
    }

    /** How a column sorts (numbers as numbers), ascending. */
    static Comparator<DriverFinding> order(int column) {
        return switch (column) {
            case 0, 1 -> Comparator.comparingInt(DriverFinding::risk);
            case 3 -> Comparator.comparingLong(DriverFinding::hosts);
            case 8 -> Comparator.comparingInt((DriverFinding d) -> d.inCrashClusters().size());
            default -> Comparator.comparing((DriverFinding d) -> text(d, column).toLowerCase(Locale.ROOT));
        };
    }
}
