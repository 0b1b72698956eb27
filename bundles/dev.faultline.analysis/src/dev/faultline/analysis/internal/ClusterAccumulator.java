package dev.faultline.analysis.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.analysis.Citation;

import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;

/** The crashes of one cluster as they are gathered from the index and the model. */
public final class ClusterAccumulator {

    /** At most this many minutes get a histogram bin (two weeks). */
    public static final int MAX_MINUTES = 14 * 24 * 60;

    private static final int MAX_EVIDENCE = 4;

    final String key;
    final String signature;
    final String bucket;
    final CrashCluster analystCluster;
    private final Tally modules = new Tally();
    private final Tally images = new Tally();
    private final Tally bugchecks = new Tally();
    private final List<long[]> timeArrays = new ArrayList<>();
    private final LongArrays singleTimes = new LongArrays();
    private final List<long[]> hostArrays = new ArrayList<>();
    private final LongArrays singleHosts = new LongArrays();
    private final Set<Citation> evidence = new LinkedHashSet<>();
    private final List<CrashAnalysis> members = new ArrayList<>();
    private long count;

    public ClusterAccumulator(String key, String signature, String bucket, CrashCluster analystCluster) {
        this.key = key;
        this.signature = signature;
        this.bucket = bucket;
        this.analystCluster = analystCluster;
    }

    /** Adds crashes read together (an index shape). */
    public void add(String module, String image, String bugcheck, long crashes, long[] sortedTimes, long[] hostHashes,
            List<Citation> citations) {
        count += crashes;
        long first = sortedTimes.length > 0 ? sortedTimes[0] : Long.MAX_VALUE;
        modules.add(module, crashes, first);
        images.add(image, crashes, first);
        bugchecks.add(bugcheck, crashes, first);
        timeArrays.add(sortedTimes);
        hostArrays.add(hostHashes);
        for (Citation citation : citations) {
            if (citation != null && evidence.size() < MAX_EVIDENCE) {
                evidence.add(citation);
            }
        }
    }

    /** Adds one crash of the model that is not in the index. */
    public void add(String module, String image, String bugcheck, Instant time, Long hostHash, List<Citation> citations) {
        count++;
        long millis = time == null ? Long.MAX_VALUE : time.toEpochMilli();
        modules.add(module, 1, millis);
        images.add(image, 1, millis);
        bugchecks.add(bugcheck, 1, millis);
        if (time != null) {
            singleTimes.add(millis);
        }
        if (hostHash != null) {
            singleHosts.add(hostHash);
        }
        for (Citation citation : citations) {
            if (citation != null && evidence.size() < MAX_EVIDENCE) {
                evidence.add(citation);
            }
        }
    }

    public void member(CrashAnalysis crash) {
        members.add(crash);
    }

    /** How often each value occurs, and when first. */
    private static final class Tally {
        private final Map<String, Long> counts = new HashMap<>();
        private final Map<String, Long> first = new HashMap<>();

        void add(String value, long n, long firstTime) {
            if (value != null && !value.isBlank()) {
                counts.merge(value, n, Long::sum);
                first.merge(value, firstTime, Math::min);
            }
        }

        /** The most frequent value; of equally frequent ones, the one seen first in time, then the smallest. */
        String mostFrequent() {
            String best = null;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                if (best == null || better(e.getKey(), best)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        private boolean better(String a, String b) {
            long ca = counts.get(a);
            long cb = counts.get(b);
            if (ca != cb) {
                return ca > cb;
            }
            long ta = first.get(a);
            long tb = first.get(b);
            return ta != tb ? ta < tb : a.compareTo(b) < 0;
        }
    }

    public String key() {
        return key;
    }

    public String signature() {
        return signature;
    }

    public String bucket() {
        return bucket;
    }

    public CrashCluster analystCluster() {
        return analystCluster;
    }

    public long count() {
        return count;
    }

    public List<CrashAnalysis> members() {
        return members;
    }

    public List<Citation> evidence() {
        return List.copyOf(evidence);
    }

    public String module() {
        return modules.mostFrequent();
    }

    public String image() {
        return images.mostFrequent();
    }

    public String bugcheck() {
        return bugchecks.mostFrequent();
    }

    /** Every crash time (epoch milliseconds), sorted. */
    public long[] times() {
        int n = singleTimes.size();
        for (long[] a : timeArrays) {
            n += a.length;
        }
        long[] all = new long[n];
        int at = 0;
        for (long[] a : timeArrays) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        long[] singles = singleTimes.toArray();
        System.arraycopy(singles, 0, all, at, singles.length);
        Arrays.sort(all);
        return all;
    }

    /** The distinct host hashes, sorted. */
    public long[] hostHashes() {
        int n = singleHosts.size();
        for (long[] a : hostArrays) {
            n += a.length;
        }
        long[] all = new long[n];
        int at = 0;
        for (long[] a : hostArrays) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        long[] singles = singleHosts.toArray();
        System.arraycopy(singles, 0, all, at, singles.length);
        return LongArrays.sortedUnique(all);
    }

    /** Crashes per minute from the minute of the first time, for at most {@link #MAX_MINUTES} minutes. */
    public static long[] perMinute(long[] sortedTimes) {
        if (sortedTimes.length == 0) {
            return new long[0];
        }
        long start = Math.floorDiv(sortedTimes[0], 60_000L);
        long end = Math.floorDiv(sortedTimes[sortedTimes.length - 1], 60_000L);
        int bins = (int) Math.min(MAX_MINUTES, end - start + 1);
        long[] histogram = new long[bins];
        for (long t : sortedTimes) {
            long bin = Math.floorDiv(t, 60_000L) - start;
            if (bin >= bins) {
                break;
            }
            histogram[(int) bin]++;
        }
        return histogram;
    }
}
