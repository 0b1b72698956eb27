package dev.faultline.timeline;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * What part of the timeline to show: a filter in Search's query syntax ({@code host:}, {@code kind:},
 * {@code tag:}, {@code starred:true}, {@code time:[..]}, free text), a time window, and the order.
 *
 * @param filter the filter, blank for everything
 * @param from first instant shown (inclusive), or {@code null}
 * @param to last instant shown (inclusive), or {@code null}
 * @param newestFirst order of the rows
 */
public record TimelineQuery(String filter, Instant from, Instant to, boolean newestFirst) {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    public TimelineQuery {
        filter = filter == null ? "" : filter.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the time window is reversed: from " + from + " is after to " + to);
        }
    }

    /** Everything, oldest first. */
    public static TimelineQuery all() {
        return new TimelineQuery("", null, null, false);
    }

    public TimelineQuery withFilter(String newFilter) {
        return new TimelineQuery(newFilter, from, to, newestFirst);
    }

    public TimelineQuery withWindow(Instant newFrom, Instant newTo) {
        return new TimelineQuery(filter, newFrom, newTo, newestFirst);
    }

    public TimelineQuery withNewestFirst(boolean newest) {
        return new TimelineQuery(filter, from, to, newest);
    }

    /** The index query of the timed records of this query. */
    public String queryText() {
        String window = "time:[" + (from == null ? "*" : MILLIS.format(from)) + " TO " + (to == null ? "*" : MILLIS.format(to)) + "]";
        return filter.isEmpty() ? window : "(" + filter + ") AND " + window;
    }

    /** The index query of the records of this filter that have no time (the window does not apply). */
    public String untimedQueryText() {
        return filter.isEmpty() ? "-time:[* TO *]" : "(" + filter + ") AND -time:[* TO *]";
    }
}
