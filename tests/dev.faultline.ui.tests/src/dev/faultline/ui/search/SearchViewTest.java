package dev.faultline.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.faultline.index.SearchHit;
import dev.faultline.ui.intake.TestImports;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.FreshSample;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;

/** Searches imported real evidence in the Search view: hits, lazy paging, facets, query errors, the record. */
@ExtendWith(ScreenshotOnFailure.class)
class SearchViewTest {

    @Test
    void searchPagesFacetsAndShowsTheWholeRecord() throws Exception {
        Path data = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(data), "shared data folder absent: " + data.toAbsolutePath());
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        TestImports.importFile(session, data.resolve("loghub/Linux/Linux_2k.log"));

        SearchView view = (SearchView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(SearchView.ID);
        view.search("\"authentication failure\" AND rhost");
        UiWait.flush();
        assertTrue(view.status().matches("[\\d,]+ hits? in \\d+ ms"), view.status());
        int count = view.results().getTable().getItemCount();
        assertTrue(count > 100, "too few hits: " + count);

        // the table is lazy: an item far down is fetched when it is shown
        view.results().getTable().showItem(view.results().getTable().getItem(count - 1));
        UiWait.flush();
        assertTrue(view.results().getTable().getItem(count - 1).getText(3).startsWith("Linux_2k.log:"),
                view.results().getTable().getItem(count - 1).getText(3));

        TreeItem kind = Arrays.stream(view.facets().getItems()).filter(i -> "kind".equals(i.getData())).findFirst().orElseThrow();
        assertTrue(kind.getItemCount() > 0);

        // a bad query says where and what
        view.search("host:(");
        assertTrue(view.status().startsWith("Query error"), view.status());
        assertTrue(view.detail().contains("column"), view.detail());

        view.search("sshd AND \"authentication failure\"");
        UiWait.flush();
        view.results().getTable().getItem(0).getText(4); // shows the row: the lazy table fetches it
        Object first = view.results().getTable().getItem(0).getData();
        assertNotNull(first);
        view.results().setSelection(new StructuredSelection(first));
        UiWait.flush();
        SearchHit hit = (SearchHit) first;
        assertTrue(view.detail().contains("Evidence: Linux_2k.log:" + hit.record().source().line()), view.detail());
        assertTrue(view.detail().contains("SHA-256:  " + session.investigation().getEvidence().stream()
                .filter(e -> e.getPath().equals("Linux_2k.log")).findFirst().orElseThrow().getSha256()), view.detail());
        assertEquals(hit.record().source().sha256(), session.investigation().getEvidence().stream()
                .filter(e -> e.getPath().equals("Linux_2k.log")).findFirst().orElseThrow().getSha256());
    }

    @Test
    void theSamplesCuratedEventsAreFoundWithoutOpeningTheTimeline(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart timeline = page.findView(dev.faultline.ui.timeline.TimelineView.ID);
        if (timeline != null) {
            page.hideView(timeline); // the Timeline view indexes the events itself; this is about Search alone
        }
        FreshSample.run(dir, session -> {
            UiWait.forJobs(60_000);
            SearchView view = (SearchView) page.showView(SearchView.ID);
            view.search("\"Channel File 291\" AND kind:curated");
            UiWait.flush();
            assertTrue(view.status().matches("[1-9][\\d,]* hits? in \\d+ ms"), view.status());
            view.results().getTable().getItem(0).getText(4);
            UiWait.flush();
            assertTrue(((SearchHit) view.results().getTable().getItem(0).getData()).record().kind().equals("curated"));
        });
    }

    @Test
    void aMissingIndexIsRebuiltInABackgroundJobAndTheQueryRunsWhenItIsDone() throws Exception {
        Path data = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(data), "shared data folder absent: " + data.toAbsolutePath());
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        TestImports.importFile(session, data.resolve("loghub/Linux/Linux_2k.log"));
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart open = page.findView(SearchView.ID);
        if (open != null) {
            page.hideView(open); // closes the index the view keeps open
        }
        Path indexDir = session.folder().indexDir();
        try (Stream<Path> files = Files.walk(indexDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }

        SearchView view = (SearchView) page.showView(SearchView.ID);
        view.search("\"authentication failure\"");
        assertTrue(view.status().startsWith("Rebuilding the evidence index"), view.status());
        UiWait.until(() -> view.status().matches("[\\d,]+ hits? in \\d+ ms"), 60_000, "the rebuild and then the search to finish");
        assertTrue(view.results().getTable().getItemCount() > 100, "hits after the rebuild: " + view.results().getTable().getItemCount());
        assertTrue(Files.isDirectory(indexDir));
    }
}
