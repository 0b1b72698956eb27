package dev.faultline.analysis;

import java.util.List;
import java.util.Locale;

import dev.faultline.model.CausalNode;
import dev.faultline.model.RelationKind;

/**
 * A causal link the analysis proposes, for an analyst to accept, edit or reject.
 *
 * @param id stable for the same cause, effect and relation ({@code p-} and 8 hex digits)
 * @param confidence 0 to 1
 * @param level {@code high} (0.75 and above), {@code medium} (0.45 and above) or {@code low}
 * @param rationale why, in words, including what speaks against it
 * @param evidence the evidence records it rests on
 * @param status whether the investigation already has the link, or an analyst rejected it
 */
public record Proposal(String id, NodeRef cause, NodeRef effect, RelationKind relation, double confidence, String level, String rationale,
        List<Citation> evidence, CausalNode causeNode, CausalNode effectNode, Status status) {

    /** What became of a proposal. */
    public enum Status {
        /** Not decided yet. */
        PROPOSED,
        /** The investigation already has this link. */
        LINKED,
        /** An analyst rejected it (see {@code Investigation.rejectedProposals}). */
        REJECTED;

        /** Lower-case, as the CLI writes it. */
        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final double HIGH = 0.75;
    public static final double MEDIUM = 0.45;

    public Proposal {
        evidence = List.copyOf(evidence);
    }

    /** {@code high}, {@code medium} or {@code low} for a confidence. */
    public static String level(double confidence) {
        return confidence >= HIGH ? "high" : confidence >= MEDIUM ? "medium" : "low";
    }

    /** The proposal as an analyst edited it before accepting: another relation, confidence or rationale. */
    public Proposal edited(RelationKind newRelation, double newConfidence, String newRationale) {
        double c = Math.max(0, Math.min(1, newConfidence));
        return new Proposal(id, cause, effect, newRelation, c, level(c), newRationale, evidence, causeNode, effectNode, status);
    }

    /** e.g. {@code Channel File 291 -> csagent.sys (loaded by, high 0.90)}. */
    public String title() {
        return cause.label() + " \u2192 " + effect.label() + " (" + relation.getLiteral() + ", " + level + " "
                + String.format(Locale.ROOT, "%.2f", confidence) + ")";
    }
}
