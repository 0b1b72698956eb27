package dev.faultline.ui.clusters;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** Crashes per minute of one cluster as bars, with the time axis (UTC) and the peak. */
public final class HistogramCanvas extends Canvas {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int MARGIN = 28;

    private long[] perMinute = new long[0];
    private Instant start;
    private String title = "Select a cluster to see its crashes per minute";

    public HistogramCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(e -> paint(e.gc));
    }

    /** Shows a cluster's histogram (an empty array clears it). */
    public void show(String name, long[] counts, Instant firstMinute) {
        this.perMinute = counts == null ? new long[0] : counts;
        this.start = firstMinute;
        this.title = name == null ? "" : name;
        redraw();
    }

    public long[] perMinute() {
        return perMinute;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        long peak = 0;
        for (long n : perMinute) {
            peak = Math.max(peak, n);
        }
        String heading = perMinute.length == 0 ? title
                : title + String.format(Locale.ROOT, " \u2014 crashes per minute (UTC), peak %,d", peak);
        gc.drawText(heading, 6, 4, true);
        if (perMinute.length == 0 || peak == 0) {
            return;
        }
        int left = MARGIN + 20;
        int top = 26;
        int width = Math.max(1, area.width - left - 10);
        int height = Math.max(1, area.height - top - MARGIN);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(left, top + height, left + width, top + height);
        gc.drawLine(left, top, left, top + height);
        String max = String.format(Locale.ROOT, "%,d", peak);
        Point extent = gc.textExtent(max);
        gc.drawText(max, Math.max(0, left - extent.x - 4), top - extent.y / 2, true);
        gc.drawText("0", Math.max(0, left - gc.textExtent("0").x - 4), top + height - extent.y / 2, true);
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        double barWidth = width / (double) perMinute.length;
        for (int i = 0; i < perMinute.length; i++) {
            int h = (int) Math.round(perMinute[i] * (double) height / peak);
            int x = left + (int) Math.floor(i * barWidth);
            int w = Math.max(1, (int) Math.floor((i + 1) * barWidth) - (int) Math.floor(i * barWidth) - (barWidth > 3 ? 1 : 0));
            gc.fillRectangle(x, top + height - h, w, h);
        }
        if (start != null) {
            int labels = Math.max(2, Math.min(8, width / (perMinute.length > 1440 ? 110 : 70)));
            long step = labelStep(perMinute.length, labels);
            long firstMinute = start.getEpochSecond() / 60;
            for (int minute = (int) ((step - firstMinute % step) % step); minute < perMinute.length; minute += (int) step) {
                String label = (perMinute.length > 1440 ? DAY_TIME : TIME).format(start.plusSeconds(60L * minute));
                int x = left + (int) Math.round((minute + 0.5) * barWidth) - gc.textExtent(label).x / 2;
                gc.drawText(label, Math.max(left, Math.min(x, left + width - gc.textExtent(label).x)), top + height + 4, true);
            }
        }
    }

    /** Minutes between time labels: a round step (1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, days) giving at most {@code labels} labels. */
    static long labelStep(int minutes, int labels) {
        long[] steps = { 1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440 };
        for (long step : steps) {
            if ((minutes - 1) / step + 1 <= labels) {
                return step;
            }
        }
        long days = 1;
        while ((minutes - 1) / (1440 * days) + 1 > labels) {
            days *= 2;
        }
        return 1440 * days;
    }
}
