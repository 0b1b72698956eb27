package dev.faultline.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.diagram.ui.DiagramEditor;
import dev.faultline.index.SearchHit;
import dev.faultline.model.Driver;
import dev.faultline.model.Evidence;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.TimelineEvent;
import dev.faultline.report.PostMortemExport;
import dev.faultline.report.ReportSection;
import dev.faultline.ui.intake.TestImports;
import dev.faultline.ui.search.SearchView;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;

/**
 * A responder's journey on real files: import a Sysmon event log and a crash-dump analysis, search
 * for the driver load, add the hit to the timeline and tag it, open the causal-chain diagram and click the
 * driver in it, then export the post-mortem through File &gt; Export Post-mortem — and the report holds what
 * was done: the evidence with its SHA-256 and custody entries, the curated event with its tag and its
 * citation (file:line), the imported crash, the diagram.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ResponderJourneyTest {

    @TempDir
    Path dir;

    @Test
    void importSearchTagExportAndTheReportHoldsWhatWasDone() throws Exception {
        Path data = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(data), "shared data folder absent: " + data.toAbsolutePath());
        Path sysmon = data.resolve("evtx/eas_DSE_bypass_BYOV_TDL_dummydriver_sysmon_6_7_13.evtx");
        Path dump = data.resolve("windbg/ie_0xd1_driver_irql_triage_section9.txt");
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

        // 1. import real evidence
        TestImports.importFile(session, sysmon);
        TestImports.importFile(session, dump);
        Evidence log = session.investigation().getEvidence().stream()
                .filter(e -> e.getOriginalName().equals(sysmon.getFileName().toString())).findFirst().orElseThrow();

        // 2. search for the driver load
        SearchView search = (SearchView) page.showView(SearchView.ID);
        search.search("VBoxDrv");
        UiWait.until(() -> search.status().matches("[\\d,]+ hits? in \\d+ ms"), 60_000, "the search");
        assertTrue(search.results().getTable().getItemCount() > 0, search.status());
        search.results().getTable().getItem(0).getText(4);
        SearchHit hit = (SearchHit) search.results().getTable().getItem(0).getData();
        assertNotNull(hit);
        search.results().setSelection(new StructuredSelection(hit));
        UiWait.flush();

        // 3. the user clicks "Add to Timeline" in the view's tool bar, then tags the new event
        int eventsBefore = session.investigation().getTimelineEvents().size();
        IContributionItem add = Arrays.stream(search.getViewSite().getActionBars().getToolBarManager().getItems())
                .filter(i -> i instanceof ActionContributionItem a && a.getAction().getText().replace("&", "").equals("Add to Timeline"))
                .findFirst().orElseThrow();
        assertTrue(((ActionContributionItem) add).getAction().isEnabled(), "Add to Timeline is enabled for a hit with a time");
        ((ActionContributionItem) add).getAction().run();
        UiWait.flush();
        assertEquals(eventsBefore + 1, session.investigation().getTimelineEvents().size());
        TimelineEvent event = session.investigation().getTimelineEvents().get(eventsBefore);
        session.commandStack().execute(AddCommand.create(session.domain(), event, FaultlinePackage.Literals.TIMELINE_EVENT__TAGS,
                "byovd-driver-load"));
        UiWait.flush();

        // 4. File > Open Causal-Chain Diagram: the chain drawn; clicking csagent.sys shows it in Properties
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("dev.faultline.diagram.ui.commands.openDiagram", null);
        UiWait.flush();
        DiagramEditor diagram = assertInstanceOf(DiagramEditor.class, page.getActiveEditor(), "the diagram editor opened");
        Driver csagent = session.investigation().getDrivers().stream().filter(d -> "csagent.sys".equals(d.getFileName())).findFirst()
                .orElseThrow();
        GraphicalEditPart box = (GraphicalEditPart) diagram.partOf(csagent);
        assertNotNull(box, "csagent.sys is drawn");
        assertFalse(box.getSourceConnections().isEmpty() || box.getTargetConnections().isEmpty(), "with arrows in and out");
        diagram.viewer().reveal(box);
        UiWait.flush();
        Rectangle bounds = box.getFigure().getBounds().getCopy();
        box.getFigure().translateToAbsolute(bounds);
        clickCanvas(diagram.viewer().getControl(), bounds.getCenter().x, bounds.getCenter().y);
        assertEquals(csagent, ((IStructuredSelection) diagram.getSite().getSelectionProvider().getSelection()).getFirstElement(),
                "the click selected the driver (the Properties view shows it)");
        page.closeEditor(diagram, false);
        UiWait.flush();

        // 5. File > Export Post-mortem...: the dialog, then the job
        Path out = dir.resolve("journey.html");
        ExportPostMortemDialog dialog = new ExportPostMortemDialog(page.getWorkbenchWindow().getShell(), session.folder().root());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            find(dialog.getShell(), Text.class, t -> t.getText().endsWith(".html")).setText(out.toString());
            find(dialog.getShell(), Button.class, b -> b.getText().equals("OK")).notifyListeners(SWT.Selection, new Event());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        PostMortemExport export = dialog.export();
        assertEquals(EnumSet.allOf(ReportSection.class), export.sections());
        ExportPostMortemJob job = new ExportPostMortemJob(session, export);
        job.schedule();
        UiWait.until(() -> job.getResult() != null, 120_000, "the export job");
        assertTrue(job.getResult().isOK(), job.getResult().getMessage());

        // 6. the report holds what was done
        String html = Files.readString(out);
        assertTrue(html.contains("<code>" + log.getSha256() + "</code>"), "the imported log with its full SHA-256 in the appendix");
        assertTrue(html.contains(log.getPath()), "the imported file is named");
        assertTrue(html.contains("ie_0xd1_driver_irql_triage_section9"), "the imported crash-dump analysis is listed");
        var ref = event.getCitations().get(0);
        String position = ref.getLine() != null ? ref.getLine().toString()
                : ref.getByteOffset() != null ? "@" + ref.getByteOffset() : "#" + ref.getRecordId();
        String place = ref.getEvidence().getPath() + ":" + position;
        assertTrue(html.contains(place), "the curated event cites its record: " + place);
        assertTrue(section(html, "timeline").contains("byovd-driver-load"), "the tag is in the timeline");
        assertTrue(section(html, "timeline").contains(place), "the timeline row cites the record");
        assertTrue(html.contains(log.getSha256().substring(0, 12)), "citations carry the short SHA-256");
        assertTrue(html.matches("(?s).*<td>import</td>.*"), "the custody log lists the imports");
        assertTrue(section(html, "clusters").contains("myfault"), "the imported crash is in the crash clusters");
        assertTrue(section(html, "diagram").contains("csagent.sys"), "the causal-chain diagram the responder looked at is in the report");
        List<String> sectionIds = Arrays.stream(ReportSection.values()).map(ReportSection::id).toList();
        sectionIds.forEach(id -> assertTrue(html.contains("<section id=\"" + id + "\">"), id));
    }

    /** A left click on the diagram canvas at (x, y), as the mouse sends it. */
    private static void clickCanvas(Control canvas, int x, int y) {
        for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp }) {
            Event event = new Event();
            event.x = x;
            event.y = y;
            event.button = type == SWT.MouseMove ? 0 : 1;
            event.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
            canvas.notifyListeners(type, event);
        }
        UiWait.flush();
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static <T extends Control> T find(Control root, Class<T> type, java.util.function.Predicate<T> match) {
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
        throw new AssertionError("no " + type.getSimpleName() + " found");
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
}
