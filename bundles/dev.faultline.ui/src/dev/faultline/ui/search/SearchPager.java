package dev.faultline.ui.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;

/**
 * One query's hits, fetched page by page as the result table scrolls (cursor paging, so the millionth
 * hit costs no more than the first), from the index the Search view keeps open (embedded or on a cluster). An import may
 * commit between two pages: the cursor keeps the order, the new records appear where they sort.
 */
final class SearchPager {

    static final int PAGE = 200;

    private final EvidenceSearch index;
    private final String query;
    private final SortOrder sort;
    private final List<SearchHit> hits = new ArrayList<>();
    private SearchResult first;
    private String next;

    SearchPager(EvidenceSearch index, String query, SortOrder sort) {
        this.index = index;
        this.query = query;
        this.sort = sort;
    }

    /**
     * Runs the query: total, facets and the first page.
     *
     * @param exactFacets count the facets on every hit, also when there are millions; else they
     *            are estimated from a sample above {@link SearchOptions#DEFAULT_FACET_SAMPLE} hits
     */
    SearchResult start(boolean exactFacets) throws IOException, QuerySyntaxException {
        SearchOptions options = SearchOptions.defaults().withLimit(PAGE).withSort(sort).withFacets(true);
        first = fetch(exactFacets ? options.withFacetSample(0) : options);
        return first;
    }

    /** The hit at {@code index}, fetching pages up to it; null when there is none. */
    SearchHit hit(int index) throws IOException, QuerySyntaxException {
        while (index >= hits.size() && next != null) {
            fetch(SearchOptions.defaults().withLimit(PAGE).withSort(sort).after(next));
        }
        return index < hits.size() ? hits.get(index) : null;
    }

    private SearchResult fetch(SearchOptions options) throws IOException, QuerySyntaxException {
        SearchResult result = index.search(query, options);
        hits.addAll(result.hits());
        next = result.nextPage();
        return result;
    }

    SearchResult firstResult() {
        return first;
    }

    String query() {
        return query;
    }
}
