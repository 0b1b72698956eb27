package dev.faultline.index;

import dev.faultline.index.internal.EvidenceAnalyzers;
import dev.faultline.index.internal.EvidenceQueryParser;

/** Checks a query of the index's syntax without an index at hand (e.g. before anything is opened or written). */
public final class QueryCheck {

    private QueryCheck() {
    }

    /**
     * @throws QuerySyntaxException with the column and what was expected, when the query is not valid
     */
    public static void check(String query) throws QuerySyntaxException {
        new EvidenceQueryParser(EvidenceAnalyzers.query()).parseTyped(query == null ? "" : query);
    }
}
