package dev.faultline.bench.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;

/**
 * Search latency: {@code INDEX_DIR ROUNDS QUERY...}; each query is run ROUNDS times (after 3
 * untimed warm-up rounds) the way the CLI and the Search view run it: top 20 newest first,
 * highlighted, stored fields loaded; a query prefixed with {@code facets:} also counts facets.
 * Prints one line per query: {@code query=.. hits=.. p50ms=.. p99ms=.. cpu50ms=.. cpu99ms=..}
 * (wall clock, and CPU time of the searching thread, which a loaded machine does not inflate)
 * and the same for the whole mix.
 */
public final class SearchBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Double> all = new ArrayList<>();
        List<Double> allCpu = new ArrayList<>();
        try (EvidenceIndex index = EvidenceIndex.open(dir)) {
            for (int q = 2; q < args.length; q++) {
                boolean facets = args[q].startsWith("facets:");
                String query = facets ? args[q].substring("facets:".length()) : args[q];
                SearchOptions options = SearchOptions.defaults().withLimit(20).withSort(SortOrder.TIME_DESC).withFacets(facets)
                        .withHighlight(!Boolean.getBoolean("bench.noHighlight"));
                SearchResult last = null;
                for (int w = 0; w < 3; w++) {
                    last = index.search(query, options);
                }
                double[] ms = new double[rounds];
                double[] cpu = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    last = index.search(query, options);
                    ms[r] = (System.nanoTime() - t0) / 1e6;
                    cpu[r] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                    all.add(ms[r]);
                    allCpu.add(cpu[r]);
                }
                Arrays.sort(ms);
                Arrays.sort(cpu);
                System.out.printf("query=%s facets=%s hits=%d%s p50ms=%.2f p99ms=%.2f cpu50ms=%.2f cpu99ms=%.2f%n", query, facets,
                        last.totalHits(), last.totalHitsExact() ? "" : "+", percentile(ms, 50), percentile(ms, 99), percentile(cpu, 50),
                        percentile(cpu, 99));
            }
        }
        double[] mix = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] mixCpu = allCpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("query=MIX facets=- hits=0 p50ms=%.2f p99ms=%.2f cpu50ms=%.2f cpu99ms=%.2f%n", percentile(mix, 50), percentile(mix, 99),
                percentile(mixCpu, 50), percentile(mixCpu, 99));
    }

    static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
