package dev.faultline.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.report.PostMortemExport;
import dev.faultline.report.ReportFormat;
import dev.faultline.report.ReportSection;
import dev.faultline.ui.report.ExportPostMortemDialog;
import dev.faultline.ui.report.ExportPostMortemJob;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;
import dev.faultline.ui.views.InvestigationExplorerView;
import dev.faultline.ui.views.KindGroup;

/**
 * The Investigation Overview opens with the investigation and follows edits; the explorer groups the
 * model by kind; File &gt; Export Post-mortem asks for format, sections and destination and writes the
 * report in a Job; the window opens maximised on first start.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OverviewAndExportTest {

    @TempDir
    Path dir;
    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private InvestigationSession session;

    @BeforeEach
    void sampleIsOpen() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        UiWait.flush();
    }

    private InvestigationOverviewEditor overview() {
        UiWait.until(() -> Arrays.stream(page.getEditorReferences()).anyMatch(r -> r.getId().equals(InvestigationOverviewEditor.ID)),
                10_000, "the overview editor to open");
        IEditorReference reference = Arrays.stream(page.getEditorReferences())
                .filter(r -> r.getId().equals(InvestigationOverviewEditor.ID)).findFirst().orElseThrow();
        return (InvestigationOverviewEditor) reference.getEditor(true);
    }

    @Test
    void theOverviewOpensWithTheInvestigationAndFollowsEdits() {
        InvestigationOverviewEditor editor = overview();
        assertTrue(editor.getPartName().startsWith("Overview: CrowdStrike Falcon"), editor.getPartName());
        List<String> links = texts(editor.page().control(), Link.class);
        assertTrue(links.contains("<a>3 hosts</a>"), links.toString());
        assertTrue(links.contains("<a>1 driver</a>"), links.toString());
        assertTrue(links.contains("<a>2 crash analyses</a>"), links.toString());
        assertTrue(links.contains("<a>1 crash cluster</a>"), links.toString());
        assertTrue(links.contains("<a>1 evidence file</a>"), links.toString());
        assertTrue(links.contains("0 problems"), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("Investigation Explorer") && l.contains("Search")), links.toString());
        List<String> labels = texts(editor.page().control(), org.eclipse.swt.widgets.Label.class);
        assertTrue(labels.contains("2024-07-19 04:09 UTC"), "key times: " + labels);
        assertTrue(labels.contains("not recorded"), "the unknown detection time is said: " + labels);

        Host host = FaultlineFactory.eINSTANCE.createHost();
        host.setName("wks-new");
        session.commandStack().execute(AddCommand.create(session.domain(), session.investigation(),
                FaultlinePackage.Literals.INVESTIGATION__HOSTS, host));
        UiWait.flush();
        try {
            assertEquals(4, editor.page().counts().hosts());
            assertTrue(texts(editor.page().control(), Link.class).contains("<a>4 hosts</a>"));
        } finally {
            session.commandStack().undo();
            UiWait.flush();
        }
        assertEquals(3, editor.page().counts().hosts());
    }

    @Test
    void theExplorerGroupsTheModelByKindAndACountLinkRevealsIt() throws Exception {
        InvestigationExplorerView explorer = (InvestigationExplorerView) page.showView(InvestigationExplorerView.ID);
        UiWait.flush();
        TreeItem root = explorer.viewer().getTree().getItem(0);
        root.setExpanded(true);
        explorer.viewer().expandToLevel(2);
        UiWait.flush();
        List<String> groups = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
        assertTrue(groups.containsAll(List.of("Hosts (3)", "Drivers (1)", "Crash analyses (2)", "Timeline (10)", "Evidence (1)",
                "Causal links (8)", "Remediations (2)")), groups.toString());
        assertTrue(Arrays.stream(root.getItems()).allMatch(i -> i.getImage() != null), "a group without icon");

        InvestigationOverviewEditor editor = overview();
        page.activate(editor);
        Link hosts = find(editor.page().control(), Link.class, l -> l.getText().equals("<a>3 hosts</a>"));
        Event click = new Event();
        click.text = "";
        hosts.notifyListeners(SWT.Selection, click);
        UiWait.flush();
        Object selected = explorer.viewer().getStructuredSelection().getFirstElement();
        assertEquals(new KindGroup(session.investigation(), FaultlinePackage.Literals.INVESTIGATION__HOSTS), selected);

        Host first = session.investigation().getHosts().get(0);
        explorer.reveal(first);
        UiWait.flush();
        assertEquals(first, explorer.viewer().getStructuredSelection().getFirstElement(), "a host is revealed inside its group");
    }

    @Test
    void exportDialogAsksForFormatSectionsAndDestination() {
        ExportPostMortemDialog dialog = new ExportPostMortemDialog(window.getShell(), session.folder().root());
        dialog.setBlockOnOpen(false);
        dialog.open();
        Path out = dir.resolve("post-mortem.md");
        try {
            Composite area = (Composite) dialog.getShell().getChildren()[0];
            Button md = find(area, Button.class, b -> b.getText().replace("&", "").startsWith("Markdown"));
            Button html = find(area, Button.class, b -> b.getText().replace("&", "").startsWith("HTML"));
            html.setSelection(false);
            md.setSelection(true);
            md.notifyListeners(SWT.Selection, new Event());
            Text destination = find(area, Text.class, t -> t.getText().endsWith(".md"));
            assertTrue(destination.getText().endsWith("post-mortem.md"), "the file name follows the format");
            for (String title : List.of("Kernel-driver audit", "Chain of custody")) {
                Button check = find(area, Button.class, b -> b.getText().equals(title));
                check.setSelection(false);
                check.notifyListeners(SWT.Selection, new Event());
            }
            destination.setText(dir.resolve("no/such/folder/pm.md").toString());
            assertFalse(find(dialog.getShell(), Button.class, b -> b.getText().equals("OK")).isEnabled(),
                    "a missing folder is refused before anything runs");
            destination.setText(out.toString());
            Button ok = find(dialog.getShell(), Button.class, b -> b.getText().equals("OK"));
            assertTrue(ok.isEnabled());
            ok.notifyListeners(SWT.Selection, new Event());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        PostMortemExport export = dialog.export();
        assertEquals(ReportFormat.MD, export.format());
        assertEquals(out, export.out());
        assertFalse(export.sections().contains(ReportSection.DRIVERS));
        assertFalse(export.sections().contains(ReportSection.CUSTODY));
        assertTrue(export.sections().contains(ReportSection.SUMMARY));
    }

    @Test
    void exportRunsAsAJobAndWritesTheReport() throws Exception {
        Path out = dir.resolve("post-mortem.html");
        ExportPostMortemJob job = new ExportPostMortemJob(session,
                new PostMortemExport(ReportFormat.HTML, EnumSet.allOf(ReportSection.class), out, null));
        job.schedule();
        UiWait.until(() -> job.getResult() != null, 60_000, "the export job");
        assertTrue(job.getResult().isOK(), job.getResult().getMessage());
        assertEquals(List.of(out), job.written());
        String html = Files.readString(out);
        assertTrue(html.contains("<section id=\"evidence\">"));
        assertTrue(html.contains(session.investigation().getEvidence().get(0).getSha256()));
        assertTrue(Job.getJobManager().find(ExportPostMortemJob.FAMILY).length == 0);
    }

    @Test
    void exportPostMortemIsInTheFileMenuAndTheWindowStartsMaximised() {
        var bar = window.getShell().getMenuBar();
        var file = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("File")).findFirst().orElseThrow();
        file.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(file.getMenu().getItems()).map(i -> i.getText().replace("&", "")).toList();
        file.getMenu().notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Export Post-mortem...")), items.toString());
        assertTrue(window.getShell().getMaximized(), "the window opens maximised on first start");
    }

    private static <T extends Control> T find(Control root, Class<T> type, java.util.function.Predicate<T> match) {
        T found = findOrNull(root, type, match);
        assertNotNull(found, "no " + type.getSimpleName() + " found");
        return found;
    }

    private static <T extends Control> T findOrNull(Control root, Class<T> type, java.util.function.Predicate<T> match) {
        if (type.isInstance(root) && match.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = findOrNull(child, type, match);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T extends Control> List<String> texts(Control root, Class<T> type) {
        List<String> texts = new java.util.ArrayList<>();
        collect(root, type, texts);
        return texts;
    }

    private static <T extends Control> void collect(Control root, Class<T> type, List<String> texts) {
        if (root instanceof Link link && type == Link.class) {
            texts.add(link.getText());
        } else if (root instanceof org.eclipse.swt.widgets.Label label && type == org.eclipse.swt.widgets.Label.class) {
            texts.add(label.getText());
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, texts);
            }
        }
    }

}
