package dev.faultline.bench.search;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
 * Search latency: {@code INDEX_DIR ROUNDS QUERY...}; each query is run ROUNDS times the way the
 * CLI and the Search view run it: top 20 newest first, highlighted, stored fields loaded; a query
 * prefixed with {@code facets:} also counts facets (default options: exact up to
 * {@link SearchOptions#DEFAULT_FACET_SAMPLE} hits, sampled above). Before timing, the whole mix
 * runs untimed for {@code -Dbench.warmupSeconds} (default 10) so that the JIT has compiled the
 * search path, as in a workbench that has been open for a while.
 * Prints one line per query: {@code query=.. hits=.. p50ms=.. p99ms=.. cpu50ms=.. cpu99ms=..}
 * (wall clock, and CPU time of the whole process during the search: every search thread, which a
 * loaded machine does not inflate, but also the JIT and the garbage collector)
 * and the same for the whole mix.
 */
public final class SearchBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of every live thread of the JVM (searching threads, JIT, GC), in nanoseconds. */
    private static long processCpuNanos() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long t = THREADS.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Double> all = new ArrayList<>();
        List<Double> allCpu = new ArrayList<>();
        try (EvidenceIndex index = EvidenceIndex.open(dir)) {
            long warmupEnd = System.nanoTime() + Long.getLong("bench.warmupSeconds", 10) * 1_000_000_000L;
            while (System.nanoTime() < warmupEnd) {
                for (int q = 2; q < args.length; q++) {
                    index.search(query(args[q]), options(args[q]));
                }
            }
            for (int q = 2; q < args.length; q++) {
                boolean facets = args[q].startsWith("facets:");
                String query = query(args[q]);
                SearchOptions options = options(args[q]);
                SearchResult last = index.search(query, options);
                double[] ms = new double[rounds];
                double[] cpu = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    long c0 = processCpuNanos();
                    long t0 = System.nanoTime();
                    last = index.search(query, options);
                    ms[r] = (System.nanoTime() - t0) / 1e6;
                    cpu[r] = (processCpuNanos() - c0) / 1e6;
                    all.add(ms[r]);
                    allCpu.add(cpu[r]);
                }
                Arrays.sort(ms);
                Arrays.sort(cpu);
                String sampled = last.facetsSampled() ? String.format("%.3f", last.facetSampleRate()) : "-";
                System.out.printf("query=%s facets=%s sampled=%s hits=%d%s p50ms=%.2f p99ms=%.2f cpu50ms=%.2f cpu99ms=%.2f%n", query, facets,
                        sampled, last.totalHits(), last.totalHitsExact() ? "" : "+", percentile(ms, 50), percentile(ms, 99),
                        percentile(cpu, 50), percentile(cpu, 99));
            }
            // heap still held with the index open and searched (facet ordinals, term index), after a full GC
            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.out.printf("query=HEAP heapMB=%d%n", memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
        }
        double[] mix = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] mixCpu = allCpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("query=MIX facets=- hits=0 p50ms=%.2f p99ms=%.2f cpu50ms=%.2f cpu99ms=%.2f%n", percentile(mix, 50), percentile(mix, 99),
                percentile(mixCpu, 50), percentile(mixCpu, 99));
    }

    private static String query(String arg) {
        return arg.startsWith("facets:") ? arg.substring("facets:".length()) : arg;
    }

    private static SearchOptions options(String arg) {
        return SearchOptions.defaults().withLimit(20).withSort(SortOrder.TIME_DESC).withFacets(arg.startsWith("facets:"))
                .withHighlight(!Boolean.getBoolean("bench.noHighlight"));
    }

    static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
