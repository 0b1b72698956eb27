package dev.faultline.analysis;

import java.util.List;

/**
 * One driver across the fleet, with its risk.
 *
 * @param name module name as the inventories write it (e.g. {@code CSAgent})
 * @param fileName file name ({@code csagent.sys}), or {@code null}
 * @param hosts on how many hosts it was found
 * @param hostNames up to 20 of them
 * @param type {@code Kernel}, {@code File System} ... as written (the most frequent), or {@code null}
 * @param start start mode as written ({@code Boot}, {@code System}, {@code Auto}, {@code Manual}), the earliest seen
 * @param thirdParty not a driver Windows ships
 * @param signer who signed it, or {@code null} when the evidence does not say
 * @param inCrashClusters ids of the crash clusters that blame it or whose stack signature runs through it
 * @param risk 0-100
 * @param level {@code high} (70+), {@code medium} (40+), {@code low}
 * @param reasons what makes up the risk, one reason per item
 * @param evidence inventory records it was read from
 */
public record DriverFinding(String name, String fileName, String displayName, long hosts, List<String> hostNames, String type, String start,
        boolean thirdParty, String signer, List<String> inCrashClusters, int risk, String level, List<String> reasons,
        List<Citation> evidence) {

    public static String level(int risk) {
        return risk >= 70 ? "high" : risk >= 40 ? "medium" : "low";
    }
}
