package dev.faultline.ui.views;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import dev.faultline.model.labels.ObjectLabels;
import dev.faultline.model.validation.InvestigationValidator;
import dev.faultline.model.validation.Problem;
import dev.faultline.ui.session.CommandStackActions;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * Problems: the validation results of the open investigation (a cause after its effect, causal
 * cycles, events without instant or source, a revert before the release, evidence whose hash no
 * longer matches ...), re-checked shortly after every edit. Double-click selects the object in the
 * Investigation Explorer.
 */
public class ProblemsView extends ViewPart implements InvestigationSession.Listener {

    public static final String ID = "dev.faultline.ui.views.problems";
    private static final int DELAY_MILLIS = 300;

    private final InvestigationValidator validator = new InvestigationValidator();
    private InvestigationSession session;
    private TableViewer viewer;
    private CommandStackActions undoRedo;
    private boolean scheduled;
    private List<Problem> problems = List.of();

    @Override
    public void createPartControl(Composite parent) {
        session = Sessions.get();
        Composite container = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        container.setLayout(layout);
        viewer = new TableViewer(container, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Description", 60, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).message();
            }

            @Override
            public Image getImage(Object element) {
                return severityImage(((Problem) element).severity());
            }
        });
        column(layout, "Object", 20, text(p -> p.object() == null ? "" : ObjectLabels.label(p.object())));
        column(layout, "Type", 10, text(p -> p.object() == null ? "" : ObjectLabels.typeName(p.object())));
        column(layout, "Rule", 10, text(Problem::rule));
        viewer.addDoubleClickListener(e -> revealSelected());
        getSite().setSelectionProvider(viewer);
        undoRedo = new CommandStackActions(session);
        undoRedo.install(getViewSite().getActionBars());
        session.addListener(this);
        validateNow();
    }

    private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(labels);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80, true));
    }

    private static ColumnLabelProvider text(java.util.function.Function<Problem, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Problem) element);
            }
        };
    }

    private static Image severityImage(Problem.Severity severity) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (severity) {
            case ERROR -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            case WARNING -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            case INFO -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
        };
    }

    private void revealSelected() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (!(selected instanceof Problem problem) || problem.object() == null) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        try {
            InvestigationExplorerView explorer = (InvestigationExplorerView) page.showView(InvestigationExplorerView.ID);
            explorer.reveal(problem.object());
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
        }
    }

    @Override
    public void opened(InvestigationSession s) {
        validateNow();
    }

    @Override
    public void changed(InvestigationSession s) {
        if (!scheduled && viewer != null && !viewer.getControl().isDisposed()) {
            scheduled = true;
            viewer.getControl().getDisplay().timerExec(DELAY_MILLIS, this::validateNow);
        }
    }

    /** Validates the open investigation now and shows the result. */
    public void validateNow() {
        scheduled = false;
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        problems = session.isOpen() ? validator.validate(session.folder()) : List.of();
        viewer.setInput(problems);
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
        setContentDescription(!session.isOpen() ? "No investigation is open."
                : problems.isEmpty() ? "No problems: the investigation is consistent."
                        : errors + " errors, " + warnings + " warnings, " + (problems.size() - errors - warnings) + " others");
    }

    /** The problems shown now. */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }
}
