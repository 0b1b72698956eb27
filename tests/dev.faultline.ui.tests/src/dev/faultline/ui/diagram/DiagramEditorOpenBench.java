package dev.faultline.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.diagram.DiagramBuilder;
import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.ui.DiagramEditor;
import dev.faultline.diagram.ui.DiagramEditors;
import dev.faultline.model.CausalLink;
import dev.faultline.model.CausalNode;
import dev.faultline.model.Confidence;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.RelationKind;
import dev.faultline.model.Update;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.UiWait;

/**
 * Part of the bench suite "diagram" (releng/bench/suites/diagram.sh), not of the normal test run: runs
 * only when {@code -Dfaultline.bench.diagram.out=FILE} is set. Opens a 500-box, 800-arrow diagram of a
 * made-up investigation (updates, drivers, crash clusters, outages) in the editor and writes how long
 * opening took (until every figure is painted): the first open and the median of warm opens.
 */
class DiagramEditorOpenBench {

    @TempDir
    Path temp;

    @Test
    void openA500NodeDiagram() throws Exception {
        String out = System.getProperty("faultline.bench.diagram.out");
        assumeTrue(out != null, "bench only: set -Dfaultline.bench.diagram.out=FILE");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        Path sample = session.folder().root();
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("large"), synthetic(500, 800));
        Diagram diagram = DiagramBuilder.fromCausalLinks(folder, "large", null, false);
        DiagramFiles.save(folder, diagram);
        session.open(folder.root());
        UiWait.flush();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            DiagramEditor editor = DiagramEditors.open(page, session, "large");
            UiWait.flush();
            editor.viewer().getControl().update();
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(500, editor.viewer().getContents().getChildren().size());
            page.closeEditor(editor, false);
            UiWait.flush();
        }
        long first = millis.get(0);
        long[] warm = millis.subList(1, millis.size()).stream().mapToLong(Long::longValue).sorted().toArray();
        Files.writeString(Path.of(out), String.format(Locale.ROOT, "| editor opens the diagram, first open (class loading included) | %d | %d | %d |%n"
                + "| editor opens the diagram, warm | %d | %d | %d |%n", first, first, first, warm[warm.length / 2], warm[0],
                warm[warm.length - 1]));
        session.open(sample);
        UiWait.flush();
    }

    /** Four layers of 125 (updates, drivers, clusters, outages); every box linked; more links forward. */
    static Investigation synthetic(int nodes, int links) {
        FaultlineFactory f = FaultlineFactory.eINSTANCE;
        Investigation investigation = f.createInvestigation();
        investigation.setTitle("diagram bench (made up)");
        List<List<CausalNode>> layers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < nodes; i++) {
            CausalNode node;
            switch (i % 4) {
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
                    investigation.getDrivers().add(d);
                    node = d;
                }
                case 2 -> {
                    CrashCluster c = f.createCrashCluster();
                    c.setName("cluster " + i);
                    investigation.getCrashClusters().add(c);
                    node = c;
                }
                default -> {
                    Outage o = f.createOutage();
                    o.setService("Service " + i);
                    investigation.getOutages().add(o);
                    node = o;
                }
            }
            layers.get(i % 4).add(node);
        }
        java.util.Random random = new java.util.Random(42);
        int made = 0;
        for (int layer = 1; layer < 4; layer++) {
            List<CausalNode> effects = layers.get(layer);
            for (int i = 0; i < effects.size() && made < links; i++, made++) {
                link(investigation, layers.get(layer - 1).get(i % layers.get(layer - 1).size()), effects.get(i));
            }
        }
        while (made++ < links) {
            int from = random.nextInt(3);
            int to = from + 1 + random.nextInt(3 - from);
            link(investigation, layers.get(from).get(random.nextInt(layers.get(from).size())),
                    layers.get(to).get(random.nextInt(layers.get(to).size())));
        }
        return investigation;
    }

    private static void link(Investigation investigation, CausalNode cause, CausalNode effect) {
        CausalLink link = FaultlineFactory.eINSTANCE.createCausalLink();
        link.setCause(cause);
        link.setEffect(effect);
        link.setRelation(RelationKind.TRIGGERS);
        link.setConfidence(Confidence.HIGH);
        investigation.getCausalLinks().add(link);
    }
}
