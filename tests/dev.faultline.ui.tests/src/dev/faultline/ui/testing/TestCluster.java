package dev.faultline.ui.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import dev.faultline.index.opensearch.ClusterAccess;

/**
 * A real one-node OpenSearch cluster for the UI tests, started by {@code releng/opensearch/cluster.sh}
 * on first use (on a free loopback port, data in a temporary folder) and shared by every test of the
 * run; stopped when the test JVM exits. Tests skip, saying why, when the node launcher is not built.
 */
public final class TestCluster {

    private static TestCluster shared;

    private final Path root;
    private final Path home;
    private final int port;

    private TestCluster(Path root, Path home, int port) {
        this.root = root;
        this.home = home;
        this.port = port;
    }

    /** The running cluster of this test run, started on first use. */
    public static synchronized TestCluster shared() throws IOException, InterruptedException {
        if (shared == null) {
            Path root = Path.of(System.getProperty("faultline.root", "../.."));
            assumeTrue(Files.isRegularFile(root.resolve("releng/opensearch/target/node-classpath.txt")),
                    "the OpenSearch node launcher is not built (releng/opensearch/target/node-classpath.txt missing)");
            TestCluster cluster = new TestCluster(root, Files.createTempDirectory("faultline-ui-opensearch"), freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.script("stop");
                } catch (IOException | InterruptedException e) {
                    System.err.println("TestCluster: stopping the test cluster failed (its data stays in " + cluster.home + "): " + e);
                }
            }, "stop-ui-test-cluster"));
            cluster.script("start", "1");
            shared = cluster;
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public ClusterAccess access() {
        return ClusterAccess.of(url(), Map.of());
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

    private void script(String... args) throws IOException, InterruptedException {
        Path log = home.resolve("cluster-sh.log");
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("releng/opensearch/cluster.sh").toString());
        builder.command().addAll(List.of(args));
        builder.environment().put("FAULTLINE_OPENSEARCH_HOME", home.toString());
        builder.environment().put("FAULTLINE_OPENSEARCH_PORT", Integer.toString(port));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("cluster.sh " + String.join(" ", args) + " took more than 300 s; log: " + log);
        }
        if (process.exitValue() != 0) {
            throw new IOException("cluster.sh " + String.join(" ", args) + " failed (exit " + process.exitValue() + "):\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}
