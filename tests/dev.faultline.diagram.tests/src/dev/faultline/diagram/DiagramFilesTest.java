package dev.faultline.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.model.persistence.InvestigationFolder;

class DiagramFilesTest {

    @TempDir
    Path dir;

    @Test
    void theSampleComesWithItsChainDrawnAndItReadsBackTheSame() throws IOException {
        SampleFixture sample = new SampleFixture(dir);
        assertEquals(List.of(DiagramFiles.DEFAULT_NAME), DiagramFiles.list(sample.folder));
        Path file = sample.folder.diagramsDir().resolve("causal-chain.diagram");
        assertTrue(Files.isRegularFile(file));

        InvestigationFolder reopened = InvestigationFolder.open(sample.folder.root());
        Diagram loaded = DiagramFiles.load(reopened, DiagramFiles.DEFAULT_NAME);
        assertEquals(sample.diagram.getNodes().size(), loaded.getNodes().size());
        assertEquals(sample.diagram.getEdges().size(), loaded.getEdges().size());
        DiagramScene scene = DiagramScene.of(loaded, reopened);
        assertEquals(loaded.getNodes().size(), scene.nodes().size(), "every node resolves to a fact of the reopened model");
        assertEquals(loaded.getEdges().size(), scene.edges().size(), "every edge resolves");
        // channel file 291 -> csagent.sys -> crash cluster, drawn
        DiagramEdge loadedBy = loaded.getEdges().stream()
                .filter(e -> DiagramScene.element(reopened, e.getLinkId()) == reopened.investigation().getCausalLinks().get(1))
                .findFirst().orElseThrow();
        assertEquals(reopened.investigation().getUpdates().get(1), DiagramScene.element(reopened, loadedBy.getSource().getElementId()));
    }

    @Test
    void theSampleDiagramFileIsTheSameOnEveryWrite() throws IOException {
        SampleFixture first = new SampleFixture(dir.resolve("a"));
        SampleFixture second = new SampleFixture(dir.resolve("b"));
        byte[] a = Files.readAllBytes(first.folder.diagramsDir().resolve("causal-chain.diagram"));
        byte[] b = Files.readAllBytes(second.folder.diagramsDir().resolve("causal-chain.diagram"));
        assertEquals(new String(a, StandardCharsets.UTF_8), new String(b, StandardCharsets.UTF_8));
        assertTrue(new String(a, StandardCharsets.UTF_8).contains("xmi:id=\"node-1\""));
    }

    @Test
    void savingReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        SampleFixture sample = new SampleFixture(dir);
        sample.diagram.getNodes().get(0).setX(4242);
        DiagramFiles.save(sample.folder, sample.diagram);
        assertEquals(4242, DiagramFiles.load(sample.folder, DiagramFiles.DEFAULT_NAME).getNodes().get(0).getX());
        try (Stream<Path> files = Files.list(sample.folder.diagramsDir())) {
            assertEquals(List.of("causal-chain.diagram"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aMissingDiagramIsNamedWithTheOnesThereAre() throws IOException {
        SampleFixture sample = new SampleFixture(dir);
        DiagramException e = assertThrows(DiagramException.class, () -> DiagramFiles.load(sample.folder, "nope"));
        assertTrue(e.getMessage().contains("no diagram 'nope'"), e.getMessage());
        assertTrue(e.getMessage().contains("causal-chain"), e.getMessage());
    }

    @Test
    void namesThatAreNoFileNamesAreRefused() throws IOException {
        SampleFixture sample = new SampleFixture(dir);
        for (String bad : new String[] { "../escape", "a/b", "", ".hidden", "x".repeat(65), "trailing." }) {
            assertFalse(DiagramFiles.isValidName(bad), bad);
            assertThrows(DiagramException.class, () -> DiagramFiles.fileOf(sample.folder, bad), bad);
        }
        assertTrue(DiagramFiles.isValidName("Channel file 291 v2"));
    }

    @Test
    void aDamagedFileIsReportedWithFileAndLine() throws IOException {
        SampleFixture sample = new SampleFixture(dir);
        Path file = sample.folder.diagramsDir().resolve("broken.diagram");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<fldiagram:Diagram xmlns:fldiagram=\"urn:faultline:diagram:1.0\">\n<nodes x=\"oops\"/>\n");
        DiagramException e = assertThrows(DiagramException.class, () -> DiagramFiles.load(sample.folder, "broken"));
        assertTrue(e.getMessage().startsWith(file.toString() + ":"), e.getMessage());
    }
}
