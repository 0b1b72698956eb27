package dev.faultline.timeline.axis;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.TimeHistogram;
import dev.faultline.timeline.EventCounts;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelineQuery;

/** Builds the time axis of a timeline query, counted in the index. */
public final class TimeAxes {

    private TimeAxes() {
    }

    /**
     * The axis over the query's window, or, where the query leaves it open, over its rows' first
     * and last time (with a margin) and the markers.
     *
     * @return the axis, or {@code null} when there is nothing to draw (no timed rows, no markers, no window)
     */
    public static TimeAxisModel counts(Timeline timeline, TimelineQuery query, Lanes lanes, int buckets, int maxLanes, ZoneId zone)
            throws QuerySyntaxException, IOException {
        long[] range = range(timeline, query);
        if (range == null) {
            return null;
        }
        TimeHistogram histogram = timeline.histogram(query, range[0], range[1], buckets, lanes, maxLanes);
        List<AxisMarker> markers = AxisMarkers.of(timeline.model().investigation());
        String title = EventCounts.of(histogram.total()) + (histogram.untimed() > 0 ? ", " + EventCounts.of(histogram.untimed()) + " without a time (not drawn)" : "")
                + (query.filter().isEmpty() ? "" : " \u2014 " + query.filter());
        return new TimeAxisModel(title, histogram, List.of(), markers, zone, null);
    }

    /** [from, to) of the axis of a query, or {@code null}. */
    public static long[] range(Timeline timeline, TimelineQuery query) throws QuerySyntaxException, IOException {
        Long from = query.from() == null ? null : query.from().toEpochMilli();
        Long to = query.to() == null ? null : query.to().toEpochMilli() + 1;
        if (from == null || to == null) {
            long[] bounds = timeline.bounds(query);
            List<AxisMarker> markers = AxisMarkers.of(timeline.model().investigation());
            long lo = bounds != null ? bounds[0] : Long.MAX_VALUE;
            long hi = bounds != null ? bounds[1] : Long.MIN_VALUE;
            for (AxisMarker m : markers) {
                long at = m.at().toEpochMilli();
                if ((from == null || at >= from) && (to == null || at < to)) {
                    lo = Math.min(lo, at);
                    hi = Math.max(hi, at);
                }
            }
            if (lo == Long.MAX_VALUE && from == null && to == null) {
                return null;
            }
            long margin = Math.max(60_000, (hi - lo) / 40);
            from = from != null ? from : (lo == Long.MAX_VALUE ? to - 3_600_000 : lo - margin);
            to = to != null ? to : (hi == Long.MIN_VALUE ? from + 3_600_000 : hi + margin + 1);
        }
        return to > from ? new long[] { from, to } : null;
    }
}
