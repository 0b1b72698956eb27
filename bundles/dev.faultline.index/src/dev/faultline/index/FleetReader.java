package dev.faultline.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.faultline.core.evidence.EvidenceRecord;

/**
 * The whole-fleet reads the analyses make of an investigation's index (crash clustering, the causal
 * chain, the driver audit), whatever holds it: the embedded index ({@link FleetScan}, from doc values)
 * or a cluster (from the same keyword fields' doc values). Host names are given as
 * {@linkplain FleetScan#hostHash hashes} of their keyword form, updates by {@link FleetScan#updateKey}.
 */
public interface FleetReader {

    /** Every crash analysis of the index, grouped into shapes (see {@link CrashShape}). */
    List<CrashShape> crashShapes(IndexProgress progress) throws IOException;

    /** For each update named by per-host update records, the sorted hashes of its hosts. */
    Map<String, long[]> updateReceipts() throws IOException;

    /** Kernel-Power 41, EventLog 6008 and BugCheck 1001 events per host, and up to three example records per event id. */
    FleetScan.BootEvents bootEvents() throws IOException;

    /** The names (keyword form) of the hosts with the given hashes (sorted), as far as the fleet records name them. */
    Map<Long, String> hostNames(long[] sortedHashes) throws IOException;

    /** Every record of a kind ({@code driver}, {@code host} ...) in the index, in the order it was indexed. */
    void forEachRecord(String kind, Consumer<EvidenceRecord> action) throws IOException;
}
