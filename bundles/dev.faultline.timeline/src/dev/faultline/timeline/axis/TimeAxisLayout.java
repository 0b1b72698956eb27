package dev.faultline.timeline.axis;

/**
 * Where things are on the time axis: the plot left of the lane labels, above the tick labels;
 * one band per lane. Maps x to time and back (for painting and for mouse handling alike).
 */
public record TimeAxisLayout(int width, int height, int lanes, long from, long to) {

    public static final int LABELS = 190;
    public static final int TITLE = 18;
    public static final int TICKS = 22;
    public static final int RIGHT = 8;

    public int plotLeft() {
        return LABELS;
    }

    public int plotRight() {
        return Math.max(plotLeft() + 1, width - RIGHT);
    }

    public int plotTop() {
        return TITLE;
    }

    public int plotBottom() {
        return Math.max(plotTop() + 1, height - TICKS);
    }

    public double laneHeight() {
        return (double) (plotBottom() - plotTop()) / Math.max(1, lanes);
    }

    public int laneTop(int lane) {
        return plotTop() + (int) Math.round(lane * laneHeight());
    }

    /** The lane at a y position, or -1. */
    public int laneAt(int y) {
        if (y < plotTop() || y >= plotBottom()) {
            return -1;
        }
        return Math.min(lanes - 1, (int) ((y - plotTop()) / laneHeight()));
    }

    public double x(long time) {
        return plotLeft() + (double) (time - from) / (to - from) * (plotRight() - plotLeft());
    }

    /** The time at an x position (clamped to the visible range). */
    public long time(double x) {
        double f = (x - plotLeft()) / (plotRight() - plotLeft());
        f = Math.max(0, Math.min(1, f));
        return from + Math.round(f * (to - from));
    }
}
