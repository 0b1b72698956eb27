package dev.faultline.ui.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.faultline.timeline.TimelineRow;

/**
 * The timeline's table over any number of rows: a native table that holds only the rows that fit
 * on screen and a scroll bar beside it whose range is the whole window of the query. Rows are
 * addressed by rank (their place in the window's order); the scroll bar, the mouse wheel, the arrow
 * keys, Page Up/Down and Home/End move the ranks shown, and the selection is kept by rank. Rows not
 * read yet show "…" and fill in when their page arrives ({@link RowPager}). GTK's own virtual table
 * appends one list-store row per item, which froze the workbench at ten million.
 */
final class RankedTable {

    /** Ranks a Shift selection spans at most. */
    static final int MAX_RANGE = 100_000;
    private static final String LOADING = "\u2026";
    private static final int MESSAGE_COLUMN = 4;
    private static final boolean TRACE = Boolean.getBoolean("dev.faultline.timeline.trace");

    final Table table;
    final Slider slider;
    private final Runnable selectionListener;
    private final RowPager pager;
    private TimelineRows rows;
    private ZoneId zone;
    private int count;
    private int top;
    private int visible = 1;
    private final TreeSet<Integer> selected = new TreeSet<>();
    private int anchor = -1;
    private int lead = -1;
    private int mouseState;
    /** When the ranks shown last moved and not all of them were read yet (nanoTime), else 0. */
    private long movedAt;
    /** Milliseconds from the last move of the ranks shown to all of them painted (package-visible for tests and tracing). */
    long lastFillMillis = -1;

    RankedTable(Composite parent, ZoneId zone, Runnable selectionListener) {
        this.zone = zone;
        this.selectionListener = selectionListener;
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 0;
        box.setLayout(layout);
        table = new Table(box, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < TimelineRowLabels.COLUMNS.length; i++) {
            TableColumn c = new TableColumn(table, i >= 6 ? SWT.CENTER : SWT.LEFT);
            c.setText(TimelineRowLabels.COLUMNS[i]);
            c.setWidth(TimelineRowLabels.WIDTHS[i]);
        }
        table.getColumn(6).setToolTipText("Starred");
        table.getColumn(7).setToolTipText("Has comments");
        slider = new Slider(box, SWT.VERTICAL);
        slider.setLayoutData(new GridData(SWT.END, SWT.FILL, false, true));
        slider.addListener(SWT.Selection, e -> scrollTo(slider.getSelection()));
        table.addListener(SWT.Resize, e -> {
            widenMessage();
            show();
        });
        table.addListener(SWT.MouseVerticalWheel, this::wheel);
        table.addListener(SWT.KeyDown, this::key);
        table.addListener(SWT.MouseDown, e -> mouseState = e.stateMask);
        table.addListener(SWT.Selection, this::clicked);
        pager = new RowPager(table.getDisplay(), (r, page) -> {
            if (r == rows && !table.isDisposed()) {
                show();
                selectionListener.run();
            }
        });
    }

    /** Shows other rows; the ranks shown and the selection stay when {@code keepPlace} (the same query read again). */
    void setRows(TimelineRows newRows, boolean keepPlace) {
        rows = newRows;
        count = newRows == null ? 0 : (int) Math.min(Integer.MAX_VALUE - TimelineRows.PAGE, newRows.total());
        if (!keepPlace) {
            top = 0;
            selected.clear();
            anchor = -1;
            lead = -1;
        } else {
            selected.removeIf(rank -> rank >= count);
        }
        moved();
        show();
    }

    void setZone(ZoneId newZone) {
        zone = newZone;
        show();
    }

    int count() {
        return count;
    }

    /** The rank of the first row shown. */
    int top() {
        return top;
    }

    /** How many rows fit. */
    int visible() {
        return visible;
    }

    /** The rows shown: their texts, and the row of each item when it has been read. */
    TimelineRow rowAt(int rank) {
        return rows == null || rank < 0 || rank >= count ? null : rows.loaded(rank);
    }

    /** Selects one rank and scrolls it into view (a third from the top when it was out of view). */
    void select(int rank) {
        if (count == 0) {
            return;
        }
        int r = clamp(rank, 0, count - 1);
        selected.clear();
        selected.add(r);
        anchor = r;
        lead = r;
        if (r < top || r >= top + visible) {
            top = r - visible / 3;
            moved();
        }
        show();
        selectionListener.run();
    }

    List<Integer> selectedRanks() {
        return new ArrayList<>(selected);
    }

    /** The selected rows that have been read. */
    List<TimelineRow> selectedRows() {
        List<TimelineRow> out = new ArrayList<>();
        for (int rank : selected) {
            TimelineRow row = rowAt(rank);
            if (row != null) {
                out.add(row);
            }
        }
        return out;
    }

    /** Scrolls so that {@code rank} is the first row shown (as far as the rows reach). */
    void scrollTo(int rank) {
        int t = clamp(rank, 0, Math.max(0, count - visible));
        if (t != top) {
            top = t;
            moved();
        }
        show();
    }

    private void moved() {
        movedAt = System.nanoTime();
    }

    /** Puts the rows of the ranks shown into the table's items and asks for the pages not read yet. */
    void show() {
        if (table.isDisposed()) {
            return;
        }
        visible = fit();
        top = clamp(top, 0, Math.max(0, count - visible));
        int n = Math.max(0, Math.min(visible, count - top));
        if (table.getItemCount() != n) {
            table.setItemCount(n);
        }
        boolean all = true;
        String[] texts = new String[TimelineRowLabels.COLUMNS.length];
        for (int i = 0; i < n; i++) {
            TableItem item = table.getItem(i);
            TimelineRow row = rows.loaded(top + i);
            for (int c = 0; c < texts.length; c++) {
                texts[c] = row == null ? (c == 0 ? LOADING : "") : TimelineRowLabels.cell(row, c, zone);
            }
            item.setText(texts);
            item.setData(row);
            all &= row != null;
        }
        table.deselectAll();
        for (int rank : selected.subSet(top, top + n)) {
            table.select(rank - top);
        }
        if (n > 0 && table.getTopIndex() != 0) {
            table.setTopIndex(0);
        }
        slider.setValues(top, 0, Math.max(1, count), Math.max(1, Math.min(visible, Math.max(1, count))), 1, Math.max(1, visible - 1));
        slider.setEnabled(count > visible);
        if (n > 0) {
            int first = top / TimelineRows.PAGE;
            int last = (top + n - 1) / TimelineRows.PAGE;
            // the page after the ones shown too, read by its cursor while the user looks
            int next = (last + 1) * TimelineRows.PAGE < count ? last + 1 : last;
            pager.want(rows, first, next);
        }
        if (all && movedAt != 0) {
            lastFillMillis = (System.nanoTime() - movedAt) / 1_000_000;
            movedAt = 0;
            if (TRACE) {
                ILog.of(RankedTable.class).info(String.format(Locale.ROOT, "timeline: rows %,d to %,d of %,d painted %,d ms after the move", top,
                        top + n - 1, count, lastFillMillis));
            }
        }
    }

    /**
     * Gives the width the columns leave free to the message, and takes it back down to the message's
     * own width when the table narrows (GTK gives the free width to the last column, which then reports it).
     */
    private void widenMessage() {
        TableColumn[] columns = table.getColumns();
        int used = TimelineRowLabels.WIDTHS[columns.length - 1];
        for (int i = 0; i < columns.length - 1; i++) {
            used += columns[i].getWidth();
        }
        int spare = table.getClientArea().width - used;
        TableColumn message = table.getColumn(MESSAGE_COLUMN);
        int width = Math.max(TimelineRowLabels.WIDTHS[MESSAGE_COLUMN], message.getWidth() + spare);
        if (width != message.getWidth()) {
            message.setWidth(width);
        }
    }

    /** Rows that fit below the header without the table scrolling itself. */
    private int fit() {
        int itemHeight = Math.max(1, table.getItemHeight());
        int height = table.getSize().y - 2 * table.getBorderWidth() - (table.getHeaderVisible() ? table.getHeaderHeight() : 0);
        ScrollBar bar = table.getHorizontalBar();
        if (bar != null && bar.getVisible()) {
            height -= bar.getSize().y;
        }
        return Math.max(1, height / itemHeight);
    }

    private void wheel(Event e) {
        e.doit = false;
        scrollTo(top - e.count);
    }

    private void key(Event e) {
        if (count == 0) {
            return;
        }
        int from = lead >= 0 ? lead : top;
        int to;
        switch (e.keyCode) {
            case SWT.ARROW_UP -> to = from - 1;
            case SWT.ARROW_DOWN -> to = from + 1;
            case SWT.PAGE_UP -> to = from - Math.max(1, visible - 1);
            case SWT.PAGE_DOWN -> to = from + Math.max(1, visible - 1);
            case SWT.HOME -> to = 0;
            case SWT.END -> to = count - 1;
            default -> {
                return;
            }
        }
        e.doit = false;
        moveLead(clamp(to, 0, count - 1), (e.stateMask & SWT.SHIFT) != 0);
    }

    /** The keyboard's selection: one rank, or the ranks from the anchor with Shift. */
    private void moveLead(int to, boolean extend) {
        selected.clear();
        if (extend && anchor >= 0) {
            int lo = Math.max(Math.min(anchor, to), Math.max(anchor, to) - MAX_RANGE + 1);
            for (int r = lo; r <= Math.max(anchor, to); r++) {
                selected.add(r);
            }
        } else {
            selected.add(to);
            anchor = to;
        }
        lead = to;
        if (to < top) {
            top = to;
            moved();
        } else if (to >= top + visible) {
            top = to - visible + 1;
            moved();
        }
        show();
        selectionListener.run();
    }

    /** A click in the table: the native selection of the items shown, kept outside them with Ctrl, a range with Shift. */
    private void clicked(Event e) {
        int item = e.item instanceof TableItem t ? table.indexOf(t) : -1;
        int clicked = item < 0 ? -1 : top + item;
        if ((mouseState & SWT.SHIFT) != 0 && anchor >= 0 && clicked >= 0) {
            moveLead(clicked, true);
            return;
        }
        if ((mouseState & SWT.MOD1) == 0) {
            selected.clear();
        } else {
            selected.subSet(top, top + table.getItemCount()).clear();
        }
        for (int i : table.getSelectionIndices()) {
            selected.add(top + i);
        }
        if (clicked >= 0) {
            anchor = clicked;
            lead = clicked;
        }
        mouseState = 0;
        selectionListener.run();
    }

    void dispose() {
        pager.cancel();
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
