package dev.faultline.report.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Optional;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.Verification;
import dev.faultline.intake.EvidenceRecords;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.report.Picture;
import dev.faultline.report.ReportContributions.Result;
import dev.faultline.report.SvgSanitizer;
import dev.faultline.timeline.InvestigationTimelineIndex;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.axis.TimeAxes;
import dev.faultline.timeline.axis.TimeAxisModel;
import dev.faultline.timeline.axis.TimeAxisPainter;
import dev.faultline.timeline.axis.TimeAxisRenderer;

/**
 * The time-axis picture of a report, drawn by the timeline bundle: every event of the merged timeline
 * (the curated events and the evidence records) counted per time bucket, one lane per kind, with the
 * update and incident markers; as SVG, and as a vector PDF for the PDF report.
 */
public final class TimeAxisPicture {

    private static final int WIDTH = 1100;
    private static final int BUCKETS = 240;
    private static final int LANES = 10;

    private TimeAxisPicture() {
    }

    public static Result<Picture> of(InvestigationFolder folder, ZoneId zone) {
        try {
            syncIfFree(folder);
        } catch (Exception e) {
            // drawn from the index as it is
        }
        try (InvestigationTimelineIndex index = InvestigationTimelineIndex.open(folder)) { // embedded, or on the cluster
            Timeline timeline = index.timeline(folder.investigation());
            TimeAxisModel axis = TimeAxes.counts(timeline, TimelineQuery.all(), Lanes.KIND, BUCKETS, LANES, zone);
            if (axis == null) {
                return Result.missing("No time-axis picture: the investigation has no event with a time.");
            }
            int height = 18 + 22 + Math.max(120, axis.lanes().size() * 30);
            byte[] pdf = VectorPicture.pdf(WIDTH, height, g -> TimeAxisPainter.paint(g, axis, WIDTH, height));
            return Result.of(new Picture("timeline", "Time axis: " + axis.title() + ", one lane per kind",
                    SvgSanitizer.sanitize(TimeAxisRenderer.renderSvg(axis, WIDTH, height)), pdf));
        } catch (Exception e) {
            return Result.missing("The time axis could not be drawn: " + e.getMessage());
        }
    }

    /**
     * Writes the model's events and tags into the index (a missing index built first) when no other
     * writer holds the investigation; a report never waits for a writer.
     */
    private static void syncIfFree(InvestigationFolder folder) throws IOException {
        Optional<InvestigationLock> free = InvestigationLock.ifFree(folder.root(), "faultline report (index sync)");
        if (free.isEmpty()) {
            return;
        }
        try (InvestigationLock lock = free.get();
                InvestigationTimelineIndex index = InvestigationTimelineIndex.open(folder, dir -> EvidenceRecords.anyReadable(folder)
                        ? EvidenceIndex.open(dir, () -> EvidenceRecords.of(folder), IndexProgress.NONE, Verification.OPEN)
                        : EvidenceIndex.open(dir), System.getenv())) {
            index.timeline(folder.investigation()).sync();
        }
    }
}
