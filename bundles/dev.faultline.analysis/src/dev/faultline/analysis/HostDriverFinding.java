package dev.faultline.analysis;

import java.util.List;

/**
 * The driver audit of one host.
 *
 * @param host the host name as the inventory writes it
 * @param drivers drivers listed for it
 * @param thirdPartyKernel third-party kernel-mode drivers
 * @param bootOrSystemStart third-party drivers that start at boot or system start
 * @param unknownSigner third-party drivers with no or an unknown signer
 * @param notInBaseline drivers the baseline does not have
 * @param inCrashClusters drivers implicated in crash clusters
 * @param risk the highest risk of its drivers
 */
public record HostDriverFinding(String host, int drivers, List<String> thirdPartyKernel, List<String> bootOrSystemStart,
        List<String> unknownSigner, List<String> notInBaseline, List<String> inCrashClusters, int risk) {
}
