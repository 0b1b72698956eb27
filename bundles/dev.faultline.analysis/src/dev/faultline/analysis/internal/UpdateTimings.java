package dev.faultline.analysis.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.UpdateTiming;
import dev.faultline.index.FleetReader;
import dev.faultline.index.FleetScan;
import dev.faultline.model.Investigation;
import dev.faultline.model.Update;

/**
 * The updates released shortly before each cluster's first crash, with the share of its crashed
 * hosts that per-host update records show receiving them.
 */
public final class UpdateTimings {

    /** How long before a cluster's first crash an update counts as "shortly before". */
    public static final Duration WINDOW = Duration.ofHours(48);
    private static final int SAMPLE = 20;

    private final Investigation investigation;
    private final FleetReader scan;
    private Map<String, long[]> receipts;

    public UpdateTimings(Investigation investigation, FleetReader scan) {
        this.investigation = investigation;
        this.scan = scan;
    }

    /** The summaries with their update timings. */
    public List<CrashClusterSummary> addTo(List<CrashClusterSummary> clusters) throws IOException {
        List<CrashClusterSummary> result = new ArrayList<>(clusters.size());
        for (CrashClusterSummary cluster : clusters) {
            result.add(cluster.withUpdates(timings(cluster)));
        }
        return result;
    }

    private List<UpdateTiming> timings(CrashClusterSummary cluster) throws IOException {
        List<UpdateTiming> timings = new ArrayList<>();
        if (cluster.firstSeen() == null) {
            return timings;
        }
        for (Update update : investigation.getUpdates()) {
            Instant released = update.getReleasedAt();
            if (released == null || released.isAfter(cluster.firstSeen()) || Duration.between(released, cluster.firstSeen()).compareTo(WINDOW) > 0) {
                continue;
            }
            long minutes = Duration.between(released, cluster.firstSeen()).toMinutes();
            long[] received = receipts().get(FleetScan.updateKey(update.getIdentifier(), update.getProduct(), update.getVersion()));
            Double share = null;
            long without = 0;
            List<String> sample = List.of();
            if (received != null && cluster.hostHashes().length > 0) {
                long with = LongArrays.countIn(cluster.hostHashes(), received);
                share = with / (double) cluster.hostHashes().length;
                long[] missing = LongArrays.notIn(cluster.hostHashes(), received);
                without = missing.length;
                sample = names(Arrays.copyOf(missing, Math.min(SAMPLE, missing.length)));
            }
            timings.add(new UpdateTiming(update, label(update), released, minutes, share, without, sample));
        }
        timings.sort(Comparator.comparing(UpdateTiming::releasedAt).reversed());
        return timings;
    }

    private Map<String, long[]> receipts() throws IOException {
        if (receipts == null) {
            receipts = scan == null ? Map.of() : scan.updateReceipts();
        }
        return receipts;
    }

    private List<String> names(long[] hashes) throws IOException {
        if (hashes.length == 0 || scan == null) {
            return List.of();
        }
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        Map<Long, String> names = scan.hostNames(sorted);
        List<String> result = new ArrayList<>();
        for (long h : hashes) {
            String name = names.get(h);
            if (name != null) {
                result.add(name);
            }
        }
        result.sort(null);
        return result;
    }

    /** Identifier, else product and version. */
    public static String label(Update update) {
        if (update.getIdentifier() != null && !update.getIdentifier().isBlank()) {
            return update.getIdentifier();
        }
        String product = update.getProduct() == null ? "update" : update.getProduct();
        return update.getVersion() == null ? product : product + " " + update.getVersion();
    }
}
