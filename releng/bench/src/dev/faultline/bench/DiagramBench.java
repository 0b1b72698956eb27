package dev.faultline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;

import dev.faultline.diagram.DiagramBuilder;
import dev.faultline.diagram.DiagramExporter;
import dev.faultline.diagram.DiagramLayout;
import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.ExportFormat;
import dev.faultline.diagram.SampleDiagram;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.model.CausalLink;
import dev.faultline.model.CausalNode;
import dev.faultline.model.Confidence;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.DriverType;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.RelationKind;
import dev.faultline.model.Update;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.sample.SampleInvestigation;

/**
 * The diagram bench (suite "diagram"): layout and exports of a large causal-chain diagram, and
 * Graphviz dot on the same graph as a peer. {@code DiagramBench WORK WARMUP PASSES NODES LINKS} prints
 * Markdown rows; {@code DiagramBench look OUT} writes the sample's SVG, PNG and PDF to OUT.
 */
public final class DiagramBench {

    private DiagramBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("look")) {
            Path out = Path.of(args[1]);
            Files.createDirectories(out);
            InvestigationFolder folder = SampleInvestigation.writeTo(Files.createTempDirectory("diagram-look"));
            Diagram diagram = SampleDiagram.writeTo(folder);
            for (ExportFormat format : ExportFormat.values()) {
                DiagramExporter.export(diagram, folder, format, 2, out.resolve("sample." + format.extension()));
            }
            System.out.println("wrote " + out);
            return;
        }
        Path work = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        int nodes = Integer.parseInt(args[3]);
        int links = Integer.parseInt(args[4]);
        InvestigationFolder folder = InvestigationFolder.create(work.resolve("case"), synthetic(nodes, links));
        Diagram diagram = DiagramBuilder.fromCausalLinks(folder, "bench", null, false);
        DiagramScene scene = DiagramScene.of(diagram, folder);
        if (scene.nodes().size() != nodes || scene.edges().size() != links) {
            throw new IllegalStateException("expected " + nodes + " / " + links + ", got " + scene.nodes().size() + " / "
                    + scene.edges().size());
        }
        row("ELK layered layout (DiagramLayout.compute)", warmup, passes,
                () -> DiagramLayout.compute(DiagramScene.of(diagram, folder)));
        row("SVG export (DiagramExporter.toSvg)", warmup, passes, () -> DiagramExporter.toSvg(diagram, folder));
        row("PNG export, scale 0.5 (DiagramExporter.toPng)", warmup, passes, () -> DiagramExporter.toPng(diagram, folder, 0.5));
        row("PDF export (DiagramExporter.toPdf)", warmup, passes, () -> DiagramExporter.toPdf(diagram, folder));
        Path dot = work.resolve("bench.dot");
        Files.writeString(dot, dot(scene));
        if (onPath("dot")) {
            row("peer: Graphviz dot -Tsvg, same graph (process start included)", 1, Math.min(passes, 3), () -> {
                Process process = new ProcessBuilder("dot", "-Tsvg", "-o", work.resolve("dot.svg").toString(), dot.toString())
                        .redirectErrorStream(true).start();
                process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("dot failed");
                }
                return null;
            });
        } else {
            System.out.println("| peer: Graphviz dot (not installed) | - | - | - |");
        }
    }

    /** Updates, drivers, crash clusters and outages in four layers; every node reached; extra links forward. */
    public static Investigation synthetic(int nodes, int links) {
        FaultlineFactory f = FaultlineFactory.eINSTANCE;
        Investigation investigation = f.createInvestigation();
        investigation.setTitle("diagram bench");
        List<List<CausalNode>> layers = new ArrayList<>();
        for (int layer = 0; layer < 4; layer++) {
            layers.add(new ArrayList<>());
        }
        for (int i = 0; i < nodes; i++) {
            int layer = i % 4;
            CausalNode node;
            switch (layer) {
                case 0 -> {
                    Update u = f.createUpdate();
                    u.setIdentifier("Channel File " + (100 + i));
                    u.setReleasedAt(Instant.parse("2024-07-19T04:09:00Z").plusSeconds(i * 60L));
                    investigation.getUpdates().add(u);
                    node = u;
                }
                case 1 -> {
                    Driver d = f.createDriver();
                    d.setFileName("driver" + i + ".sys");
                    d.setType(DriverType.KERNEL);
                    investigation.getDrivers().add(d);
                    node = d;
                }
                case 2 -> {
                    CrashCluster c = f.createCrashCluster();
                    c.setName("cluster " + i);
                    c.setSignature("driver" + (i - 1) + "+0x" + Integer.toHexString(i * 977));
                    investigation.getCrashClusters().add(c);
                    node = c;
                }
                default -> {
                    Outage o = f.createOutage();
                    o.setService("Service " + i);
                    o.setSector("sector " + (i % 7));
                    investigation.getOutages().add(o);
                    node = o;
                }
            }
            layers.get(layer).add(node);
        }
        Random random = new Random(42);
        RelationKind[] relations = { RelationKind.LOADED_BY, RelationKind.CRASHES, RelationKind.CAUSES_OUTAGE };
        int made = 0;
        for (int layer = 1; layer < 4 && made < links; layer++) {
            List<CausalNode> effects = layers.get(layer);
            for (int i = 0; i < effects.size(); i++) {
                List<CausalNode> causes = layers.get(layer - 1);
                link(investigation, causes.get(i % causes.size()), effects.get(i), relations[layer - 1], random);
                if (++made == links) {
                    break;
                }
            }
        }
        while (made < links) {
            int from = random.nextInt(3);
            int to = from + 1 + random.nextInt(3 - from);
            List<CausalNode> causes = layers.get(from);
            List<CausalNode> effects = layers.get(to);
            link(investigation, causes.get(random.nextInt(causes.size())), effects.get(random.nextInt(effects.size())),
                    relations[to - 1], random);
            made++;
        }
        return investigation;
    }

    private static void link(Investigation investigation, CausalNode cause, CausalNode effect, RelationKind relation,
            Random random) {
        CausalLink link = FaultlineFactory.eINSTANCE.createCausalLink();
        link.setCause(cause);
        link.setEffect(effect);
        link.setRelation(relation);
        link.setConfidence(Confidence.values()[random.nextInt(Confidence.values().length)]);
        investigation.getCausalLinks().add(link);
    }

    /** The same graph for Graphviz: fixed box sizes as laid out, edge labels, left to right. */
    static String dot(DiagramScene scene) {
        StringBuilder dot = new StringBuilder("digraph bench {\n rankdir=LR;\n node [shape=box, fixedsize=true];\n");
        List<EObject> facts = new ArrayList<>();
        for (DiagramScene.Node node : scene.nodes()) {
            facts.add(node.fact());
            dot.append(String.format(Locale.ROOT, " n%d [label=\"%s\", width=%.2f, height=%.2f];%n", facts.size(),
                    node.content().title().replace("\"", "'"), node.width() / 72, node.height() / 72));
        }
        for (DiagramScene.Edge edge : scene.edges()) {
            int source = facts.indexOf(factOf(scene, edge.notation().getSource())) + 1;
            int target = facts.indexOf(factOf(scene, edge.notation().getTarget())) + 1;
            dot.append(" n").append(source).append(" -> n").append(target).append(" [label=\"")
                    .append(edge.content().firstLine()).append("\\n").append(edge.content().secondLine()).append("\"];\n");
        }
        return dot.append("}\n").toString();
    }

    private static EObject factOf(DiagramScene scene, Object notation) {
        for (DiagramScene.Node node : scene.nodes()) {
            if (node.notation() == notation) {
                return node.fact();
            }
        }
        return null;
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static void row(String what, int warmup, int passes, Callable<?> task) throws Exception {
        for (int i = 0; i < warmup; i++) {
            task.call();
        }
        long[] times = new long[passes];
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            task.call();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", what, times[passes / 2] / 1e6, times[0] / 1e6,
                times[passes - 1] / 1e6);
    }
}
