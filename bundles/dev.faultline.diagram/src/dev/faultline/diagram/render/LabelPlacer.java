package dev.faultline.diagram.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places the labels of all arrows of a drawing so that no label covers a box or another label where
 * the route allows it. Labels are placed in the given order (earlier arrows keep their spot); for each
 * the candidates are tried in a fixed order and the first free one wins: the middle of the longest
 * segment (where a label goes when nothing is in the way), the middles of the other segments (longest
 * first), then points along each segment (longest first) at 40/60, 30/70, 20/80 and 10/90 % of its
 * length; then the same points with the label moved half and one label height below and above its
 * line (the plate still touches or sits beside its arrow). If no candidate is free, the one covering
 * the least area of boxes and labels is taken. Pure
 * geometry, no randomness: the same drawing always gets the same placement.
 */
public final class LabelPlacer {

    /** Space kept free between a label and a box or another label. */
    static final double GAP = 2;
    private static final double[] FRACTIONS = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9 };

    private LabelPlacer() {
    }

    /**
     * The top-left corners of the labels.
     *
     * @param boxes the boxes as {@code {x, y, width, height}}
     * @param routes per arrow its route {@code {xs, ys}} (source to target)
     * @param sizes per arrow its label's {@code {width, height}} (same order as {@code routes})
     * @return per arrow {@code {left, top}} of its label, in the order of {@code routes}
     */
    public static List<double[]> place(List<double[]> boxes, List<double[][]> routes, List<double[]> sizes) {
        List<double[]> placed = new ArrayList<>();
        List<double[]> result = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            double[] size = sizes.get(i);
            double[] best = null;
            double bestCover = Double.MAX_VALUE;
            for (double[] center : candidates(routes.get(i)[0], routes.get(i)[1], size[1])) {
                double[] rect = { center[0] - size[0] / 2, center[1] - size[1] / 2, size[0], size[1] };
                double cover = covered(rect, boxes) + covered(rect, placed);
                if (cover < bestCover) {
                    best = rect;
                    bestCover = cover;
                    if (cover == 0) {
                        break;
                    }
                }
            }
            placed.add(best);
            result.add(new double[] { best[0], best[1] });
        }
        return result;
    }

    /** The label centres to try for a route, best first (see the class comment). */
    static List<double[]> candidates(double[] xs, double[] ys, double labelHeight) {
        List<double[]> onLine = onLine(xs, ys);
        List<double[]> candidates = new ArrayList<>(onLine);
        for (double shift : new double[] { 0.5, -0.5, 1, -1 }) {
            double dy = shift * (labelHeight + GAP);
            for (double[] point : onLine) {
                candidates.add(new double[] { point[0], point[1] + dy });
            }
        }
        return candidates;
    }

    private static List<double[]> onLine(double[] xs, double[] ys) {
        List<double[]> candidates = new ArrayList<>();
        if (xs.length < 2) {
            candidates.add(EdgePainter.labelCenter(xs, ys));
            return candidates;
        }
        List<Integer> segments = new ArrayList<>();
        for (int s = 0; s + 1 < xs.length; s++) {
            segments.add(s);
        }
        // stable sort: among equally long segments the first one wins, as in EdgePainter.labelCenter
        segments.sort(Comparator.comparingDouble((Integer s) -> -Math.hypot(xs[s + 1] - xs[s], ys[s + 1] - ys[s])));
        for (int s : segments) {
            candidates.add(along(xs, ys, s, 0.5));
        }
        for (int s : segments) {
            for (int f = 1; f < FRACTIONS.length; f++) {
                candidates.add(along(xs, ys, s, FRACTIONS[f]));
            }
        }
        return candidates;
    }

    private static double[] along(double[] xs, double[] ys, int segment, double fraction) {
        return new double[] { xs[segment] + (xs[segment + 1] - xs[segment]) * fraction,
                ys[segment] + (ys[segment + 1] - ys[segment]) * fraction };
    }

    /** Area of {@code rect} (grown by {@link #GAP}) that the rectangles {@code others} cover. */
    private static double covered(double[] rect, List<double[]> others) {
        double area = 0;
        for (double[] other : others) {
            double w = Math.min(rect[0] + rect[2] + GAP, other[0] + other[2]) - Math.max(rect[0] - GAP, other[0]);
            double h = Math.min(rect[1] + rect[3] + GAP, other[1] + other[3]) - Math.max(rect[1] - GAP, other[1]);
            if (w > 0 && h > 0) {
                area += w * h;
            }
        }
        return area;
    }
}
