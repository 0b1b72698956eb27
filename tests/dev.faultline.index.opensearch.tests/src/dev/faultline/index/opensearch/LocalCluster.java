package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSearch cluster for the tests: {@value #NODES} nodes, each its own JVM, started by
 * {@code releng/opensearch/cluster.sh} from the node launcher the build makes out of Maven Central's
 * artifacts ({@code releng/opensearch/target}), on free loopback ports, data in a temporary folder.
 * One cluster serves every test class of the run and is stopped when the test JVM exits. Tests skip
 * (visibly, naming the reason) when the launcher has not been built.
 */
final class LocalCluster {

    static final int NODES = 3;
    private static LocalCluster shared;

    private final Path root;
    private final Path home;
    private final int port;

    private LocalCluster(Path root, Path home, int port) {
        this.root = root;
        this.home = home;
        this.port = port;
    }

    /** The running cluster of this test run, started on first use. */
    static synchronized LocalCluster shared() throws IOException, InterruptedException {
        if (shared == null) {
            String rootProperty = System.getProperty("faultline.root");
            assumeTrue(rootProperty != null, "system property faultline.root (the project folder) is not set");
            Path root = Path.of(rootProperty);
            Path classpath = root.resolve("releng/opensearch/target/node-classpath.txt");
            assumeTrue(Files.isRegularFile(classpath), "the OpenSearch node launcher is not built (" + classpath
                    + " missing): build releng/opensearch (part of the full build) to run the cluster tests");
            Path home = Files.createTempDirectory("faultline-opensearch-test");
            LocalCluster cluster = new LocalCluster(root, home, freePorts());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.script("stop");
                    deleteTree(home);
                } catch (IOException | InterruptedException e) {
                    System.err.println("LocalCluster: stopping the test cluster failed (its data stays in " + home + "): " + e);
                }
            }, "stop-test-cluster"));
            cluster.start();
            shared = cluster;
        }
        return shared;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A first HTTP port such that PORT..PORT+2 and PORT+100..PORT+102 are free. */
    private static int freePorts() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + ThreadLocalRandom.current().nextInt(20_000);
            if (free(base) && free(base + 100)) {
                return base;
            }
        }
        throw new IOException("no free loopback ports for a test cluster after 50 tries");
    }

    private static boolean free(int first) {
        for (int p = first; p < first + NODES; p++) {
            try (ServerSocket socket = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    /** The HTTP address of node 1. */
    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    ClusterAccess access() {
        return ClusterAccess.of(url().toString(), Map.of());
    }

    /** Starts the nodes that are not running and waits until the cluster is green. */
    void start() throws IOException, InterruptedException {
        script("start", Integer.toString(NODES));
    }

    /** Kills node {@code n} (1-based) with SIGKILL. */
    void kill(int n) throws IOException, InterruptedException {
        script("kill", Integer.toString(n));
    }

    private void script(String... args) throws IOException, InterruptedException {
        Path log = home.resolve("cluster-sh.log");
        ProcessBuilder builder = new ProcessBuilder(concat(List.of("bash", root.resolve("releng/opensearch/cluster.sh").toString()), args));
        builder.environment().put("FAULTLINE_OPENSEARCH_HOME", home.toString());
        builder.environment().put("FAULTLINE_OPENSEARCH_PORT", Integer.toString(port));
        builder.environment().put("FAULTLINE_OPENSEARCH_HEAP", "512m");
        builder.environment().put("FAULTLINE_OPENSEARCH_WAIT", "240");
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

    private static List<String> concat(List<String> head, String... tail) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
