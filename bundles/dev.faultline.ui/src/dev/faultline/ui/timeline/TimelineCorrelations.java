package dev.faultline.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ListDialog;

import dev.faultline.index.TimeHistogram;
import dev.faultline.model.Update;
import dev.faultline.timeline.TimelinePage;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.TimelineRow;
import dev.faultline.timeline.TimelineTimes;
import dev.faultline.timeline.axis.AxisMarkers;
import dev.faultline.timeline.axis.TimeAxisModel;
import dev.faultline.timeline.axis.TimeAxisRenderer;
import dev.faultline.timeline.correlate.Correlations;

/**
 * The Timeline view's correlation helpers: the events within ±N minutes of the selected one on
 * other hosts, the first crash per host after a chosen update, crashes per minute, and the
 * events without a time.
 */
final class TimelineCorrelations {

    private final TimelineView view;
    private final Action around = new Action("Events \u00b1N Minutes on &Other Hosts...") {
        @Override
        public void run() {
            aroundSelected();
        }
    };
    private final Action firstCrash = new Action("&First Crash per Host After an Update...") {
        @Override
        public void run() {
            firstCrashPerHost();
        }
    };
    private final Action perMinute = new Action("Crashes per &Minute") {
        @Override
        public void run() {
            crashesPerMinute();
        }
    };

    TimelineCorrelations(TimelineView view) {
        this.view = view;
    }

    void contribute(IContributionManager menu) {
        menu.add(around);
        menu.add(firstCrash);
        menu.add(perMinute);
    }

    void update(TimelineRow row, boolean open) {
        around.setEnabled(open && row != null && row.time() != null);
        firstCrash.setEnabled(open);
        perMinute.setEnabled(open);
    }

    private void aroundSelected() {
        TimelineRow row = view.selectedRow();
        if (row == null || row.time() == null) {
            return;
        }
        InputDialog ask = new InputDialog(view.getSite().getShell(), "Events on Other Hosts", "Minutes before and after the selected event:", "5",
                s -> s != null && s.strip().matches("\\d{1,5}") ? null : "A whole number of minutes");
        if (ask.open() == Window.OK) {
            around(row, Integer.parseInt(ask.getValue().strip()));
        }
    }

    /** Shows the events within ±minutes of {@code row} on other hosts. */
    void around(TimelineRow row, int minutes) {
        TimelineQuery q = Correlations.aroundOnOtherHosts(row, minutes);
        view.filter.setText(q.filter());
        view.from.setText(TimelineTimes.format(q.from(), view.zone()).replace(' ', 'T'));
        view.to.setText(TimelineTimes.format(q.to(), view.zone()).replace(' ', 'T'));
        view.applyQuery(true);
    }

    private void firstCrashPerHost() {
        List<Update> updates = new ArrayList<>();
        for (Update u : view.timeline().model().investigation().getUpdates()) {
            if (u.getReleasedAt() != null) {
                updates.add(u);
            }
        }
        if (updates.isEmpty()) {
            view.problem("The investigation has no update with a release time");
            return;
        }
        ListDialog choose = new ListDialog(view.getSite().getShell());
        choose.setTitle("First Crash per Host");
        choose.setMessage("After which update?");
        choose.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
        choose.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object element) {
                Update u = (Update) element;
                return (u.getIdentifier() == null ? "update" : u.getIdentifier()) + " \u2014 released "
                        + TimelineTimes.format(u.getReleasedAt(), view.zone()) + " " + TimelineTimes.label(view.zone());
            }
        });
        choose.setInput(updates);
        choose.setInitialSelections(updates.get(updates.size() - 1));
        if (choose.open() != Window.OK || choose.getResult().length == 0) {
            return;
        }
        Update update = (Update) choose.getResult()[0];
        var timeline = view.timeline();
        ZoneId zone = view.zone();
        Job job = new Job("Finding the first crash per host") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    var firsts = Correlations.firstCrashPerHost(timeline, update.getReleasedAt(), 500, 5_000_000);
                    StringBuilder text = new StringBuilder();
                    for (var f : firsts) {
                        long minutes = java.time.Duration.between(update.getReleasedAt(), f.at()).toMinutes();
                        text.append(String.format("%-24s %s  (+%d min)  %s%n", f.host(), TimelineTimes.format(f.at(), zone), minutes,
                                f.row().message()));
                    }
                    String shown = firsts.isEmpty() ? "No crash after the update." : text.toString();
                    view.table.getDisplay().asyncExec(() -> new TextDialog(view.getSite().getShell(),
                            "First crash per host after " + update.getIdentifier() + " (" + firsts.size() + " hosts, times "
                                    + TimelineTimes.label(zone) + ")", shown).open());
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    return Status.error("Finding the first crashes failed: " + e.getMessage(), e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private void crashesPerMinute() {
        var timeline = view.timeline();
        long from = view.axis.from();
        long to = view.axis.to();
        ZoneId zone = view.zone();
        Job job = new Job("Counting crashes per minute") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    long span = Math.min(to - from, TimeHistogram.MAX_BUCKETS * 60_000L);
                    TimeHistogram h = Correlations.crashesPerMinute(timeline, Instant.ofEpochMilli(from), Instant.ofEpochMilli(from + span));
                    TimeAxisModel chart = new TimeAxisModel(h.total() + " crashes, one bar per minute (" + Correlations.CRASHES + ")", h, List.of(),
                            AxisMarkers.of(timeline.model().investigation()), zone, null);
                    var image = TimeAxisRenderer.renderImage(chart, 1000, 260);
                    view.table.getDisplay().asyncExec(() -> new ChartDialog(view.getSite().getShell(), AwtImages.toImageData(image)).open());
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    return Status.error("Counting crashes failed: " + e.getMessage(), e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
    }

    /** Lists the first events without a time of the view's filter. */
    void showUntimed() {
        TimelineQuery q = view.typedQuery();
        if (q == null) {
            return;
        }
        try {
            TimelinePage page = view.timeline().untimed(q, null, 500);
            StringBuilder text = new StringBuilder();
            for (TimelineRow r : page.rows()) {
                text.append(String.format("%-16s %-10s %-32s %s%n", r.host() == null ? "-" : r.host(), r.kind(), r.sourceLabel(), r.message()));
            }
            text.append(String.format("%n%,d events without a time%s. In Search: %s%n", page.total(),
                    page.rows().size() < page.total() ? " (the first " + page.rows().size() + " shown)" : "", q.untimedQueryText()));
            new TextDialog(view.getSite().getShell(), "Events without a time", text.toString()).open();
        } catch (Exception e) {
            view.problem("Reading the events without a time failed: " + e.getMessage());
        }
    }

    /** A read-only text in a dialog. */
    private static final class TextDialog extends Dialog {
        private final String title;
        private final String text;

        TextDialog(Shell shell, String title, String text) {
            super(shell);
            this.title = title;
            this.text = text;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            Text t = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
            t.setText(text);
            t.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
            GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
            d.widthHint = 900;
            d.heightHint = 360;
            t.setLayoutData(d);
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        }
    }

    /** A chart in a dialog. */
    private static final class ChartDialog extends Dialog {
        private final org.eclipse.swt.graphics.ImageData data;

        ChartDialog(Shell shell, org.eclipse.swt.graphics.ImageData data) {
            super(shell);
            this.data = data;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("Crashes per minute");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            Label l = new Label(area, SWT.NONE);
            Image image = new Image(parent.getDisplay(), data);
            l.setImage(image);
            l.addListener(SWT.Dispose, e -> image.dispose());
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        }
    }
}
