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
 * @param facetSample facets are counted exactly for up to this many hits; for more, on a uniform
 *            random sample of about this many hits, scaled up ({@link SearchResult#facetSampleRate()});
 *            0 counts exactly always
 * @param highlight whether to return highlighted passages of the message and raw text
 * @param highlightPre text put before a highlighted term
 * @param highlightPost text put after a highlighted term
 */
public record SearchOptions(int limit, int offset, String after, SortOrder sort, boolean facets, int facetValues, int facetSample,
        boolean highlight, String highlightPre, String highlightPost) {

    public static final int MAX_LIMIT = 10_000;
    /**
     * Hits up to which facets are counted exactly by default: counting costs ~40 ns per hit, so
     * a query matching millions of records would take longer than a search should.
     */
    public static final int DEFAULT_FACET_SAMPLE = 100_000;
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
        if (facetSample < 0) {
            throw new IllegalArgumentException("facetSample must be 0 (exact) or more, got " + facetSample);
        }
    }

    /** 50 hits, newest first, no facets, highlighting with {@code <em>}. */
    public static SearchOptions defaults() {
        return new SearchOptions(50, 0, null, SortOrder.TIME_DESC, false, 10, DEFAULT_FACET_SAMPLE, true, "<em>", "</em>");
    }

    public SearchOptions withLimit(int newLimit) {
        return new SearchOptions(newLimit, offset, after, sort, facets, facetValues, facetSample, highlight, highlightPre, highlightPost);
    }

    public SearchOptions withOffset(int newOffset) {
        return new SearchOptions(limit, newOffset, after, sort, facets, facetValues, facetSample, highlight, highlightPre, highlightPost);
    }

    public SearchOptions after(String cursor) {
        return new SearchOptions(limit, offset, cursor, sort, facets, facetValues, facetSample, highlight, highlightPre, highlightPost);
    }

    public SearchOptions withSort(SortOrder newSort) {
        return new SearchOptions(limit, offset, after, newSort, facets, facetValues, facetSample, highlight, highlightPre, highlightPost);
    }

    public SearchOptions withFacets(boolean on) {
        return new SearchOptions(limit, offset, after, sort, on, facetValues, facetSample, highlight, highlightPre, highlightPost);
    }

    public SearchOptions withFacetValues(int values) {
        return new SearchOptions(limit, offset, after, sort, facets, values, facetSample, highlight, highlightPre, highlightPost);
    }

    /** Facets counted exactly up to {@code hits} hits, on a sample of about that many above; 0: always exactly. */
    public SearchOptions withFacetSample(int hits) {
        return new SearchOptions(limit, offset, after, sort, facets, facetValues, hits, highlight, highlightPre, highlightPost);
    }

    public SearchOptions withHighlight(boolean on) {
        return new SearchOptions(limit, offset, after, sort, facets, facetValues, facetSample, on, highlightPre, highlightPost);
    }

    public SearchOptions withHighlightTags(String pre, String post) {
        return new SearchOptions(limit, offset, after, sort, facets, facetValues, facetSample, highlight, pre, post);
    }
}
