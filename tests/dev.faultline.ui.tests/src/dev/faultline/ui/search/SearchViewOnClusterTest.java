package dev.faultline.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.faultline.index.IndexProgress;
import dev.faultline.index.SearchHit;
import dev.faultline.index.opensearch.ClusterAccess;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.index.opensearch.RecordedIndex;
import dev.faultline.intake.EvidenceRecords;
import dev.faultline.ui.intake.TestImports;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.TestCluster;
import dev.faultline.ui.testing.UiWait;

/**
 * The Search view of an investigation whose index is on an OpenSearch cluster searches there: the
 * same hits, lazy pages and facets as on the embedded index, the status naming the cluster index; back
 * on the embedded index when the record of the cluster is gone. A real one-node cluster
 * ({@link TestCluster}, skipped, saying why, when its launcher is not built).
 */
@ExtendWith(ScreenshotOnFailure.class)
class SearchViewOnClusterTest {

    @Test
    void searchesTheInvestigationsIndexOnTheClusterWithTheSameHits() throws Exception {
        Path data = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(data), "shared data folder absent: " + data.toAbsolutePath());
        TestCluster cluster = TestCluster.shared();
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        TestImports.importFile(session, data.resolve("loghub/Windows/Windows_2k.log"));
        SearchView view = (SearchView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(SearchView.ID);
        String query = "CBS";
        view.search(query);
        UiWait.flush();
        assertTrue(view.status().matches("[\\d,]+ hits? in \\d+ ms"), view.status());
        List<String> embedded = rows(view);
        assertTrue(embedded.size() > 200, "too few hits to page: " + embedded.size());

        ClusterAccess access = cluster.access();
        OpenSearchIndex.build(access, "ui-search", null, () -> EvidenceRecords.of(session.folder()), IndexProgress.NONE);
        Path recorded = session.folder().root().resolve(RecordedIndex.FILE);
        Files.writeString(recorded, "{\"url\": \"" + access + "\", \"index\": \"ui-search\"}\n", StandardCharsets.UTF_8);
        try {
            view.search(query);
            UiWait.flush();
            assertTrue(view.status().matches("[\\d,]+ hits? in \\d+ ms on index 'ui-search' on " + access), view.status());
            assertEquals(embedded, rows(view), "the same hits in the same order, every page fetched from the cluster");
            TreeItem kind = Arrays.stream(view.facets().getItems()).filter(i -> "kind".equals(i.getData())).findFirst().orElseThrow();
            assertTrue(kind.getItemCount() > 0);
            view.search("host:(");
            assertTrue(view.status().startsWith("Query error"), view.status());
        } finally {
            Files.delete(recorded);
        }
        view.search(query);
        UiWait.flush();
        assertFalse(view.status().contains(" on index "), "back on the embedded index: " + view.status());
    }

    /** Source and hit id of the first 450 rows of the result table: three pages, fetched as their rows are asked for. */
    private static List<String> rows(SearchView view) {
        List<String> rows = new ArrayList<>();
        int count = Math.min(450, view.results().getTable().getItemCount());
        for (int i = 0; i < count; i++) {
            String source = view.results().getTable().getItem(i).getText(3); // asking a lazy row for its text fetches it
            Object hit = view.results().getTable().getItem(i).getData();
            rows.add(source + " " + (hit instanceof SearchHit h ? h.id() : "no hit"));
        }
        return rows;
    }
}
