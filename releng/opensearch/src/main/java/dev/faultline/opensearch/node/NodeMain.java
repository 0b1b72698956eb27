package dev.faultline.opensearch.node;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * Starts one OpenSearch node in this JVM with the modules a Faultline index needs loaded from the
 * class path: {@code transport-netty4} (the HTTP and transport layers) and {@code analysis-common}
 * (the {@code pattern_capture} token filter of Faultline's mapping). The arguments are node settings,
 * {@code key=value} each (e.g. {@code path.home=DIR node.name=n1 http.port=9200}). Runs until the
 * process is terminated; a termination signal closes the node cleanly.
 * <p>
 * This is what the distribution's bootstrap does without its tarball: no jar-hell check, no
 * bootstrap checks (nodes bind to the loopback address only) and no security agent.
 */
public final class NodeMain {

    /** The class-path modules: name, the plugin class. */
    private static final Map<String, String> MODULES = Map.of( //
            "transport-netty4", "org.opensearch.transport.Netty4ModulePlugin", //
            "analysis-common", "org.opensearch.analysis.common.CommonAnalysisModulePlugin");

    private NodeMain() {
    }

    /** A node whose plugins come from the class path (the constructor that takes them is protected). */
    private static final class ClasspathNode extends Node {
        ClasspathNode(Environment environment, List<PluginInfo> plugins) {
            super(environment, plugins, true);
        }
    }

    public static void main(String[] args) throws Exception {
        Settings.Builder settings = Settings.builder();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                System.err.println("NodeMain: expected key=value, got '" + arg + "'");
                System.exit(1);
            }
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Settings given = settings.build();
        if (given.get("path.home") == null) {
            System.err.println("NodeMain: path.home=DIR is required");
            System.exit(1);
        }
        Environment environment = InternalSettingsPreparer.prepareEnvironment(given, Map.of(), null, () -> given.get("node.name"));
        List<PluginInfo> plugins = MODULES.entrySet().stream()
                .map(m -> new PluginInfo(m.getKey(), m.getKey() + " (class path)", Version.CURRENT.toString(), Version.CURRENT,
                        Runtime.version().feature() + "", m.getValue(), null, List.of(), false))
                .toList();
        Node node = new ClasspathNode(environment, plugins);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("NodeMain: closing the node failed: " + e);
            } finally {
                closed.countDown();
            }
        }, "node-shutdown"));
        node.start();
        System.out.println("NodeMain: node " + given.get("node.name") + " started");
        closed.await(); // OpenSearch's own threads are daemons: this one keeps the JVM alive
    }
}
