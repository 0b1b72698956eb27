package dev.faultline.ui.drivers;

import java.io.IOException;
import java.nio.file.Path;
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
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import dev.faultline.analysis.DriverAuditResult;
import dev.faultline.analysis.DriverBaseline;
import dev.faultline.analysis.DriverFinding;
import dev.faultline.analysis.HostDriverFinding;
import dev.faultline.analysis.SignatureRules;
import dev.faultline.ui.clusters.AnalysisJob;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * The kernel-driver risk audit of the fleet's driver inventories: one row per driver (sortable by
 * any column; drivers in crash clusters first until sorted otherwise), the reasons of the selected
 * driver and the hosts that carry the riskiest drivers.
 */
public class DriverAuditView extends ViewPart implements InvestigationSession.Listener {

    public static final String ID = "dev.faultline.ui.views.drivers";

    private InvestigationSession session;
    private TableViewer table;
    private DriverSorter sorter;
    private Text reasons;
    private Label status;
    private Action audit;
    private DriverBaseline baseline = DriverBaseline.none();
    private DriverAuditResult result;
    private AnalysisJob<DriverAuditResult> running;

    @Override
    public void createPartControl(Composite parent) {
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
        sorter = new DriverSorter(table);
        table.setComparator(sorter);
        for (int i = 0; i < DriverColumns.TITLES.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
            c.getColumn().setText(DriverColumns.TITLES[i]);
            c.getColumn().setWidth(DriverColumns.WIDTHS[i]);
            c.getColumn().setAlignment(i == 0 || i == 3 ? SWT.RIGHT : SWT.LEFT);
            c.getColumn().addListener(SWT.Selection, e -> sorter.sortBy(column));
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return DriverColumns.text((DriverFinding) element, column);
                }
            });
        }
        reasons = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        sash.setWeights(62, 38);
        table.addSelectionChangedListener(e -> showReasons((DriverFinding) table.getStructuredSelection().getFirstElement()));
        createActions();
        session.addListener(this);
        opened(session);
    }

    private void createActions() {
        audit = new Action("Audit Drivers") {
            @Override
            public void run() {
                runAudit();
            }
        };
        audit.setToolTipText("Score every driver of the fleet's inventories (driverquery) and of the investigation");
        audit.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        Action chooseBaseline = new Action("Baseline...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
                dialog.setText("Driver baseline: driverquery output of a known-good host, or one driver name a line");
                String file = dialog.open();
                if (file != null) {
                    setBaseline(Path.of(file));
                }
            }
        };
        chooseBaseline.setToolTipText("Compare with a known-good host's drivers");
        chooseBaseline.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
        getViewSite().getActionBars().getToolBarManager().add(audit);
        getViewSite().getActionBars().getToolBarManager().add(chooseBaseline);
    }

    /** Uses a baseline file and audits again; a file that is not one says why in the status line. */
    public void setBaseline(Path file) {
        try {
            baseline = DriverBaseline.read(file);
            runAudit();
        } catch (IOException | IllegalArgumentException e) {
            status.setText("Baseline not used: " + e.getMessage());
            status.getParent().layout();
        }
    }

    public AnalysisJob<DriverAuditResult> runAudit() {
        if (!session.isOpen()) {
            return null;
        }
        if (running != null) {
            running.cancel();
        }
        audit.setEnabled(false);
        status.setText("Auditing drivers ...");
        DriverBaseline used = baseline;
        running = new AnalysisJob<>("Auditing kernel drivers", session.folder(), table.getControl().getDisplay(),
                (analysis, monitor) -> analysis.auditDrivers(analysis.clusters(SignatureRules.defaults(), monitor), used, monitor), this::show,
                this::failed);
        running.schedule();
        return running;
    }

    private void show(DriverAuditResult audited) {
        if (table.getControl().isDisposed()) {
            return;
        }
        audit.setEnabled(true);
        result = audited;
        table.setInput(audited.drivers());
        long high = audited.drivers().stream().filter(d -> "high".equals(d.level())).count();
        status.setText(String.format("%d drivers on %d hosts, %d of high risk%s%s", audited.drivers().size(), audited.hosts().size(), high,
                audited.baseline().present() ? "; baseline " + audited.baseline().source() : "",
                audited.notes().isEmpty() ? "" : ". " + String.join(" ", audited.notes())));
        status.getParent().layout();
        if (!audited.drivers().isEmpty()) {
            table.getTable().select(0);
            showReasons(audited.drivers().get(0));
        } else {
            showReasons(null);
        }
    }

    private void failed(String message) {
        if (!status.isDisposed()) {
            audit.setEnabled(true);
            status.setText(message);
            status.getParent().layout();
        }
    }

    private void showReasons(DriverFinding d) {
        if (d == null) {
            reasons.setText(result == null ? "" : hosts(result.hosts()));
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(d.name()).append(d.fileName() == null ? "" : " (" + d.fileName() + ")").append(" \u2014 risk ").append(d.risk())
                .append(", ").append(d.level()).append('\n');
        for (String reason : d.reasons()) {
            text.append("  \u2022 ").append(reason).append('\n');
        }
        text.append("On ").append(d.hosts()).append(" hosts: ").append(String.join(", ", d.hostNames()))
                .append(d.hosts() > d.hostNames().size() ? " ..." : "").append('\n');
        d.evidence().forEach(c -> text.append("  evidence: ").append(c).append('\n'));
        text.append('\n').append(hosts(result.hosts()));
        reasons.setText(text.toString());
    }

    private static String hosts(List<HostDriverFinding> hosts) {
        StringBuilder text = new StringBuilder("Hosts, riskiest first:\n");
        hosts.stream().limit(50).forEach(h -> text.append(String.format("  %3d %s: third-party kernel %s; boot/system start %s; unknown signer %s%s%n",
                h.risk(), h.host(), h.thirdPartyKernel(), h.bootOrSystemStart(), h.unknownSigner(),
                h.inCrashClusters().isEmpty() ? "" : "; in crash clusters " + h.inCrashClusters())));
        return text.toString();
    }

    public DriverAuditResult result() {
        return result;
    }

    /** The drivers in the order the table shows them. */
    public List<DriverFinding> shownOrder() {
        List<DriverFinding> shown = new java.util.ArrayList<>();
        for (var item : table.getTable().getItems()) {
            shown.add((DriverFinding) item.getData());
        }
        return shown;
    }

    /** Sorts by a column as a click on its header does. */
    public void sortBy(int column) {
        sorter.sortBy(column);
    }

    @Override
    public void opened(InvestigationSession s) {
        result = null;
        table.setInput(List.of());
        reasons.setText("");
        if (s.isOpen()) {
            runAudit();
        } else {
            status.setText("No investigation is open.");
        }
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
