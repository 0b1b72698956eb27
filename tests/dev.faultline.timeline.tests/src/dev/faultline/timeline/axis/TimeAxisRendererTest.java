package dev.faultline.timeline.axis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Update;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.TimelineFixtureAccess;
import dev.faultline.timeline.TimelineQuery;

class TimeAxisRendererTest {

    @TempDir
    Path dir;

    @Test
    void theAxisIsDrawnAsSvgAndPngWithLanesCountsAndMarkers() throws Exception {
        try (TimelineFixtureAccess f = TimelineFixtureAccess.create(dir)) {
            Update update = FaultlineFactory.eINSTANCE.createUpdate();
            update.setIdentifier("Channel File 291");
            update.setReleasedAt(Instant.parse("2024-07-19T04:09:00Z"));
            f.investigation().getUpdates().add(update);
            f.timeline().sync();
            TimeAxisModel axis = TimeAxes.counts(f.timeline(), TimelineQuery.all(), Lanes.HOST, 100, 8, ZoneOffset.UTC);
            assertEquals(List.of("host-a", "host-b"), axis.lanes());
            assertEquals(1, axis.markers().size());
            String svg = TimeAxisRenderer.renderSvg(axis, 900, 160);
            assertTrue(svg.contains("<svg"), svg.substring(0, 100));
            assertTrue(svg.contains("host-a") && svg.contains("host-b"), "lane names");
            assertTrue(svg.contains("Channel File 291 released"), "marker label");
            assertTrue(svg.contains("04:10"), "tick labels in UTC");
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            TimeAxisRenderer.writePng(axis, 900, 160, png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
            assertEquals(900, image.getWidth());
            assertEquals(160, image.getHeight());
            TimeAxisLayout layout = new TimeAxisLayout(900, 160, 2, axis.from(), axis.to());
            int x = (int) layout.x(Instant.parse("2024-07-19T04:20:10Z").toEpochMilli());
            int y = layout.laneTop(1) - 3;
            assertNotEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, "a bar is drawn where host-a has events");
        }
    }

    @Test
    void markerLabelsNeverCoverEachOtherWhateverTheOrderOfTheMarkers() {
        // the sample's cluster at the right edge, in model order (not by time): release, resolved, start, revert, mitigated
        double[] xs = { 1255, 1352, 1256, 1280, 1281 };
        double[] widths = { 150, 55, 80, 150, 60 };
        for (int rows : new int[] { 1, 2, 3, 6 }) {
            double[][] placed = TimeAxisPainter.placeLabels(xs, widths, rows, 160, 1370);
            int shown = 0;
            for (int i = 0; i < xs.length; i++) {
                if (placed[i] == null) {
                    continue;
                }
                shown++;
                double left = placed[i][0];
                assertTrue(left >= 160 && left + widths[i] <= 1370, "label " + i + " stays inside the plot");
                assertTrue(left > xs[i] || left + widths[i] < xs[i], "label " + i + " beside its line, not across it");
                assertTrue(placed[i][1] < rows, "row inside the axis");
                for (int j = 0; j < i; j++) {
                    if (placed[j] != null && placed[j][1] == placed[i][1]) {
                        boolean apart = placed[j][0] + widths[j] + 4 <= left || left + widths[i] + 4 <= placed[j][0];
                        assertTrue(apart, rows + " rows: labels " + j + " and " + i + " in row " + (int) placed[i][1] + " overlap");
                    }
                }
            }
            assertEquals(0, placed[0][1], "the first label takes the first row");
            assertTrue(shown >= Math.min(rows + 1, xs.length), rows + " rows show " + shown + " labels: both sides of the lines are used");
            if (rows == 6) {
                assertEquals(xs.length, shown, "with room for all, every label is shown");
            }
        }
    }

    @Test
    void recordsWithoutAHostHaveALaneNamedSoInThePicture() throws Exception {
        try (TimelineFixtureAccess f = TimelineFixtureAccess.create(dir)) {
            f.timeline().sync();
            f.index().add(List.of(new dev.faultline.core.evidence.EvidenceRecord(Instant.parse("2024-07-19T04:15:30Z"), "2024-07-19 04:15:30",
                    null, "log", "a plain text line", java.util.Map.of(), null, new dev.faultline.core.evidence.SourceRef("plain.txt", null, 1, -1, null))),
                    dev.faultline.index.IndexProgress.NONE);
            TimeAxisModel axis = TimeAxes.counts(f.timeline(), TimelineQuery.all(), Lanes.HOST, 100, 8, ZoneOffset.UTC);
            assertEquals(List.of("host-a", "host-b", "(no host)"), axis.lanes());
            assertTrue(TimeAxisRenderer.renderSvg(axis, 900, 160).contains("(no host)"), "the lane's name in the picture");
            TimeAxisModel groups = TimeAxes.counts(f.timeline(), TimelineQuery.all(), Lanes.HOST_GROUP, 100, 8, ZoneOffset.UTC);
            assertTrue(groups.lanes().contains("(no host)") && groups.lanes().contains("(no group)"), groups.lanes().toString());
        }
    }

    @Test
    void ticksAreRoundTimesOfTheZoneFromYearsToMilliseconds() {
        long t = Instant.parse("2024-07-19T04:09:00Z").toEpochMilli();
        List<AxisTicks.Tick> minutes = AxisTicks.of(t, t + 3_600_000, ZoneId.of("Europe/Berlin"), 8);
        assertEquals("06:10", minutes.get(0).label());
        List<AxisTicks.Tick> millis = AxisTicks.of(t, t + 50, ZoneOffset.UTC, 5);
        assertEquals("04:09:00.000", millis.get(0).label());
        List<AxisTicks.Tick> years = AxisTicks.of(Instant.parse("2015-03-01T00:00:00Z").toEpochMilli(), t, ZoneOffset.UTC, 10);
        assertEquals("2016", years.get(0).label());
    }
}
