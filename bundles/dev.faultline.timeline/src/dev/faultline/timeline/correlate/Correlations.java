package dev.faultline.timeline.correlate;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.TimeHistogram;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelinePage;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.TimelineRow;

/**
 * Questions responders ask of a timeline: what happened on other hosts around this event, which
 * host crashed first after an update, how fast crashes came in.
 */
public final class Correlations {

    /** What counts as a crash: crash analyses, bugcheck events, and model events of kind crash. */
    public static final String CRASHES = "kind:crash OR bugcheck:* OR event:1001 OR event:41";

    private Correlations() {
    }

    /** The query of the events within ±{@code minutes} of a row on other hosts than its own. */
    public static TimelineQuery aroundOnOtherHosts(TimelineRow row, int minutes) {
        if (row.time() == null) {
            throw new IllegalArgumentException("the event has no time");
        }
        Duration d = Duration.ofMinutes(minutes);
        String filter = row.host() == null || row.host().isBlank() ? "" : "-host:\"" + row.host().replace("\"", "") + "\"";
        return new TimelineQuery(filter, row.time().minus(d), row.time().plus(d), false);
    }

    /** The first crash of one host. */
    public record FirstCrash(String host, Instant at, TimelineRow row) {
    }

    /**
     * The first crash per host at or after {@code after}, earliest first, scanning the crashes in
     * time order (stops after {@code maxHosts} hosts or {@code maxScanned} crashes).
     */
    public static List<FirstCrash> firstCrashPerHost(Timeline timeline, Instant after, int maxHosts, long maxScanned)
            throws QuerySyntaxException, IOException {
        Map<String, FirstCrash> first = new LinkedHashMap<>();
        long[] scanned = new long[1];
        timeline.stream(new TimelineQuery(CRASHES, after, null, false), row -> {
            scanned[0]++;
            String host = row.host() == null ? "(no host)" : row.host().toLowerCase(Locale.ROOT);
            first.putIfAbsent(host, new FirstCrash(row.host() == null ? "(no host)" : row.host(), row.time(), row));
            return first.size() < maxHosts && scanned[0] < maxScanned;
        });
        return new ArrayList<>(first.values());
    }

    /** Crashes per minute over [from, to), counted in the index. */
    public static TimeHistogram crashesPerMinute(Timeline timeline, Instant from, Instant to) throws QuerySyntaxException, IOException {
        long start = from.toEpochMilli() / 60_000 * 60_000;
        long minutes = Math.max(1, Math.min(TimeHistogram.MAX_BUCKETS, (to.toEpochMilli() - start + 59_999) / 60_000));
        return timeline.histogram(new TimelineQuery(CRASHES, null, null, false), start, start + minutes * 60_000, (int) minutes, Lanes.NONE, 1);
    }

    /** The first page of a query (for showing a correlation's result). */
    public static TimelinePage firstPage(Timeline timeline, TimelineQuery query, int rows) throws QuerySyntaxException, IOException {
        return timeline.page(query, null, rows);
    }
}
