package dev.faultline.timeline.axis;

import java.time.ZoneId;
import java.util.List;

import dev.faultline.index.TimeHistogram;

/**
 * What the time axis shows: counts per bucket and lane (zoomed out), or marks (zoomed in), the
 * markers, the visible range and the zone of its labels.
 *
 * @param title line above the lanes (may be empty)
 * @param histogram counts per lane and bucket over [from, to)
 * @param marks the rows as marks, or an empty list to draw the counts
 * @param markers update and incident markers
 * @param zone zone of the time labels
 * @param selection a selected range [selectionFrom, selectionTo] in epoch ms, or {@code null}
 */
public record TimeAxisModel(String title, TimeHistogram histogram, List<AxisMark> marks, List<AxisMarker> markers, ZoneId zone,
        long[] selection) {

    public long from() {
        return histogram.from();
    }

    public long to() {
        return histogram.to();
    }

    public List<String> lanes() {
        return histogram.lanes();
    }
}
