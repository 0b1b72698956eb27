package dev.faultline.ui.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;
import dev.faultline.index.Verification;

/**
 * One query's hits, fetched page by page as the result table scrolls (cursor paging, so the millionth
 * hit costs no more than the first). The index is opened for each fetch and closed again, so an
 * import can write to it between two pages.
 */
final class SearchPager {

    static final int PAGE = 200;

    private final Path indexDir;
    private final Supplier<Stream<EvidenceRecord>> rebuildSource;
    private final String query;
    private final SortOrder sort;
    private final List<SearchHit> hits = new ArrayList<>();
    private SearchResult first;
    private String next;

    SearchPager(Path indexDir, Supplier<Stream<EvidenceRecord>> rebuildSource, String query, SortOrder sort) {
        this.indexDir = indexDir;
        this.rebuildSource = rebuildSource;
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
        try (EvidenceIndex index = EvidenceIndex.open(indexDir, rebuildSource, IndexProgress.NONE, Verification.OPEN)) {
            SearchResult result = index.search(query, options);
            hits.addAll(result.hits());
            next = result.nextPage();
            return result;
        }
    }

    SearchResult firstResult() {
        return first;
    }

    String query() {
        return query;
    }
}
