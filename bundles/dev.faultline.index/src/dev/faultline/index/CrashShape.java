package dev.faultline.index;

import java.util.List;

import dev.faultline.core.evidence.SourceRef;

/**
 * Crash analyses of the index that agree in every field the clustering reads: failure bucket,
 * blamed module, image, bugcheck code and stack. Values are as indexed (lower-case keywords, the
 * bugcheck as {@code 0x50}, the stack as {@code module!function+offset < ...}, innermost first);
 * any may be {@code null}.
 *
 * @param times the epoch milliseconds of the crashes that have a time, sorted
 * @param hostHashes the {@link FleetScan#hostHash(String) hashes} of the distinct hosts, sorted
 * @param untimed crashes without a time
 * @param examples where the earliest and the latest crash were read (at most two)
 */
public record CrashShape(String bucket, String module, String image, String bugcheck, String stack, long count, long[] times,
        long[] hostHashes, long untimed, List<SourceRef> examples) {
}
