package dev.faultline.analysis;

import java.time.Instant;
import java.util.List;

import dev.faultline.model.Update;

/**
 * An update released shortly before a crash cluster's first crash.
 *
 * @param update the update of the investigation
 * @param label its identifier, else product and version
 * @param releasedAt when it was released
 * @param minutesAfterRelease minutes from the release to the cluster's first crash
 * @param shareOfHostsWithUpdate the share (0-1) of the cluster's crashed hosts that per-host update
 *            records show receiving it, or {@code null} when the evidence has no per-host records of it
 * @param hostsWithoutUpdate how many crashed hosts the records do not show receiving it (0 when unknown)
 * @param hostsWithoutUpdateSample up to 20 of their names
 */
public record UpdateTiming(Update update, String label, Instant releasedAt, long minutesAfterRelease, Double shareOfHostsWithUpdate,
        long hostsWithoutUpdate, List<String> hostsWithoutUpdateSample) {
}
