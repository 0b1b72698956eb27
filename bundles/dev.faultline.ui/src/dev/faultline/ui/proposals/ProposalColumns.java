package dev.faultline.ui.proposals;

import java.util.Locale;

import dev.faultline.analysis.Proposal;

/** The texts of the Proposals view's columns. */
final class ProposalColumns {

    static final String[] TITLES = { "Status", "Level", "Confidence", "Cause", "Relation", "Effect", "Id" };
    static final int[] WIDTHS = { 80, 70, 80, 220, 100, 300, 90 };

    private ProposalColumns() {
    }

    static String text(Proposal p, int column) {
        return switch (column) {
            case 0 -> p.status().text();
            case 1 -> p.level();
            case 2 -> String.format(Locale.ROOT, "%.2f", p.confidence());
            case 3 -> p.cause().kind() + ": " + p.cause().label();
            case 4 -> p.relation().getLiteral();
            case 5 -> p.effect().kind() + ": " + p.effect().label();
            case 6 -> p.id();
            default -> "";
        };
    }
}
