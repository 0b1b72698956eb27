package dev.faultline.timeline.axis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;

import dev.faultline.index.QuerySyntaxException;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.timeline.InvestigationTimelineIndex;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelineQuery;

/**
 * The time axis of an investigation folder as finished pictures, in one call (for the post-mortem
 * report and other headless users): opens the folder's index, brings the model's events into it
 * (when no other Faultline is writing it), counts and draws.
 */
public final class TimeAxisPictures {

    /** The axis as SVG and PNG, with the line that says what it shows. */
    public record Pictures(String title, String svg, byte[] png, long events) {
    }

    private TimeAxisPictures() {
    }

    /**
     * Draws the time axis of the folder's timeline.
     *
     * @param query which rows (e.g. {@code new TimelineQuery("kind:curated", null, null, false)} for the curated events only)
     * @return the pictures, or {@code null} when there is nothing to draw
     * @throws QuerySyntaxException when the query's filter is not valid
     */
    public static Pictures of(InvestigationFolder folder, TimelineQuery query, Lanes lanes, ZoneId zone, int width)
            throws IOException, QuerySyntaxException {
        try (InvestigationTimelineIndex index = InvestigationTimelineIndex.open(folder)) {
            Timeline timeline = index.timeline(folder.investigation());
            try {
                timeline.sync();
            } catch (org.apache.lucene.store.LockObtainFailedException busy) {
                timeline.reloadModel(); // drawn from the index as it is
            }
            TimeAxisModel axis = TimeAxes.counts(timeline, query, lanes, Math.max(20, width / 4), 12, zone);
            if (axis == null) {
                return null;
            }
            int height = TimeAxisLayout.TITLE + TimeAxisLayout.TICKS + Math.max(120, axis.lanes().size() * 30);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            TimeAxisRenderer.writePng(axis, width, height, png);
            return new Pictures(axis.title(), TimeAxisRenderer.renderSvg(axis, width, height), png.toByteArray(), axis.histogram().total());
        }
    }
}
