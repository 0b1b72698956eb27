package dev.faultline.model.validation;

import java.time.Instant;

import dev.faultline.model.CausalNode;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Outage;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;

/**
 * The instant at which a causal node starts to act, used to check that a cause does not come
 * after its effect: an update's release, a crash's time, a cluster's first crash, an outage's
 * start, a timeline event's instant. Drivers, hosts and host groups have no such instant.
 */
public final class CausalTimes {

    private CausalTimes() {
    }

    /** The relevant instant, or {@code null} when the node has none or it is not known. */
    public static Instant timeOf(CausalNode node) {
        if (node instanceof Update update) {
            return update.getReleasedAt();
        } else if (node instanceof CrashAnalysis crash) {
            return crash.getTime();
        } else if (node instanceof CrashCluster cluster) {
            return cluster.getFirstSeen();
        } else if (node instanceof Outage outage) {
            return outage.getStart();
        } else if (node instanceof TimelineEvent event) {
            return event.getInstant();
        }
        return null;
    }
}
