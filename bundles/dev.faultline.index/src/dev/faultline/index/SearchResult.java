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
 * @param tookMillis time spent searching, highlighting and loading the page
 */
public record SearchResult(String query, long totalHits, boolean totalHitsExact, List<SearchHit> hits, String nextPage,
        Map<String, List<FacetValue>> facets, long tookMillis) {
}
