package dev.faultline.ui.clusters;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * What the analysis views (crash clusters, proposed links, driver audit) share: a status line above
 * a vertical sash whose first pane is a table of the analysis's rows, one toolbar action that runs
 * the analysis as an {@link AnalysisJob} (disabled while it runs), and the session listener. A
 * subclass gives its columns, its other panes and what it shows of a result.
 *
 * @param <R> the analysis result
 */
public abstract class AnalysisView<R> extends ViewPart implements InvestigationSession.Listener {

    /** The table's columns: titles, widths, which are right-aligned, and each cell's text. */
    public record Columns(String[] titles, int[] widths, List<Integer> rightAligned) {
    }

    protected InvestigationSession session;
    protected TableViewer table;
    private Label status;
    private Action runAction;
    private AnalysisJob<R> running;

    @Override
    public final void createPartControl(Composite parent) {
        session = Sessions.get();
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Columns columns = columns();
        for (int i = 0; i < columns.titles().length; i++) {
            TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
            c.getColumn().setText(columns.titles()[i]);
            c.getColumn().setWidth(columns.widths()[i]);
            c.getColumn().setAlignment(columns.rightAligned().contains(i) ? SWT.RIGHT : SWT.LEFT);
            c.setLabelProvider(labels(i));
            columnCreated(c, i);
        }
        createPanes(sash);
        runAction = new Action(runActionText()) {
            @Override
            public void run() {
                runAnalysis();
            }
        };
        runAction.setToolTipText(runActionToolTip());
        runAction.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        getViewSite().getActionBars().getToolBarManager().add(runAction);
        createMoreActions();
        session.addListener(this);
        opened(session);
    }

    protected abstract Columns columns();

    /** The label provider of one column. */
    protected abstract ColumnLabelProvider labels(int column);

    /** Called for each column after it is made (e.g. to sort by a click on its header). */
    protected void columnCreated(TableViewerColumn column, int index) {
    }

    /** The panes below the table, in the sash (whose weights the subclass sets). */
    protected abstract void createPanes(SashForm sash);

    protected abstract String runActionText();

    protected abstract String runActionToolTip();

    /** Toolbar actions after the run action. */
    protected void createMoreActions() {
    }

    /** What the run action does: starts the analysis (through {@link #start}). */
    protected abstract AnalysisJob<R> runAnalysis();

    /** Shows a finished analysis's result (on the UI thread). */
    protected abstract void show(R result);

    /**
     * Starts the analysis in a Job, cancelling one still running; the run action is disabled until
     * it ends. Returns null when no investigation is open.
     */
    protected final AnalysisJob<R> start(String jobName, String statusText, AnalysisJob.Work<R> work) {
        if (!session.isOpen()) {
            return null;
        }
        if (running != null) {
            running.cancel();
        }
        runAction.setEnabled(false);
        setStatus(statusText);
        running = new AnalysisJob<>(jobName, session.folder(), table.getControl().getDisplay(), work, this::finished, this::failed);
        running.schedule();
        return running;
    }

    private void finished(R result) {
        if (table.getControl().isDisposed()) {
            return;
        }
        runAction.setEnabled(true);
        show(result);
    }

    private void failed(String message) {
        if (!status.isDisposed()) {
            runAction.setEnabled(true);
            setStatus(message);
        }
    }

    protected final void setStatus(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }
}
