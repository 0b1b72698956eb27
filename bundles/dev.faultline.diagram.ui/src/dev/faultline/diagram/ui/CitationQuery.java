package dev.faultline.diagram.ui;

import dev.faultline.model.EvidenceRef;

/** The Search query that finds a cited record: its evidence file's hash, and its line when there is one. */
final class CitationQuery {

    private CitationQuery() {
    }

    /** The query, or {@code null} when the citation names no evidence file. */
    static String of(EvidenceRef ref) {
        if (ref.getEvidence() == null || ref.getEvidence().getSha256() == null) {
            return null;
        }
        String query = "sha256:" + ref.getEvidence().getSha256();
        return ref.getLine() == null ? query : query + " AND line:" + ref.getLine();
    }
}
