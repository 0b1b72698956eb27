package dev.faultline.diagram.render;

import dev.faultline.model.Confidence;

/**
 * Draws one arrow: a polyline whose style says the confidence (confirmed: thick and solid, high:
 * solid, medium: dashed, low: dotted, unassessed: thin, dotted and grey; reference edges thin, grey
 * and dashed), an arrow head at the effect, and a label with the relation, the confidence, the count
 * of citations and "reconstructed" on a white plate in the middle of the longest segment. Mitigating
 * links are green. Shared by the editor and the exports.
 */
public final class EdgePainter {

    static final double ARROW_LENGTH = 10;
    static final double ARROW_HALF_WIDTH = 5;
    static final double LABEL_PAD = 4;
    private static final int INK = 0x3C4043;
    private static final int MITIGATES = 0x188038;
    private static final int GREY = 0x80868B;
    private static final int PLATE = 0xFFFFFF;

    private EdgePainter() {
    }

    /** The colour of an arrow. */
    public static int color(EdgeContent content) {
        if (!content.causal() || content.confidence() == Confidence.UNASSESSED) {
            return GREY;
        }
        return "mitigates".equals(content.relation()) ? MITIGATES : INK;
    }

    /** The line style that shows the confidence. */
    public static LineStyle line(EdgeContent content) {
        if (!content.causal()) {
            return new LineStyle(1f, 4f, 3f);
        }
        return switch (content.confidence()) {
            case CONFIRMED -> new LineStyle(2.5f);
            case HIGH -> new LineStyle(1.75f);
            case MEDIUM -> new LineStyle(1.5f, 8f, 4f);
            case LOW -> new LineStyle(1.5f, 2f, 3f);
            default -> new LineStyle(1f, 2f, 3f);
        };
    }

    /** Paints line, arrow head and label along the route {@code xs, ys} (source to target). */
    public static void paint(Canvas canvas, EdgeContent content, double[] xs, double[] ys) {
        paintLine(canvas, content, xs, ys);
        double[] center = labelCenter(xs, ys);
        paintLabel(canvas, content, center[0], center[1]);
    }

    /** Paints the line and the arrow head only. */
    public static void paintLine(Canvas canvas, EdgeContent content, double[] xs, double[] ys) {
        int n = xs.length;
        if (n < 2) {
            return;
        }
        int color = color(content);
        double dx = xs[n - 1] - xs[n - 2];
        double dy = ys[n - 1] - ys[n - 2];
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        double[] lineX = xs.clone();
        double[] lineY = ys.clone();
        double stop = Math.min(ARROW_LENGTH * 0.8, length);
        lineX[n - 1] = xs[n - 1] - ux * stop;
        lineY[n - 1] = ys[n - 1] - uy * stop;
        canvas.polyline(lineX, lineY, color, line(content));
        double baseX = xs[n - 1] - ux * ARROW_LENGTH;
        double baseY = ys[n - 1] - uy * ARROW_LENGTH;
        canvas.fillPolygon(new double[] { xs[n - 1], baseX - uy * ARROW_HALF_WIDTH, baseX + uy * ARROW_HALF_WIDTH },
                new double[] { ys[n - 1], baseY + ux * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH }, color);
    }

    /** Size of the label plate: {@code {width, height}}. */
    public static double[] labelSize(Canvas canvas, EdgeContent content) {
        double width = canvas.textWidth(content.firstLine(), TextStyle.EDGE_LABEL);
        double height = canvas.lineHeight(TextStyle.EDGE_LABEL);
        if (!content.secondLine().isEmpty()) {
            width = Math.max(width, canvas.textWidth(content.secondLine(), TextStyle.EDGE_LABEL));
            height += canvas.lineHeight(TextStyle.EDGE_LABEL);
        }
        return new double[] { Math.ceil(width + 2 * LABEL_PAD), Math.ceil(height + LABEL_PAD) };
    }

    /** Paints the label plate centred on {@code cx, cy}. */
    public static void paintLabel(Canvas canvas, EdgeContent content, double cx, double cy) {
        double[] size = labelSize(canvas, content);
        double left = cx - size[0] / 2;
        double top = cy - size[1] / 2;
        paintLabelAt(canvas, content, left, top);
    }

    /** Paints the label plate with its top-left corner at {@code left, top}. */
    public static void paintLabelAt(Canvas canvas, EdgeContent content, double left, double top) {
        double[] size = labelSize(canvas, content);
        int color = color(content);
        canvas.fillRoundRect(left, top, size[0], size[1], 6, PLATE);
        double lineHeight = canvas.lineHeight(TextStyle.EDGE_LABEL);
        double y = top + LABEL_PAD / 2;
        centered(canvas, content.firstLine(), left, size[0], y, color);
        if (!content.secondLine().isEmpty()) {
            centered(canvas, content.secondLine(), left, size[0], y + lineHeight, GREY);
        }
    }

    private static void centered(Canvas canvas, String text, double left, double width, double top, int color) {
        canvas.text(text, left + (width - canvas.textWidth(text, TextStyle.EDGE_LABEL)) / 2, top, TextStyle.EDGE_LABEL, color);
    }

    /** The middle of the longest segment of the route: where the label goes. */
    public static double[] labelCenter(double[] xs, double[] ys) {
        int best = 0;
        double longest = -1;
        for (int i = 0; i + 1 < xs.length; i++) {
            double length = Math.hypot(xs[i + 1] - xs[i], ys[i + 1] - ys[i]);
            if (length > longest) {
                longest = length;
                best = i;
            }
        }
        if (xs.length < 2) {
            return new double[] { xs.length == 0 ? 0 : xs[0], ys.length == 0 ? 0 : ys[0] };
        }
        return new double[] { (xs[best] + xs[best + 1]) / 2, (ys[best] + ys[best + 1]) / 2 };
    }

    /**
     * Where a line from the centre of a box towards {@code (tx, ty)} leaves the box (a chopbox anchor).
     *
     * @return {@code {x, y}} on the border of the box
     */
    public static double[] chop(double x, double y, double width, double height, double tx, double ty) {
        double cx = x + width / 2;
        double cy = y + height / 2;
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new double[] { cx, cy };
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : (width / 2) / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : (height / 2) / Math.abs(dy));
        return new double[] { cx + dx * scale, cy + dy * scale };
    }
}
