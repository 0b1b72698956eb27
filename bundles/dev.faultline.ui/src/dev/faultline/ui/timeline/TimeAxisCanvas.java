package dev.faultline.ui.timeline;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.faultline.index.TimeHistogram;
import dev.faultline.timeline.EventCounts;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelinePage;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.TimelineRow;
import dev.faultline.timeline.axis.AxisMark;
import dev.faultline.timeline.axis.AxisMarker;
import dev.faultline.timeline.axis.TimeAxisLayout;
import dev.faultline.timeline.axis.TimeAxisModel;
import dev.faultline.timeline.axis.TimeAxisRenderer;

/**
 * The time axis above the timeline table: counts per bucket and lane from the index when zoomed
 * out, the rows as marks when few enough are visible. Wheel zooms around the pointer (years to
 * milliseconds), dragging with the right or middle button pans, dragging with the left button
 * selects a time range (the table is then limited to it), a click on a mark selects its row,
 * a double-click shows everything again. Counting runs in a background job.
 */
final class TimeAxisCanvas extends Canvas {

    /** What the axis tells its view. */
    interface Listener {
        void rangeSelected(long from, long to);

        void markClicked(AxisMark mark);

        void resetRequested();
    }

    static final int MARKS_UP_TO = 1500;
    private static final long MIN_SPAN = 10;
    private static final long MAX_SPAN = 200L * 365 * 86_400_000L;

    private final Listener listener;
    private Timeline timeline;
    private TimelineQuery query = TimelineQuery.all();
    private Lanes lanes = Lanes.HOST;
    private ZoneId zone = ZoneOffset.UTC;
    private List<AxisMarker> markers = List.of();
    /** Lanes drawn at most, and the height a lane needs for its name. */
    private static final int MAX_LANES = 12;
    private static final int LANE_HEIGHT = 14;
    private long from;
    private long to;
    private long[] selection;
    private TimeAxisModel model;
    private Image image;
    private Job counting;
    private int dragButton;
    private int dragStartX;
    private long dragStartFrom;
    private long dragStartTo;
    private boolean dragged;

    TimeAxisCanvas(Composite parent, Listener listener) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.listener = listener;
        addListener(SWT.Paint, e -> paint(e));
        addListener(SWT.Resize, e -> refresh());
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseDown, this::down);
        addListener(SWT.MouseMove, this::move);
        addListener(SWT.MouseUp, this::up);
        addListener(SWT.MouseDoubleClick, e -> listener.resetRequested());
        addListener(SWT.Dispose, e -> {
            if (image != null) {
                image.dispose();
            }
            if (counting != null) {
                counting.cancel();
            }
        });
        setToolTipText("Wheel: zoom; drag: select a time range; right-drag: pan; double-click: everything; click a mark: its row");
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        int lanesShown = model == null ? 3 : Math.max(1, model.lanes().size());
        return new Point(wHint == SWT.DEFAULT ? 600 : wHint, TimeAxisLayout.TITLE + TimeAxisLayout.TICKS + Math.max(90, Math.min(MAX_LANES, lanesShown) * 22));
    }

    /** Shows a timeline over [from, to). */
    void show(Timeline newTimeline, TimelineQuery newQuery, Lanes newLanes, ZoneId newZone, List<AxisMarker> newMarkers, long newFrom, long newTo) {
        timeline = newTimeline;
        query = newQuery;
        lanes = newLanes;
        zone = newZone;
        markers = newMarkers;
        from = newFrom;
        to = Math.max(newFrom + MIN_SPAN, newTo);
        refresh();
    }

    void setZone(ZoneId newZone) {
        zone = newZone;
        if (model != null) {
            model = new TimeAxisModel(model.title(), model.histogram(), model.marks(), model.markers(), zone, selection);
            redrawImage();
        }
    }

    void setSelection(long[] range) {
        selection = range;
        if (model != null) {
            model = new TimeAxisModel(model.title(), model.histogram(), model.marks(), model.markers(), zone, selection);
            redrawImage();
        }
    }

    long from() {
        return from;
    }

    long to() {
        return to;
    }

    TimeAxisModel model() {
        return model;
    }

    /** Counts the visible range again (in a job) and redraws. */
    void refresh() {
        if (timeline == null || isDisposed()) {
            return;
        }
        int width = Math.max(100, getClientArea().width);
        // as many lanes as have room for their names (the rest, and any beyond 12, in "(other)")
        int rows = (getClientArea().height - TimeAxisLayout.TITLE - TimeAxisLayout.TICKS) / LANE_HEIGHT;
        int maxLanes = Math.max(1, Math.min(MAX_LANES, rows - 1));
        if (counting != null) {
            counting.cancel();
        }
        Timeline t = timeline;
        TimelineQuery q = query;
        Lanes l = lanes;
        long f = from;
        long e = to;
        List<AxisMarker> m = markers;
        counting = new Job("Counting timeline events") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    int buckets = Math.max(10, (width - TimeAxisLayout.LABELS) / 3);
                    TimeHistogram h = t.histogram(q, f, e, buckets, l, maxLanes);
                    List<AxisMark> marks = h.total() > 0 && h.total() <= MARKS_UP_TO ? marks(t, q, l, h, f, e) : List.of();
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    String title = EventCounts.of(h.total()) + " in view" + (h.untimed() > 0 ? " \u00b7 " + EventCounts.of(h.untimed()) + " without a time" : "");
                    TimeAxisModel counted = new TimeAxisModel(title, h, marks, m, zone, selection);
                    getDisplay().asyncExec(() -> {
                        if (!isDisposed()) {
                            boolean relayout = model == null || model.lanes().size() != counted.lanes().size();
                            model = counted;
                            redrawImage();
                            if (relayout) {
                                getParent().layout(true, true);
                            }
                        }
                    });
                    return Status.OK_STATUS;
                } catch (Exception ex) {
                    return Status.error("Counting the timeline failed: " + ex.getMessage(), ex);
                }
            }
        };
        counting.setSystem(true);
        counting.schedule(20);
    }

    /** The rows of the visible range as marks, in the lanes of the histogram. */
    private static List<AxisMark> marks(Timeline t, TimelineQuery q, Lanes lanes, TimeHistogram h, long f, long e) throws Exception {
        TimelinePage page = t.page(q.withWindow(java.time.Instant.ofEpochMilli(f), java.time.Instant.ofEpochMilli(e - 1)), null, MARKS_UP_TO);
        List<AxisMark> marks = new ArrayList<>(page.rows().size());
        for (TimelineRow row : page.rows()) {
            marks.add(new AxisMark(row.time().toEpochMilli(), laneOf(row, lanes, h.lanes()), row.id(), row.starred() || !row.tags().isEmpty()));
        }
        return marks;
    }

    private static int laneOf(TimelineRow row, Lanes lanes, List<String> names) {
        String value = switch (lanes) {
            case HOST, HOST_GROUP -> row.host();
            case SOURCE -> row.source() == null ? null : row.source().file();
            case KIND -> row.record().kind();
            case NONE -> TimeHistogram.ALL;
        };
        if (lanes == Lanes.NONE) {
            return 0;
        }
        String key = value == null ? lanes.missing() : value.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(key) || (lanes == Lanes.SOURCE && names.get(i).equals(value))) {
                return i;
            }
        }
        int other = names.indexOf(TimeHistogram.OTHER);
        return other >= 0 ? other : lanes == Lanes.HOST_GROUP ? 0 : names.size() - 1;
    }

    private void redrawImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
        redraw();
    }

    private void paint(Event e) {
        var area = getClientArea();
        if (model == null || area.width < 10 || area.height < 10) {
            e.gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            e.gc.fillRectangle(area);
            e.gc.drawText(timeline == null ? "No investigation" : "Counting\u2026", 6, 4, true);
            return;
        }
        if (image == null || image.getBounds().width != area.width || image.getBounds().height != area.height) {
            if (image != null) {
                image.dispose();
            }
            image = new Image(getDisplay(), AwtImages.toImageData(TimeAxisRenderer.renderImage(model, area.width, area.height)));
        }
        e.gc.drawImage(image, 0, 0);
    }

    private TimeAxisLayout axisLayout() {
        var area = getClientArea();
        return new TimeAxisLayout(area.width, area.height, model == null ? 1 : Math.max(1, model.lanes().size()), from, to);
    }

    private void wheel(Event e) {
        if (e.count == 0) {
            return;
        }
        TimeAxisLayout layout = axisLayout();
        long at = layout.time(e.x);
        double factor = Math.pow(1.25, -e.count / 3.0 * 3);
        zoom(at, factor);
    }

    /** Zooms around {@code at} by {@code factor} (< 1: in). */
    void zoom(long at, double factor) {
        long span = to - from;
        long newSpan = (long) Math.max(MIN_SPAN, Math.min(MAX_SPAN, span * factor));
        double share = span == 0 ? 0.5 : (double) (at - from) / span;
        from = at - (long) (share * newSpan);
        to = from + newSpan;
        refresh();
    }

    private void down(Event e) {
        dragButton = e.button;
        dragStartX = e.x;
        dragStartFrom = from;
        dragStartTo = to;
        dragged = false;
    }

    private void move(Event e) {
        if (dragButton == 0 || Math.abs(e.x - dragStartX) < 3) {
            return;
        }
        dragged = true;
        TimeAxisLayout layout = axisLayout();
        if (dragButton == 1) {
            long a = layout.time(dragStartX);
            long b = layout.time(e.x);
            setSelection(new long[] { Math.min(a, b), Math.max(a, b) });
        } else {
            double perPixel = (double) (dragStartTo - dragStartFrom) / Math.max(1, layout.plotRight() - layout.plotLeft());
            long shift = (long) ((dragStartX - e.x) * perPixel);
            from = dragStartFrom + shift;
            to = dragStartTo + shift;
            redrawPanned();
        }
    }

    private void redrawPanned() {
        refresh();
    }

    private void up(Event e) {
        int button = dragButton;
        dragButton = 0;
        if (button == 1 && dragged && selection != null) {
            listener.rangeSelected(selection[0], selection[1]);
        } else if (button == 1 && !dragged && model != null && !model.marks().isEmpty()) {
            AxisMark hit = markAt(e.x, e.y);
            if (hit != null) {
                listener.markClicked(hit);
            }
        }
    }

    /** The mark nearest to (x, y) within 5 pixels in the lane at y, or {@code null}. */
    AxisMark markAt(int x, int y) {
        TimeAxisLayout layout = axisLayout();
        int lane = layout.laneAt(y);
        AxisMark best = null;
        double bestDistance = 5;
        for (AxisMark mark : model.marks()) {
            double d = Math.abs(layout.x(mark.at()) - x);
            if ((lane < 0 || mark.lane() == lane) && d <= bestDistance) {
                best = mark;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The x position of a time on the canvas (for tests driving it with real mouse events). */
    int xOf(long time) {
        return (int) Math.round(axisLayout().x(time));
    }

    /** The y position of the middle of a lane. */
    int yOfLane(int lane) {
        TimeAxisLayout layout = axisLayout();
        return (layout.laneTop(lane) + layout.laneTop(lane + 1)) / 2;
    }

    /** Whether the axis is still counting. */
    boolean isCounting() {
        return counting != null && counting.getState() != Job.NONE;
    }
}
