package dev.faultline.timeline.axis;

import java.time.Instant;

/**
 * A moment drawn across every lane of the time axis: an update released or reverted, an incident
 * started, detected, mitigated or resolved.
 */
public record AxisMarker(Instant at, Kind kind, String label) {

    /** What the marker stands for. */
    public enum Kind {
        UPDATE_RELEASED, UPDATE_REVERTED, INCIDENT_START, INCIDENT_DETECTED, INCIDENT_MITIGATED, INCIDENT_RESOLVED
    }
}
