package dev.faultline.index;

import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param query the query as typed
 * @param totalHits number of matching records; a lower bound when {@code totalHitsExact} is false
 * @param totalHitsExact whether {@code totalHits} is exact (always with facets)
 * @param hits this page
 * @param nextPage cursor for {@link SearchOptions#after(String)}, or {@code null} on the last page
 * @param facets dimension ({@link IndexFields#FACETS}) to its top values; empty without facets
 * @param facetSampleRate 1 when the facet counts are exact; else the share of the hits they were
 *            counted on (a uniform random sample), the counts being scaled up by its inverse
 * @param tookMillis time spent searching, highlighting and loading the page
 */
public record SearchResult(String query, long totalHits, boolean totalHitsExact, List<SearchHit> hits, String nextPage,
        Map<String, List<FacetValue>> facets, double facetSampleRate, long tookMillis) {

    /** Whether the facet counts are estimates from a sample of the hits. */
    public boolean facetsSampled() {
        return facetSampleRate < 1;
    }
}
