package dev.faultline.timeline.axis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.faultline.model.Incident;
import dev.faultline.model.Investigation;
import dev.faultline.model.Update;
import dev.faultline.timeline.axis.AxisMarker.Kind;

/** The markers of an investigation: its updates' release and revert, its incidents' milestones. */
public final class AxisMarkers {

    private AxisMarkers() {
    }

    public static List<AxisMarker> of(Investigation investigation) {
        List<AxisMarker> markers = new ArrayList<>();
        for (Update u : investigation.getUpdates()) {
            String name = u.getIdentifier() != null ? u.getIdentifier() : u.getProduct() != null ? u.getProduct() : "update";
            add(markers, u.getReleasedAt(), Kind.UPDATE_RELEASED, name + " released");
            add(markers, u.getRevertedAt(), Kind.UPDATE_REVERTED, name + " reverted");
        }
        for (Incident i : investigation.getIncidents()) {
            add(markers, i.getStart(), Kind.INCIDENT_START, "incident start");
            add(markers, i.getDetected(), Kind.INCIDENT_DETECTED, "detected");
            add(markers, i.getMitigated(), Kind.INCIDENT_MITIGATED, "mitigated");
            add(markers, i.getResolved(), Kind.INCIDENT_RESOLVED, "resolved");
        }
        markers.sort(Comparator.comparing(AxisMarker::at));
        return markers;
    }

    private static void add(List<AxisMarker> markers, Instant at, Kind kind, String label) {
        if (at != null) {
            markers.add(new AxisMarker(at, kind, label));
        }
    }
}
