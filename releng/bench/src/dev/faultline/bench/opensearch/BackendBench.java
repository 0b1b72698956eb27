package dev.faultline.bench.opensearch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.faultline.bench.search.SyntheticLog;
import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.IndexUpdate;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SortOrder;
import dev.faultline.index.opensearch.ClusterAccess;
import dev.faultline.index.opensearch.IndexShape;
import dev.faultline.index.opensearch.OpenSearchIndex;

/**
 * The two backends of the evidence index fed the same records and asked the same queries.
 * <ul>
 * <li>{@code ingest embedded DATA LINES DIR}: {@code EvidenceIndex.add} of LINES synthetic log records, one commit.</li>
 * <li>{@code ingest opensearch DATA LINES URL NAME SHARDS REPLICAS}: {@code OpenSearchIndex.build} of the same records
 * (documents built on the client, bulk requests, replicas placed, alias switched).</li>
 * <li>{@code search embedded DIR ROUNDS QUERY...} / {@code search opensearch URL/NAME ROUNDS QUERY...}: each query ROUNDS
 * times as the CLI runs it (top 20 newest first, highlighted; {@code facets:} prefix counts facets), after a 10 s
 * untimed warm-up of the whole mix.</li>
 * </ul>
 * Prints {@code key=value} lines.
 */
public final class BackendBench {

    private BackendBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("ingest")) {
            ingest(args);
        } else {
            search(args);
        }
    }

    private static void ingest(String[] args) throws Exception {
        SyntheticLog log = new SyntheticLog(Path.of(args[2]));
        long lines = Long.parseLong(args[3]);
        long t0 = System.nanoTime();
        IndexUpdate update;
        if (args[1].equals("embedded")) {
            try (EvidenceIndex index = EvidenceIndex.open(Path.of(args[4]))) {
                update = index.add(records(log, lines), IndexProgress.NONE);
            }
        } else {
            update = OpenSearchIndex.build(ClusterAccess.of(args[4], Map.of()), args[5],
                    new IndexShape(Integer.parseInt(args[6]), Integer.parseInt(args[7])), () -> records(log, lines), IndexProgress.NONE);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("mode=%s lines=%d documents=%d seconds=%.1f rate=%.0f%n", args[1], lines, update.documents(), seconds, lines / seconds);
    }

    private static Stream<EvidenceRecord> records(SyntheticLog log, long lines) {
        return StreamSupport.stream(log.records(lines).spliterator(), false);
    }

    private static void search(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[3]);
        List<String> queries = Arrays.asList(args).subList(4, args.length);
        EvidenceSearch index;
        if (args[1].equals("embedded")) {
            index = EvidenceIndex.open(Path.of(args[2]));
        } else {
            int slash = args[2].lastIndexOf('/');
            index = OpenSearchIndex.open(ClusterAccess.of(args[2].substring(0, slash), Map.of()), args[2].substring(slash + 1));
        }
        List<Double> all = new ArrayList<>();
        try (index) {
            long warmupEnd = System.nanoTime() + Long.getLong("bench.warmupSeconds", 10) * 1_000_000_000L;
            while (System.nanoTime() < warmupEnd) {
                for (String q : queries) {
                    index.search(query(q), options(q));
                }
            }
            for (String q : queries) {
                double[] ms = new double[rounds];
                long hits = 0;
                for (int r = 0; r < rounds; r++) {
                    long t0 = System.nanoTime();
                    hits = index.search(query(q), options(q)).totalHits();
                    ms[r] = (System.nanoTime() - t0) / 1e6;
                    all.add(ms[r]);
                }
                Arrays.sort(ms);
                System.out.printf("query=%s hits=%d p50ms=%.2f p99ms=%.2f%n", q, hits, percentile(ms, 50), percentile(ms, 99));
            }
        }
        double[] mix = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("query=MIX hits=0 p50ms=%.2f p99ms=%.2f%n", percentile(mix, 50), percentile(mix, 99));
    }

    private static String query(String arg) {
        return arg.startsWith("facets:") ? arg.substring("facets:".length()) : arg;
    }

    private static SearchOptions options(String arg) {
        return SearchOptions.defaults().withLimit(20).withSort(SortOrder.TIME_DESC).withFacets(arg.startsWith("facets:"));
    }

    static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
