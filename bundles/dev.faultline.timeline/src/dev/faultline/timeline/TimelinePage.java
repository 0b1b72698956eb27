package dev.faultline.timeline;

import java.util.List;

/**
 * One page of timeline rows.
 *
 * @param rows the rows, in the query's order
 * @param total rows of the query (a lower bound when {@code totalExact} is false)
 * @param totalExact whether {@code total} is exact
 * @param nextPage cursor of the next page, or {@code null} after the last
 * @param tookMillis time spent
 */
public record TimelinePage(List<TimelineRow> rows, long total, boolean totalExact, String nextPage, long tookMillis) {
}
