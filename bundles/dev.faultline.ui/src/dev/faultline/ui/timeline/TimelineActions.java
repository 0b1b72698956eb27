package dev.faultline.ui.timeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IActionBars;

import dev.faultline.model.TimelineEvent;
import dev.faultline.timeline.TimelineRow;
import dev.faultline.timeline.annotate.AnnotationCommands;
import dev.faultline.timeline.annotate.CuratedEvents;
import dev.faultline.timeline.export.ExportFormat;
import dev.faultline.timeline.export.TimelineExport;
import dev.faultline.ui.session.InvestigationSession;

/**
 * What the Timeline view does with its rows: tag, star, comment (on the investigation's one
 * command stack, so Edit > Undo takes them back), add, edit and delete hand-added events, promote
 * a record to a curated event, export, and the correlation helpers ({@link TimelineCorrelations}).
 */
final class TimelineActions {

    static final Object EXPORT_FAMILY = TimelineActions.class;

    private final TimelineView view;
    private final InvestigationSession session;
    private final TimelineCorrelations correlations;

    private final Action tag = action("&Tag...", this::tagSelected);
    private final Action untag = action("&Remove Tag...", this::untagSelected);
    private final Action star = action("&Star / Unstar", this::toggleStar);
    private final Action comment = action("&Comment...", this::commentSelected);
    private final Action add = action("&Add Event...", this::addEvent);
    private final Action edit = action("&Edit Event...", this::editSelected);
    private final Action delete = action("&Delete Event", this::deleteSelected);
    private final Action promote = action("&Promote to Timeline Event", this::promoteSelected);
    private final Action exportTimesketch = action("Export Timesketch &CSV...", () -> exportWithDialog(ExportFormat.TIMESKETCH_CSV));
    private final Action exportOther = action("E&xport (CSV, JSONL, Timesketch JSONL)...", () -> exportWithDialog(null));

    TimelineActions(TimelineView view, InvestigationSession session) {
        this.view = view;
        this.session = session;
        this.correlations = new TimelineCorrelations(view);
        add.setToolTipText("Add an event by hand (source \"analyst\")");
        exportTimesketch.setToolTipText("Export the rows shown as a Timesketch CSV import file");
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    void contribute(IActionBars bars, Table table) {
        bars.getToolBarManager().add(add);
        bars.getToolBarManager().add(exportTimesketch);
        bars.getMenuManager().add(add);
        bars.getMenuManager().add(exportTimesketch);
        bars.getMenuManager().add(exportOther);
        bars.getMenuManager().add(new Separator());
        correlations.contribute(bars.getMenuManager());
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        table.setMenu(menu.createContextMenu(table));
        update();
    }

    private void fillContextMenu(IMenuManager menu) {
        update();
        menu.add(tag);
        menu.add(untag);
        menu.add(star);
        menu.add(comment);
        menu.add(new Separator());
        menu.add(add);
        menu.add(edit);
        menu.add(delete);
        menu.add(promote);
        menu.add(new Separator());
        correlations.contribute(menu);
        menu.add(new Separator());
        menu.add(exportTimesketch);
        menu.add(exportOther);
    }

    void update() {
        TimelineRow row = view.selectedRow();
        boolean open = session.isOpen() && view.timeline() != null;
        tag.setEnabled(open && row != null);
        untag.setEnabled(open && row != null && !row.tags().isEmpty());
        star.setEnabled(open && row != null);
        comment.setEnabled(open && row != null);
        add.setEnabled(open);
        edit.setEnabled(open && row != null && row.isHandAdded());
        delete.setEnabled(open && row != null && row.isHandAdded());
        promote.setEnabled(open && row != null && row.event() == null && row.time() != null);
        exportTimesketch.setEnabled(open);
        exportOther.setEnabled(open);
        correlations.update(row, open);
    }

    private boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        session.commandStack().execute(command);
        return true;
    }

    // ---- annotations ---------------------------------------------------------------------------

    void tagSelected() {
        String t = ask("Tag", "Tag for the selected rows:", "");
        if (t != null) {
            tag(t);
        }
    }

    /** Tags the selected rows (one command each). */
    void tag(String t) {
        for (TimelineRow row : view.selectedRows()) {
            execute(AnnotationCommands.tag(session.domain(), view.timeline().model(), row, t));
        }
    }

    private void untagSelected() {
        TimelineRow row = view.selectedRow();
        String t = row == null ? null : ask("Remove Tag", "Tag to remove (" + String.join(", ", row.tags()) + "):", row.tags().get(0));
        if (t != null) {
            execute(AnnotationCommands.untag(session.domain(), view.timeline().model(), row, t));
        }
    }

    void toggleStar() {
        for (TimelineRow row : view.selectedRows()) {
            execute(AnnotationCommands.star(session.domain(), view.timeline().model(), row, !row.starred()));
        }
    }

    private void commentSelected() {
        TimelineRow row = view.selectedRow();
        String c = row == null ? null : ask("Comment", "Comment on the selected row:", "");
        if (c != null) {
            execute(AnnotationCommands.comment(session.domain(), view.timeline().model(), row, c));
        }
    }

    // ---- curated events ------------------------------------------------------------------------

    private void addEvent() {
        TimelineRow row = view.selectedRow();
        Instant at = row != null && row.time() != null ? row.time() : Instant.now();
        EventDialog dialog = new EventDialog(view.getSite().getShell(), "Add Event", view.zone(), session.investigation(), at, "", "");
        if (dialog.open() == Window.OK) {
            addEvent(dialog.time(), dialog.host(), dialog.message());
        }
    }

    /** Adds an event by hand; false (with the reason shown) when it is not valid. */
    boolean addEvent(Instant at, String host, String message) {
        try {
            return execute(CuratedEvents.add(session.domain(), session.investigation(), at, host, message));
        } catch (IllegalArgumentException e) {
            view.problem(e.getMessage());
            return false;
        }
    }

    private void editSelected() {
        TimelineRow row = view.selectedRow();
        if (row == null || !row.isHandAdded()) {
            return;
        }
        TimelineEvent event = row.event();
        EventDialog dialog = new EventDialog(view.getSite().getShell(), "Edit Event", view.zone(), session.investigation(), event.getInstant(),
                event.getHost() == null ? "" : event.getHost().getName(), event.getMessage());
        if (dialog.open() == Window.OK) {
            try {
                execute(CuratedEvents.edit(session.domain(), session.investigation(), event, dialog.time(), dialog.host(), dialog.message()));
            } catch (IllegalArgumentException e) {
                view.problem(e.getMessage());
            }
        }
    }

    private void deleteSelected() {
        TimelineRow row = view.selectedRow();
        if (row != null && row.isHandAdded()) {
            execute(CuratedEvents.delete(session.domain(), row.event()));
        }
    }

    private void promoteSelected() {
        TimelineRow row = view.selectedRow();
        if (row != null) {
            execute(CuratedEvents.promote(session.domain(), session.investigation(), row.record()));
        }
    }

    void showUntimed() {
        correlations.showUntimed();
    }

    // ---- export --------------------------------------------------------------------------------

    private void exportWithDialog(ExportFormat fixed) {
        FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        if (fixed == ExportFormat.TIMESKETCH_CSV) {
            dialog.setFilterExtensions(new String[] { "*.csv" });
            dialog.setFileName("timeline-timesketch.csv");
        } else {
            dialog.setFilterExtensions(new String[] { "*.csv", "*.jsonl", "*.timesketch.jsonl" });
            dialog.setFilterNames(new String[] { "CSV", "JSONL", "Timesketch JSONL" });
            dialog.setFileName("timeline.csv");
        }
        String file = dialog.open();
        if (file == null) {
            return;
        }
        ExportFormat format = fixed != null ? fixed
                : file.endsWith(".timesketch.jsonl") ? ExportFormat.TIMESKETCH_JSONL
                : file.endsWith(".jsonl") ? ExportFormat.JSONL : ExportFormat.CSV;
        export(Path.of(file), format);
    }

    /** Exports the rows of the view's query in a job (progress in the status bar; cancel keeps no partial file). */
    Job export(Path file, ExportFormat format) {
        var query = view.typedQuery();
        if (query == null) {
            return null;
        }
        var timeline = view.timeline();
        var zone = view.zone();
        Job job = new Job("Exporting the timeline to " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Path partial = file.resolveSibling(file.getFileName() + ".part");
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    long n = TimelineExport.write(timeline, query, format, zone, new CancelableStream(out, monitor));
                    out.close();
                    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return new Status(IStatus.OK, "dev.faultline.ui", n + " events exported to " + file);
                } catch (OperationCanceledException e) {
                    deleteQuietly(partial);
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    deleteQuietly(partial);
                    return Status.error("Exporting the timeline failed: " + e.getMessage(), e);
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == EXPORT_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a partial export left behind is named .part
        }
    }

    /** Stops an export when its job is cancelled. */
    private static final class CancelableStream extends java.io.FilterOutputStream {
        private final IProgressMonitor monitor;
        private long written;

        CancelableStream(OutputStream out, IProgressMonitor monitor) {
            super(out);
            this.monitor = monitor;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
            if ((written & 0xFFFFF) < len && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
    }

    private String ask(String title, String message, String initial) {
        InputDialog dialog = new InputDialog(view.getSite().getShell(), title, message, initial,
                s -> s == null || s.isBlank() ? "Type something" : null);
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }

}
