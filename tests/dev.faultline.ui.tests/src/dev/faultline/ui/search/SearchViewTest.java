package dev.faultline.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.index.SearchHit;
import dev.faultline.ui.intake.TestImports;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.FreshSample;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;
import dev.faultline.ui.timeline.TimelineView;

/**
 * Searches imported real evidence in the Search view: hits, lazy paging, facets, query errors, the
 * record; a missing or older index is rebuilt first, with the model's curated events and tags.
 */
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
    void theSamplesCuratedEventsAreFoundWithoutOpeningTheTimeline(@TempDir Path dir) throws Exception {
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

    @Test
    void anIndexOfAnOlderFormatIsRebuiltWithTheCuratedEventsBeforeTheQueryRuns(@TempDir Path dir) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (String id : List.of(TimelineView.ID, SearchView.ID)) {
            IViewPart open = page.findView(id); // the Timeline view indexes the events itself; the Search view keeps the index open
            if (open != null) {
                page.hideView(open);
            }
        }
        FreshSample.run(dir, session -> {
            UiWait.forJobs(60_000); // the sample's curated events are indexed when it is opened
            SearchView before = (SearchView) page.showView(SearchView.ID);
            before.search("kind:curated");
            UiWait.flush();
            assertTrue(before.status().matches("[1-9][\\d,]* hits? in \\d+ ms"), before.status());
            int curated = before.results().getTable().getItemCount();
            page.hideView(before);

            // as an older Faultline left it: the keeper meets the refusal when the investigation is opened
            markIndexFormat4(session.folder().indexDir());
            session.open(session.folder().root());
            UiWait.forJobs(60_000);

            SearchView view = (SearchView) page.showView(SearchView.ID);
            view.search("kind:curated");
            assertTrue(view.status().startsWith("Rebuilding the evidence index"), view.status());
            UiWait.until(() -> view.status().matches("[\\d,]+ hits? in \\d+ ms|Nothing to search yet.*"), 60_000,
                    "the rebuild and then the search to finish");
            assertTrue(view.status().matches("[1-9][\\d,]* hits? in \\d+ ms"), "the first search after the rebuild: " + view.status());
            assertEquals(curated, view.results().getTable().getItemCount(), "the curated events found before the rebuild");
            view.results().getTable().getItem(0).getText(4);
            UiWait.flush();
            assertEquals("curated", ((SearchHit) view.results().getTable().getItem(0).getData()).record().kind());
            view.search("tag:unrelated"); // the sample tags one event
            UiWait.flush();
            assertTrue(view.status().matches("1 hit in \\d+ ms"), "the tag after the rebuild, one hit: " + view.status());
            assertNull(page.findView(TimelineView.ID), "the Timeline view stayed closed");
        });
    }

    /** Marks the index's last commit as written in index format 4 (the current one is 5), keeping its other commit data. */
    private static void markIndexFormat4(Path indexDir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(OpenMode.APPEND))) {
            Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
            assertEquals("5", data.put("faultline.indexFormat", "4"), "the format the sample's index was written in");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }
}
