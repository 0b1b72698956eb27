package dev.faultline.ui.drivers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.faultline.analysis.DriverAuditResult;
import dev.faultline.analysis.DriverBaseline;
import dev.faultline.analysis.DriverFinding;
import dev.faultline.analysis.HostDriverFinding;
import dev.faultline.analysis.SignatureRules;
import dev.faultline.ui.clusters.AnalysisJob;
import dev.faultline.ui.clusters.AnalysisView;
import dev.faultline.ui.session.InvestigationSession;

/**
 * The kernel-driver risk audit of the fleet's driver inventories: one row per driver (sortable by
 * any column; drivers in crash clusters first until sorted otherwise), the reasons of the selected
 * driver and the hosts that carry the riskiest drivers.
 */
public class DriverAuditView extends AnalysisView<DriverAuditResult> {

    public static final String ID = "dev.faultline.ui.views.drivers";

    private DriverSorter sorter;
    private Text reasons;
    private DriverBaseline baseline = DriverBaseline.none();
    private DriverAuditResult result;

    @Override
    protected Columns columns() {
        return new Columns(DriverColumns.TITLES, DriverColumns.WIDTHS, List.of(0, 3));
    }

    @Override
    protected ColumnLabelProvider labels(int column) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return DriverColumns.text((DriverFinding) element, column);
            }
        };
    }

    @Override
    protected void columnCreated(TableViewerColumn column, int index) {
        if (sorter == null) {
            sorter = new DriverSorter(table);
            table.setComparator(sorter);
        }
        column.getColumn().addListener(SWT.Selection, e -> sorter.sortBy(index));
    }

    @Override
    protected void createPanes(SashForm sash) {
        reasons = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        sash.setWeights(62, 38);
        table.addSelectionChangedListener(e -> showReasons((DriverFinding) table.getStructuredSelection().getFirstElement()));
    }

    @Override
    protected String runActionText() {
        return "Audit Drivers";
    }

    @Override
    protected String runActionToolTip() {
        return "Score every driver of the fleet's inventories (driverquery) and of the investigation";
    }

    @Override
    protected void createMoreActions() {
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
        getViewSite().getActionBars().getToolBarManager().add(chooseBaseline);
    }

    /** Uses a baseline file and audits again; a file that is not one says why in the status line. */
    public void setBaseline(Path file) {
        try {
            baseline = DriverBaseline.read(file);
            runAudit();
        } catch (IOException | IllegalArgumentException e) {
            setStatus("Baseline not used: " + e.getMessage());
        }
    }

    @Override
    protected AnalysisJob<DriverAuditResult> runAnalysis() {
        return runAudit();
    }

    public AnalysisJob<DriverAuditResult> runAudit() {
        DriverBaseline used = baseline;
        return start("Auditing kernel drivers", "Auditing drivers ...",
                (analysis, monitor) -> analysis.auditDrivers(analysis.clusters(SignatureRules.defaults(), monitor), used, monitor));
    }

    @Override
    protected void show(DriverAuditResult audited) {
        result = audited;
        table.setInput(audited.drivers());
        long high = audited.drivers().stream().filter(d -> "high".equals(d.level())).count();
        setStatus(String.format("%s on %s, %d of high risk%s%s", count(audited.drivers().size(), "driver"),
                audited.hosts().isEmpty() ? "no host's inventory" : count(audited.hosts().size(), "host"), high,
                audited.baseline().present() ? "; baseline " + audited.baseline().source() : "",
                audited.notes().isEmpty() ? "" : ". " + String.join(" ", audited.notes())));
        if (!audited.drivers().isEmpty()) {
            table.getTable().select(0);
            showReasons(audited.drivers().get(0));
        } else {
            showReasons(null);
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
        if (d.hosts() == 0) {
            text.append("In no host's driver inventory (import driverquery outputs to see which hosts carry it)\n");
        } else {
            text.append("On ").append(count(d.hosts(), "host")).append(": ").append(String.join(", ", d.hostNames()))
                    .append(d.hosts() > d.hostNames().size() ? " ..." : "").append('\n');
        }
        d.evidence().forEach(c -> text.append("  evidence: ").append(c).append('\n'));
        text.append('\n').append(hosts(result.hosts()));
        reasons.setText(text.toString());
    }

    private static String count(long n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : noun + "s");
    }

    private static String hosts(List<HostDriverFinding> hosts) {
        if (hosts.isEmpty()) {
            return "";
        }
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
            setStatus("No investigation is open.");
        }
    }
}
