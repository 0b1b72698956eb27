package dev.faultline.index;

/**
 * How to run a search. Page with {@link #after(String)} (the {@link SearchResult#nextPage()}
 * cursor of the previous page): it works at any depth. {@link #offset()} is for small jumps
 * only (at most {@value #MAX_OFFSET}).
 *
 * @param limit hits per page, 1 to {@value #MAX_LIMIT}
 * @param offset hits to skip before the page (only without a cursor)
 * @param after cursor from a previous page of the same query and sort, or {@code null}
 * @param sort order of the hits
 * @param facets whether to count facets ({@link IndexFields#FACETS}); the total hit count is then exact
 * @param facetValues values per facet dimension, most frequent first
 * @param highlight whether to return highlighted passages of the message and raw text
 * @param highlightPre text put before a highlighted term
 * @param highlightPost text put after a highlighted term
 */
public record SearchOptions(int limit, int offset, String after, SortOrder sort, boolean facets, int facetValues,
        boolean highlight, String highlightPre, String highlightPost) {

    public static final int MAX_LIMIT = 10_000;
    public static final int MAX_OFFSET = 10_000;

    public SearchOptions {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + " (page deeper with a cursor), got " + offset);
        }
        if (sort == null) {
            throw new IllegalArgumentException("sort is required");
        }
        if (facetValues < 1) {
            throw new IllegalArgumentException("facetValues must be at least 1, got " + facetValues);
        }
    }

    /** 50 hits, newest first, no facets, highlighting with {@code <em>}. */
    public static SearchOptions defaults() {
        return new SearchOptions(50, 0, null, SortOrder.TIME_DESC, false, 10, true, "<em>", "</em>");
    }

    public SearchOptions withLimit(int newLimit) {
        return new SearchOptions(newLimit, offset, after, sort, facets, facetValues, highlight, highlightPre, highlightPost);
    }

    public SearchOptions withOffset(int newOffset) {
        return new SearchOptions(limit, newOffset, after, sort, facets, facetValues, highlight, highlightPre, highlightPost);
    }

    public SearchOptions after(String cursor) {
        return new SearchOptions(limit, offset, cursor, sort, facets, facetValues, highlight, highlightPre, highlightPost);
    }

    public SearchOptions withSort(SortOrder newSort) {
        return new SearchOptions(limit, offset, after, newSort, facets, facetValues, highlight, highlightPre, highlightPost);
    }

    public SearchOptions withFacets(boolean on) {
        return new SearchOptions(limit, offset, after, sort, on, facetValues, highlight, highlightPre, highlightPost);
    }

    public SearchOptions withFacetValues(int values) {
        return new SearchOptions(limit, offset, after, sort, facets, values, highlight, highlightPre, highlightPost);
    }

    public SearchOptions withHighlight(boolean on) {
        return new SearchOptions(limit, offset, after, sort, facets, facetValues, on, highlightPre, highlightPost);
    }

    public SearchOptions withHighlightTags(String pre, String post) {
        return new SearchOptions(limit, offset, after, sort, facets, facetValues, highlight, pre, post);
    }
}
