package dev.faultline.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
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
import dev.faultline.ui.testing.UiWait;

/**
 * The Search view of an investigation whose index is on an OpenSearch cluster searches there: the
 * same hits, lazy pages and facets as on the embedded index, the status naming the cluster index; back
 * on the embedded index when the record of the cluster is gone. A real one-node cluster started by
 * {@code releng/opensearch/cluster.sh} (skipped, saying why, when its launcher is not built).
 */
@ExtendWith(ScreenshotOnFailure.class)
class SearchViewOnClusterTest {

    private static Path home;
    private static int port;

    @AfterAll
    static void stopCluster() throws Exception {
        if (home != null) {
            cluster("stop");
        }
    }

    @Test
    void searchesTheInvestigationsIndexOnTheClusterWithTheSameHits() throws Exception {
        Path data = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(data), "shared data folder absent: " + data.toAbsolutePath());
        Path root = Path.of(System.getProperty("faultline.root", "../.."));
        assumeTrue(Files.isRegularFile(root.resolve("releng/opensearch/target/node-classpath.txt")),
                "the OpenSearch node launcher is not built (releng/opensearch/target/node-classpath.txt missing)");
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        TestImports.importFile(session, data.resolve("loghub/Windows/Windows_2k.log"));
        SearchView view = (SearchView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(SearchView.ID);
        String query = "CBS";
        view.search(query);
        UiWait.flush();
        assertTrue(view.status().matches("[\\d,]+ hits in \\d+ ms"), view.status());
        List<String> embedded = rows(view);
        assertTrue(embedded.size() > 200, "too few hits to page: " + embedded.size());

        home = Files.createTempDirectory("faultline-ui-opensearch");
        port = freePort();
        cluster("start", "1");
        ClusterAccess access = ClusterAccess.of("http://127.0.0.1:" + port, Map.of());
        OpenSearchIndex.build(access, "ui-search", null, () -> EvidenceRecords.of(session.folder()), IndexProgress.NONE);
        Path recorded = session.folder().root().resolve(RecordedIndex.FILE);
        Files.writeString(recorded, "{\"url\": \"" + access + "\", \"index\": \"ui-search\"}\n", StandardCharsets.UTF_8);
        try {
            view.search(query);
            UiWait.flush();
            assertTrue(view.status().matches("[\\d,]+ hits in \\d+ ms on index 'ui-search' on " + access), view.status());
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

    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int p = 20_000 + ThreadLocalRandom.current().nextInt(20_000);
            try (ServerSocket a = new ServerSocket(p, 1, InetAddress.getLoopbackAddress());
                    ServerSocket b = new ServerSocket(p + 100, 1, InetAddress.getLoopbackAddress())) {
                return p;
            } catch (IOException taken) {
                // another
            }
        }
        throw new IOException("no free loopback port pair");
    }

    private static void cluster(String... args) throws Exception {
        Path root = Path.of(System.getProperty("faultline.root", "../.."));
        Path log = home.resolve("cluster-sh.log");
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("releng/opensearch/cluster.sh").toString());
        builder.command().addAll(List.of(args));
        builder.environment().put("FAULTLINE_OPENSEARCH_HOME", home.toString());
        builder.environment().put("FAULTLINE_OPENSEARCH_PORT", Integer.toString(port));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "cluster.sh " + String.join(" ", args) + " within 300 s");
        assertEquals(0, process.exitValue(), () -> {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
    }
}
