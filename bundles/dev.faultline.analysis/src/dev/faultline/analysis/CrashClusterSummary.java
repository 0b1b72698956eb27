package dev.faultline.analysis;

import java.time.Instant;
import java.util.List;

import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;

/**
 * One crash cluster as the clustering found it.
 *
 * @param id the {@code xmi:id} its {@link CrashCluster} has (or gets when recorded)
 * @param key what its crashes share: {@code bucket:...} or {@code module|bugcheck|signature}; for a
 *            cluster the analysts made by hand, {@code model:} and its id
 * @param name a readable name
 * @param signature the stack signature (Socorro style), {@code ""} when the crashes have no stack
 * @param bugcheck the most frequent bugcheck code ({@code 0x50}), or {@code null}
 * @param module the most frequent blamed module (lower-case, without extension), or {@code null}
 * @param image the most frequent image name ({@code csagent.sys}), or {@code null}
 * @param bucket the failure bucket, or {@code null}
 * @param count crashes
 * @param hosts distinct hosts
 * @param firstSeen the first crash, or {@code null} when no crash has a time
 * @param lastSeen the last crash
 * @param perMinute crashes per minute from the minute of {@code firstSeen} (at most two weeks)
 * @param updates updates released shortly before the first crash, the latest first
 * @param evidence where the earliest and latest crashes were read
 * @param members the crash analyses of the model that belong to it
 * @param modelCluster the cluster of the model, once recorded (or the one the analysts made)
 * @param hostHashes hashes of the crashed hosts (see {@code FleetScan.hostHash}), sorted
 */
public record CrashClusterSummary(String id, String key, String name, String signature, String bugcheck, String module, String image,
        String bucket, long count, long hosts, Instant firstSeen, Instant lastSeen, long[] perMinute, List<UpdateTiming> updates,
        List<Citation> evidence, List<CrashAnalysis> members, CrashCluster modelCluster, long[] hostHashes) {

    /** Whether the analysts made this cluster by hand (the clustering does not change it). */
    public boolean analystMade() {
        return key.startsWith(CrashClusterer.ANALYST_KEY_PREFIX);
    }

    /** The same summary bound to its model cluster. */
    public CrashClusterSummary withModelCluster(CrashCluster cluster) {
        return new CrashClusterSummary(id, key, name, signature, bugcheck, module, image, bucket, count, hosts, firstSeen, lastSeen,
                perMinute, updates, evidence, members, cluster, hostHashes);
    }

    /** The same summary with its update timings. */
    public CrashClusterSummary withUpdates(List<UpdateTiming> timings) {
        return new CrashClusterSummary(id, key, name, signature, bugcheck, module, image, bucket, count, hosts, firstSeen, lastSeen,
                perMinute, List.copyOf(timings), evidence, members, modelCluster, hostHashes);
    }
}
