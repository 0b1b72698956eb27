package dev.faultline.timeline.axis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import dev.faultline.timeline.TimelineTimes;

/**
 * Draws the time axis with Java 2D (for SVG through JFreeSVG, PNG through an image, and the
 * workbench's canvas alike): one band per lane with its name and total, bars of the counts per
 * bucket (square-root scale, so a quiet host stays visible beside a busy one) or the rows as
 * marks, markers of updates and incident milestones, round-time ticks in the chosen zone.
 */
public final class TimeAxisPainter {

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color BAND = new Color(0xF4, 0xF6, 0xF8);
    private static final Color GRID = new Color(0xDD, 0xE1, 0xE6);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final Color BAR = new Color(0x3B, 0x6E, 0xA8);
    private static final Color MARK = new Color(0x2B, 0x5B, 0x8F);
    private static final Color HIGHLIGHT = new Color(0xD9, 0x8C, 0x00);
    private static final Color RELEASE = new Color(0xC0, 0x39, 0x2B);
    private static final Color REVERT = new Color(0x27, 0xAE, 0x60);
    private static final Color MILESTONE = new Color(0x8E, 0x44, 0xAD);
    private static final Color SELECTION = new Color(0x3B, 0x6E, 0xA8, 0x40);

    private TimeAxisPainter() {
    }

    public static void paint(Graphics2D g, TimeAxisModel model, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        TimeAxisLayout layout = new TimeAxisLayout(width, height, Math.max(1, model.lanes().size()), model.from(), model.to());
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(TEXT);
        g.drawString(model.title(), 4, 13);
        paintLanes(g, model, layout, fm);
        if (model.marks().isEmpty()) {
            paintCounts(g, model, layout);
        } else {
            paintMarks(g, model, layout);
        }
        paintSelection(g, model, layout);
        paintTicks(g, model, layout, fm);
        paintMarkers(g, model, layout, fm);
    }

    private static void paintLanes(Graphics2D g, TimeAxisModel model, TimeAxisLayout layout, FontMetrics fm) {
        List<String> lanes = model.lanes();
        for (int lane = 0; lane < lanes.size(); lane++) {
            int top = layout.laneTop(lane);
            int bottom = layout.laneTop(lane + 1);
            if (lane % 2 == 0) {
                g.setColor(BAND);
                g.fillRect(layout.plotLeft(), top, layout.plotRight() - layout.plotLeft(), bottom - top);
            }
            g.setColor(TEXT);
            long total = 0;
            for (long c : model.histogram().counts()[lane]) {
                total += c;
            }
            String count = compact(total);
            String label = fit(lanes.get(lane), fm, TimeAxisLayout.LABELS - 6 - fm.stringWidth(count) - 12);
            int baseline = top + (bottom - top + fm.getAscent()) / 2 - 1;
            g.drawString(label, 4, baseline);
            g.setColor(Color.GRAY);
            g.drawString(count, TimeAxisLayout.LABELS - 6 - fm.stringWidth(count), baseline);
        }
        g.setColor(GRID);
        g.drawRect(layout.plotLeft(), layout.plotTop(), layout.plotRight() - layout.plotLeft(), layout.plotBottom() - layout.plotTop());
    }

    private static void paintCounts(Graphics2D g, TimeAxisModel model, TimeAxisLayout layout) {
        long[][] counts = model.histogram().counts();
        long max = 1;
        for (long[] lane : counts) {
            for (long c : lane) {
                max = Math.max(max, c);
            }
        }
        double scale = Math.sqrt(max);
        int buckets = model.histogram().buckets();
        g.setColor(BAR);
        for (int lane = 0; lane < counts.length; lane++) {
            int top = layout.laneTop(lane) + 2;
            int bottom = layout.laneTop(lane + 1) - 1;
            for (int b = 0; b < buckets; b++) {
                long c = counts[lane][b];
                if (c == 0) {
                    continue;
                }
                double x0 = layout.x(model.histogram().bucketStart(b));
                double x1 = layout.x(b + 1 < buckets ? model.histogram().bucketStart(b + 1) : model.to());
                double h = Math.max(1.5, (bottom - top) * Math.sqrt(c) / scale);
                g.fill(new Rectangle2D.Double(x0, bottom - h, Math.max(1, x1 - x0 - 0.3), h));
            }
        }
    }

    private static void paintMarks(Graphics2D g, TimeAxisModel model, TimeAxisLayout layout) {
        g.setStroke(new BasicStroke(1.5f));
        for (AxisMark mark : model.marks()) {
            if (mark.lane() < 0 || mark.lane() >= model.lanes().size()) {
                continue;
            }
            double x = layout.x(mark.at());
            int top = layout.laneTop(mark.lane()) + 3;
            int bottom = layout.laneTop(mark.lane() + 1) - 3;
            g.setColor(mark.highlighted() ? HIGHLIGHT : MARK);
            g.draw(new java.awt.geom.Line2D.Double(x, top, x, bottom));
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void paintSelection(Graphics2D g, TimeAxisModel model, TimeAxisLayout layout) {
        long[] s = model.selection();
        if (s == null) {
            return;
        }
        double x0 = layout.x(Math.max(model.from(), s[0]));
        double x1 = layout.x(Math.min(model.to(), s[1]));
        g.setColor(SELECTION);
        g.fill(new Rectangle2D.Double(Math.min(x0, x1), layout.plotTop(), Math.abs(x1 - x0) + 1, layout.plotBottom() - layout.plotTop()));
    }

    private static void paintTicks(Graphics2D g, TimeAxisModel model, TimeAxisLayout layout, FontMetrics fm) {
        int wanted = Math.max(2, (layout.plotRight() - layout.plotLeft()) / 110);
        int lastRight = Integer.MIN_VALUE;
        for (AxisTicks.Tick tick : AxisTicks.of(model.from(), model.to(), model.zone(), wanted)) {
            int x = (int) Math.round(layout.x(tick.at()));
            g.setColor(GRID);
            g.drawLine(x, layout.plotTop(), x, layout.plotBottom() + 3);
            int w = fm.stringWidth(tick.label());
            int left = Math.max(layout.plotLeft(), Math.min(x - w / 2, layout.plotRight() - w));
            if (left > lastRight + 6) {
                g.setColor(TEXT);
                g.drawString(tick.label(), left, layout.plotBottom() + 4 + fm.getAscent());
                lastRight = left + w;
            }
        }
        g.setColor(Color.GRAY);
        String zone = TimelineTimes.label(model.zone());
        g.drawString(zone, 4, layout.plotBottom() + 4 + fm.getAscent());
    }

    private static void paintMarkers(Graphics2D g, TimeAxisModel model, TimeAxisLayout layout, FontMetrics fm) {
        int rows = Math.max(1, (layout.plotBottom() - layout.plotTop() - 4) / fm.getHeight());
        List<AxisMarker> shown = model.markers().stream()
                .filter(m -> m.at().toEpochMilli() >= model.from() && m.at().toEpochMilli() < model.to()).toList();
        double[] xs = new double[shown.size()];
        double[] widths = new double[shown.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = layout.x(shown.get(i).at().toEpochMilli());
            widths[i] = fm.stringWidth(shown.get(i).label());
        }
        double[][] placed = placeLabels(xs, widths, rows, layout.plotLeft(), layout.plotRight());
        for (int i = 0; i < xs.length; i++) {
            AxisMarker marker = shown.get(i);
            Color color = switch (marker.kind()) {
                case UPDATE_RELEASED -> RELEASE;
                case UPDATE_REVERTED -> REVERT;
                default -> MILESTONE;
            };
            g.setColor(color);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
            g.draw(new java.awt.geom.Line2D.Double(xs[i], layout.plotTop(), xs[i], layout.plotBottom()));
            g.setStroke(new BasicStroke(1f));
            if (placed[i] == null) {
                continue; // no room for its label beside the others: the line alone
            }
            double left = placed[i][0];
            int y = layout.plotTop() + fm.getAscent() + 2 + (int) placed[i][1] * fm.getHeight();
            g.setColor(new Color(255, 255, 255, 210));
            g.fill(new Rectangle2D.Double(left - 1, y - fm.getAscent(), widths[i] + 2, fm.getHeight()));
            g.setColor(color);
            g.drawString(marker.label(), (float) left, y);
        }
    }

    /**
     * Where the markers' labels go: beside the marker's line, right of it unless the label would run past
     * {@code plotRight}, in the first of {@code rows} rows where it keeps 4 pixels from every label already
     * placed there; where that side is taken in every row, the other side (inside the plot). A label with
     * no room anywhere is left out (its line is still drawn): labels never cover each other. Markers may
     * come in any order.
     *
     * @return per marker {left edge, row}, or null for a label left out
     */
    static double[][] placeLabels(double[] xs, double[] widths, int rows, double plotLeft, double plotRight) {
        List<List<double[]>> taken = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            taken.add(new ArrayList<>());
        }
        double[][] placed = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            double w = widths[i];
            double right = xs[i] + 3;
            double left = xs[i] - 3 - w;
            double preferred = right + w <= plotRight ? right : left;
            double other = preferred == right ? left : right;
            boolean otherFits = other >= plotLeft && other + w <= plotRight;
            for (double side : otherFits ? new double[] { preferred, other } : new double[] { preferred }) {
                for (int row = 0; row < rows && placed[i] == null; row++) {
                    if (!covers(taken.get(row), side - 4, side + w + 4)) {
                        taken.get(row).add(new double[] { side, side + w });
                        placed[i] = new double[] { side, row };
                    }
                }
                if (placed[i] != null) {
                    break;
                }
            }
        }
        return placed;
    }

    private static boolean covers(List<double[]> spans, double from, double to) {
        for (double[] span : spans) {
            if (span[0] < to && from < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "\u2026") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }

    /** 1234567 → 1.2M. */
    public static String compact(long n) {
        if (n < 10_000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.0fk", n / 1000.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1fM", n / 1_000_000.0);
    }
}
