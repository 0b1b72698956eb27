package dev.faultline.index;

import java.util.List;
import java.util.function.Function;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;

import dev.faultline.index.internal.EvidenceAnalyzers;
import dev.faultline.index.internal.EvidenceQueryParser;
import dev.faultline.index.internal.HitHighlighter;

/**
 * The parts of a search every backend of the evidence index does the same way, so that both give
 * the same answers: parsing the query syntax into a Lucene query (which a remote backend then
 * translates), the page cursor, and highlighting the hits' text.
 */
public final class SearchContract {

    /** Hits counted exactly before a backend may stop counting (the total then is a lower bound). */
    public static final int COUNT_EXACTLY_UP_TO = 10_000;

    private SearchContract() {
    }

    /** Parses a query as the embedded index does (blank: everything). */
    public static Query parse(String query) throws QuerySyntaxException {
        return new EvidenceQueryParser(EvidenceAnalyzers.query()).parseTyped(query);
    }

    /**
     * The page cursor after a hit with these sort values.
     *
     * @param first the hit's time in epoch milliseconds ({@code Long}) for the time orders, its score ({@code Float}) for relevance
     * @param seq the hit's insertion number
     */
    public static String cursor(SortOrder sort, Object first, long seq) {
        return PageCursor.encode(sort, new FieldDoc(0, Float.NaN, new Object[] { first, seq }));
    }

    /**
     * The sort values of a page cursor: {@code [Long time or Float score, Long seq]}.
     *
     * @throws IllegalArgumentException when it is malformed or belongs to another sort order
     */
    public static Object[] afterValues(SortOrder sort, String cursor) {
        return PageCursor.decode(sort, cursor).fields;
    }

    /**
     * The value sorting puts on a record without a time, for each time order (no-time records come last
     * either way): {@code Long.MIN_VALUE} newest first, {@code Long.MAX_VALUE} oldest first.
     */
    public static long missingTime(SortOrder sort) {
        return sort == SortOrder.TIME_DESC ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** Highlights a hit's {@link IndexedDocument#fullText full text} for {@code query} as the embedded index does. */
    public static Function<String, List<String>> highlighter(Query query, SearchOptions options) {
        if (!options.highlight()) {
            return text -> List.of();
        }
        HitHighlighter highlighter = HitHighlighter.of(query, IndexFields.MESSAGE, options.highlightPre(), options.highlightPost(), 3);
        return highlighter::highlight;
    }
}
