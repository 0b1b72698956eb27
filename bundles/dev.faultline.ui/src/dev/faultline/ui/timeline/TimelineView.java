package dev.faultline.ui.timeline;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import dev.faultline.index.QueryCheck;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.timeline.EventCounts;
import dev.faultline.timeline.InvestigationTimelineIndex;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.TimelineRow;
import dev.faultline.timeline.TimelineTimes;
import dev.faultline.timeline.axis.AxisMark;
import dev.faultline.timeline.axis.AxisMarkers;
import dev.faultline.timeline.axis.TimeAxes;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * The merged timeline of the open investigation: a time axis (counts per lane, marks when zoomed
 * in, update and incident markers) above a virtual table of every timed evidence record and
 * timeline event, paged from the index, and the selected row's whole record. Filter with Search's
 * syntax, a time window, a time zone for display, newest or oldest first; tag, star, comment, add
 * and promote through the investigation's command stack ({@link TimelineActions}).
 */
public class TimelineView extends ViewPart implements InvestigationSession.Listener {

    public static final String ID = "dev.faultline.ui.views.timeline";
    static final String[] ZONES = { "UTC", "investigation", "machine" };
    static final Object LOAD_FAMILY = TimelineRows.class;

    private InvestigationSession session;
    private InvestigationTimelineIndex index;
    private Timeline timeline;
    private volatile TimelineRows rows;
    private ZoneId zone = ZoneOffset.UTC;
    private Lanes lanes = Lanes.HOST;

    Text filter;
    Text from;
    Text to;
    Combo zoneCombo;
    Combo laneCombo;
    Button newestFirst;
    Text jump;
    Label status;
    Link untimed;
    TimeAxisCanvas axis;
    RankedTable rowTable;
    Table table;
    Text details;
    private TimelineActions actions;
    private final RowSeeker seeker = new RowSeeker(this);
    private boolean refreshQueued;

    @Override
    public void createPartControl(Composite parent) {
        session = Sessions.get();
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        root.setLayout(layout);
        createBar(root);
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        axis = new TimeAxisCanvas(sash, new TimeAxisCanvas.Listener() {
            @Override
            public void rangeSelected(long start, long end) {
                from.setText(TimelineTimes.format(Instant.ofEpochMilli(start), zone).replace(' ', 'T'));
                to.setText(TimelineTimes.format(Instant.ofEpochMilli(end), zone).replace(' ', 'T'));
                applyQuery(false);
            }

            @Override
            public void markClicked(AxisMark mark) {
                select(mark.rowId(), mark.at());
            }

            @Override
            public void resetRequested() {
                from.setText("");
                to.setText("");
                axis.setSelection(null);
                applyQuery(true);
            }
        });
        rowTable = new RankedTable(sash, zone, this::showDetails);
        table = rowTable.table;
        details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        sash.setWeights(28, 52, 20);
        actions = new TimelineActions(this, session);
        actions.contribute(getViewSite().getActionBars(), table);
        session.addListener(this);
        getSite().getPage().addPartListener(visibility);
        opened(session);
    }

    /** Showing the view counts again (and indexes the model's events when a rebuild or import dropped them). */
    private final org.eclipse.ui.IPartListener2 visibility = new org.eclipse.ui.IPartListener2() {
        @Override
        public void partVisible(org.eclipse.ui.IWorkbenchPartReference ref) {
            if (ref.getPart(false) == TimelineView.this && timeline != null) {
                applyQuery(rows == null);
            }
        }
    };

    private void createBar(Composite root) {
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(6, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        new Label(bar, SWT.NONE).setText("Filter:");
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("host:  kind:  tag:  starred:true  time:[..]  text");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.DefaultSelection, e -> applyQuery(true));
        new Label(bar, SWT.NONE).setText("From:");
        from = new Text(bar, SWT.BORDER);
        from.setMessage("2024-07-19T04:00");
        from.setLayoutData(new GridData(185, SWT.DEFAULT));
        from.addListener(SWT.DefaultSelection, e -> applyQuery(true));
        new Label(bar, SWT.NONE).setText("To:");
        to = new Text(bar, SWT.BORDER);
        to.setLayoutData(new GridData(185, SWT.DEFAULT));
        to.addListener(SWT.DefaultSelection, e -> applyQuery(true));

        Composite second = new Composite(bar, SWT.NONE);
        second.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
        GridLayout secondLayout = new GridLayout(9, false);
        secondLayout.marginHeight = 0;
        secondLayout.marginWidth = 0;
        second.setLayout(secondLayout);
        new Label(second, SWT.NONE).setText("Zone:");
        zoneCombo = new Combo(second, SWT.DROP_DOWN);
        zoneCombo.setItems(ZONES);
        zoneCombo.select(0);
        zoneCombo.setLayoutData(new GridData(130, SWT.DEFAULT));
        zoneCombo.setToolTipText("Times are shown in this zone (stored times stay UTC): UTC, investigation, machine, or any zone id");
        zoneCombo.addListener(SWT.Selection, e -> zoneChanged());
        zoneCombo.addListener(SWT.DefaultSelection, e -> zoneChanged());
        groupLabel(second, "Lanes:");
        laneCombo = new Combo(second, SWT.READ_ONLY);
        for (Lanes l : List.of(Lanes.HOST, Lanes.HOST_GROUP, Lanes.SOURCE, Lanes.KIND, Lanes.NONE)) {
            laneCombo.add(l.id());
        }
        laneCombo.select(0);
        laneCombo.addListener(SWT.Selection, e -> {
            lanes = Lanes.of(laneCombo.getText());
            showAxis(axis.from(), axis.to());
        });
        newestFirst = new Button(second, SWT.CHECK);
        newestFirst.setText("Newest first");
        newestFirst.setLayoutData(spacedFromTheLeft());
        newestFirst.addListener(SWT.Selection, e -> applyQuery(false));
        groupLabel(second, "Jump to:");
        jump = new Text(second, SWT.BORDER);
        jump.setMessage("time");
        jump.setLayoutData(new GridData(130, SWT.DEFAULT));
        jump.addListener(SWT.DefaultSelection, e -> jumpTo(jump.getText()));
        status = new Label(second, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.horizontalIndent = 14;
        status.setLayoutData(statusData);
        untimed = new Link(second, SWT.NONE);
        untimed.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        untimed.addListener(SWT.Selection, e -> actions.showUntimed());
    }

    /** A label that starts a group of controls in a row, set apart from the group before it. */
    private static void groupLabel(Composite row, String text) {
        Label label = new Label(row, SWT.NONE);
        label.setText(text);
        label.setLayoutData(spacedFromTheLeft());
    }

    private static GridData spacedFromTheLeft() {
        GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        data.horizontalIndent = 14;
        return data;
    }

    // ---- investigation -------------------------------------------------------------------------

    @Override
    public void opened(InvestigationSession s) {
        closeIndex();
        rows = null;
        rowTable.setRows(null, false);
        details.setText("");
        if (!s.isOpen()) {
            status.setText("No investigation open");
            return;
        }
        try {
            index = InvestigationTimelineIndex.open(s.folder()); // DIR/index, or the cluster index DIR/opensearch.json names
            timeline = index.timeline(s.investigation());
        } catch (IOException e) {
            status.setText("The evidence index cannot be read: " + e.getMessage() + " (rebuild it from the Search view)");
            return;
        }
        zone = zoneOf(zoneCombo.getText());
        applyQuery(true);
    }

    @Override
    public void changed(InvestigationSession s) {
        if (timeline == null || refreshQueued) {
            return;
        }
        refreshQueued = true;
        table.getDisplay().timerExec(250, () -> {
            refreshQueued = false;
            if (!table.isDisposed() && timeline != null) {
                refreshRows(); // counts again and indexes the model's edits (sync in applyQuery)
            }
        });
    }

    /** Indexes the model's events and tags in a job (the plan is read here, on the UI thread). */
    void sync() {
        try {
            Timeline.SyncPlan plan = timeline.plan();
            new TimelineSyncJob(session.folder(), plan, () -> table.getDisplay().asyncExec(() -> {
                // the first sync of an investigation brings its events: fit the axis to them
                TimelineRows r = rows;
                refreshRows(r == null || r.total() == 0);
            })).schedule();
        } catch (IOException e) {
            status.setText("Indexing the timeline events failed: " + e.getMessage());
        }
    }

    // ---- query ---------------------------------------------------------------------------------

    /** The query the bar describes; shows what is wrong and returns {@code null} when it is not valid. */
    TimelineQuery typedQuery() {
        try {
            QueryCheck.check(filter.getText());
        } catch (QuerySyntaxException e) {
            problem("Filter: " + e.getMessage());
            return null;
        }
        try {
            Instant f = from.getText().isBlank() ? null : TimelineTimes.start(from.getText(), zone);
            Instant t = to.getText().isBlank() ? null : TimelineTimes.end(to.getText(), zone);
            return new TimelineQuery(filter.getText(), f, t, newestFirst.getSelection());
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return null;
        }
    }

    /** The latest count of {@link #applyQuery}: only its result is shown. */
    private volatile Job latestLoad;

    /** Runs the bar's query: counts its rows, fills the table, and (when {@code rescale}) fits the axis to it. */
    void applyQuery(boolean rescale) {
        if (timeline == null) {
            return;
        }
        TimelineQuery query = typedQuery();
        if (query == null) {
            return;
        }
        sync(); // a rebuild or import may have dropped the model's entries; a no-op when the index holds them
        status.setForeground(null);
        status.setText("Counting\u2026");
        Timeline t = timeline;
        Job job = new Job("Reading the timeline") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    TimelineRows counted = TimelineRows.of(t, query);
                    long without = t.untimedCount(query);
                    long[] range = rescale ? TimeAxes.range(t, query) : null;
                    Job self = this;
                    table.getDisplay().asyncExec(() -> {
                        if (latestLoad == self) { // a count that finished after a newer one (started after a sync wrote) is stale
                            shown(counted, without, range);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (QuerySyntaxException e) {
                    table.getDisplay().asyncExec(() -> problem("Filter: " + e.getMessage()));
                    return Status.OK_STATUS;
                } catch (IOException e) {
                    return Status.error("Reading the timeline failed: " + e.getMessage(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LOAD_FAMILY;
            }
        };
        job.setSystem(true);
        latestLoad = job;
        job.schedule();
    }

    private void shown(TimelineRows counted, long without, long[] range) {
        if (table.isDisposed()) {
            return;
        }
        // the same query read again (after an edit, a sync): the rows shown and the selection stay
        boolean again = rows != null && rows.query().equals(counted.query());
        rows = counted;
        rowTable.setRows(counted, again);
        status.setText((counted.query().filter().isEmpty() ? EventCounts.of(counted.total()) : EventCounts.matching(counted.total()))
                + (counted.query().newestFirst() ? ", newest first" : ", oldest first")
                + (index != null && index.where() != null ? " (" + index.where() + ")" : ""));
        untimed.setText(without == 0 ? "" : "<a>" + EventCounts.of(without) + " without a time" + "</a>");
        untimed.getParent().layout(true);
        if (range != null) {
            showAxis(range[0], range[1]);
        } else {
            showAxis(axis.from(), axis.to());
        }
        TimelineQuery q = counted.query();
        axis.setSelection(q.from() != null || q.to() != null
                ? new long[] { q.from() == null ? axis.from() : q.from().toEpochMilli(), q.to() == null ? axis.to() : q.to().toEpochMilli() }
                : null);
        showDetails();
    }

    private void showAxis(long start, long end) {
        if (timeline == null || rows == null) {
            return;
        }
        if (end <= start) {
            long now = System.currentTimeMillis();
            start = now - 3_600_000;
            end = now;
        }
        axis.show(timeline, rows.query().withWindow(null, null), lanes, zone, AxisMarkers.of(session.investigation()), start, end);
    }

    /** Re-reads the rows of the current query (after an edit: tags, new events). */
    void refreshRows() {
        refreshRows(false);
    }

    private void refreshRows(boolean rescale) {
        if (timeline == null || table.isDisposed()) {
            return;
        }
        timeline.reloadModel();
        applyQuery(rescale);
    }

    // ---- selection, zone, jumps ----------------------------------------------------------------

    /** The selected rows that are loaded. */
    List<TimelineRow> selectedRows() {
        return rowTable.selectedRows();
    }

    TimelineRow selectedRow() {
        List<TimelineRow> selected = selectedRows();
        return selected.isEmpty() ? null : selected.get(0);
    }

    void showDetails() {
        TimelineRow row = selectedRow();
        details.setText(row == null ? "" : TimelineRowLabels.details(row, zone));
        if (actions != null) {
            actions.update();
        }
    }

    private void zoneChanged() {
        try {
            zone = zoneOf(zoneCombo.getText());
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return;
        }
        table.getColumn(0).setText("Time (" + TimelineTimes.label(zone) + ")");
        axis.setZone(zone);
        rowTable.setZone(zone);
        showDetails();
        status.setForeground(null);
    }

    private ZoneId zoneOf(String text) {
        return TimelineTimes.zone(text, session.isOpen() ? session.investigation() : null);
    }

    ZoneId zone() {
        return zone;
    }

    Timeline timeline() {
        return timeline;
    }

    TimelineRows rows() {
        return rows;
    }

    /** Scrolls to the first row at or after a typed time (before it, newest first). */
    void jumpTo(String typed) {
        Instant at;
        try {
            at = TimelineTimes.start(typed, zone);
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return;
        }
        select(null, at.toEpochMilli());
    }

    /** Selects the row {@code id} at {@code time} (or the first row at that time when id is null), found in a job. */
    void select(String id, long time) {
        seeker.select(rows, id, time);
    }

    /** Whether the view is still counting, reading, indexing or about to refresh (for tests that wait instead of sleeping). */
    boolean busy() {
        return refreshQueued || Job.getJobManager().find(LOAD_FAMILY).length > 0 || Job.getJobManager().find(TimelineSyncJob.FAMILY).length > 0
                || axis.isCounting();
    }

    void problem(String message) {
        status.setText(message);
        status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_RED));
        status.getParent().layout(true);
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    private void closeIndex() {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                // closing a read-only searcher: nothing to keep
            }
            index = null;
            timeline = null;
        }
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        getSite().getPage().removePartListener(visibility);
        Job.getJobManager().cancel(LOAD_FAMILY);
        rowTable.dispose();
        closeIndex();
        super.dispose();
    }
}
