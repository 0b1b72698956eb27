package dev.faultline.diagram.render;

import dev.faultline.model.Confidence;

/**
 * What an arrow shows: the relation, the confidence (as line style and text), how many citations
 * support it, and whether it is reconstructed. Reference edges (a remediation's host group) have no
 * confidence and are drawn thin and grey.
 *
 * @param relation relation kind or reference name ("loaded by", "applies to")
 * @param confidence the link's confidence, or {@code null} for a reference edge
 * @param evidenceCount number of citations of the link
 * @param reconstructed the link was reconstructed by the analysts
 */
public record EdgeContent(String relation, Confidence confidence, int evidenceCount, boolean reconstructed) {

    /** Whether this is a causal link (else a reference between two facts). */
    public boolean causal() {
        return confidence != null;
    }

    /** First label line: the relation. */
    public String firstLine() {
        return relation;
    }

    /** Second label line, e.g. "confirmed · 2 evidence · reconstructed"; empty for a reference edge. */
    public String secondLine() {
        if (!causal()) {
            return "";
        }
        StringBuilder line = new StringBuilder(confidence.getLiteral());
        line.append(" \u00b7 ").append(evidenceCount).append(evidenceCount == 1 ? " citation" : " citations");
        if (reconstructed) {
            line.append(" \u00b7 reconstructed");
        }
        return line.toString();
    }
}
