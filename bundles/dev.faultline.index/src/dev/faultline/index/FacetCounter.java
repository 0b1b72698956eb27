package dev.faultline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Counts the {@link IndexFields#FACETS facet dimensions} of a search's hits with Lucene's facet
 * module: one doc values field per dimension ({@link DocumentMapper#facetField}), one task per
 * dimension on the searcher's executor. The ordinals of a reader are built once per commit seen.
 */
final class FacetCounter {

    private record ReaderStates(IndexReader reader, Map<String, SortedSetDocValuesReaderState> states) {
    }

    private final FacetsConfig config;
    private volatile ReaderStates current;

    FacetCounter(FacetsConfig config) {
        this.config = config;
    }

    /**
     * The top {@code values} of each dimension among the collected hits, most frequent first.
     *
     * @param sampleRate the share of the hits the collector holds (1: all); counts are scaled by its inverse
     */
    Map<String, List<FacetValue>> count(IndexSearcher searcher, FacetsCollector hits, int values, double sampleRate) throws IOException {
        Map<String, SortedSetDocValuesReaderState> states = states(searcher.getIndexReader());
        List<Callable<List<FacetValue>>> tasks = new ArrayList<>();
        for (String dim : IndexFields.FACETS) {
            SortedSetDocValuesReaderState state = states.get(dim);
            tasks.add(() -> state == null ? List.of() : topValues(new SortedSetDocValuesFacetCounts(state, hits), dim, values, sampleRate));
        }
        List<List<FacetValue>> counted = searcher.getTaskExecutor().invokeAll(tasks);
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (int i = 0; i < IndexFields.FACETS.length; i++) {
            out.put(IndexFields.FACETS[i], counted.get(i));
        }
        return out;
    }

    private static List<FacetValue> topValues(SortedSetDocValuesFacetCounts counts, String dim, int values, double sampleRate)
            throws IOException {
        FacetResult result = counts.getTopChildren(values, dim);
        if (result == null) {
            return List.of();
        }
        List<FacetValue> list = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue lv : result.labelValues) {
            long count = lv.value.longValue();
            list.add(new FacetValue(lv.label, sampleRate < 1 ? Math.round(count / sampleRate) : count));
        }
        return List.copyOf(list);
    }

    /** The facet ordinals of a reader, per dimension present in it. */
    private Map<String, SortedSetDocValuesReaderState> states(IndexReader reader) throws IOException {
        ReaderStates seen = current;
        if (seen != null && seen.reader() == reader) {
            return seen.states();
        }
        synchronized (this) {
            seen = current;
            if (seen != null && seen.reader() == reader) {
                return seen.states();
            }
            Map<String, SortedSetDocValuesReaderState> states = new HashMap<>();
            FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
            for (String dim : IndexFields.FACETS) {
                String field = DocumentMapper.facetField(dim);
                if (fields.fieldInfo(field) != null) {
                    states.put(dim, new DefaultSortedSetDocValuesReaderState(reader, field, config));
                }
            }
            current = new ReaderStates(reader, Map.copyOf(states));
            return current.states();
        }
    }
}
