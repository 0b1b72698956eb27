package dev.faultline.diagram.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.SampleDiagram;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.model.CausalLink;
import dev.faultline.model.Driver;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Outage;
import dev.faultline.model.RelationKind;
import dev.faultline.model.edit.InvestigationEditingDomains;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.sample.SampleInvestigation;

/** Every diagram command executed, undone and redone on the investigation's one command stack. */
class DiagramCommandsTest {

    @TempDir
    Path dir;
    InvestigationFolder folder;
    Diagram diagram;
    AdapterFactoryEditingDomain domain;
    CommandStack stack;

    @BeforeEach
    void open() throws IOException {
        folder = SampleInvestigation.writeTo(dir.resolve("sample"));
        diagram = SampleDiagram.writeTo(folder);
        domain = InvestigationEditingDomains.create(folder);
        stack = domain.getCommandStack();
    }

    @AfterEach
    void close() {
        InvestigationEditingDomains.dispose(domain);
    }

    private DiagramNode nodeOf(Object fact) {
        return diagram.getNodes().stream().filter(n -> DiagramScene.element(folder, n.getElementId()) == fact).findFirst()
                .orElseThrow();
    }

    private void run(Command command) {
        assertTrue(command.canExecute(), command.getLabel());
        stack.execute(command);
    }

    @Test
    void moveAndResizeStraightenAttachedArrowsAndUndo() {
        DiagramNode driver = nodeOf(folder.investigation().getDrivers().get(0));
        DiagramEdge attached = diagram.getEdges().stream().filter(e -> e.getSource() == driver).findFirst().orElseThrow();
        attached.getBendpoints().add(dev.faultline.diagram.notation.NotationFactory.eINSTANCE.createBendpoint());
        int x = driver.getX();
        int width = driver.getWidth();
        Command move = DiagramCommands.setBounds(domain, driver, x + 40, driver.getY(), width, driver.getHeight());
        assertEquals("Move", move.getLabel());
        run(move);
        assertEquals(x + 40, driver.getX());
        assertTrue(attached.getBendpoints().isEmpty());
        stack.undo();
        assertEquals(x, driver.getX());
        assertEquals(1, attached.getBendpoints().size());
        stack.redo();
        assertEquals(x + 40, driver.getX());
        run(DiagramCommands.setBounds(domain, driver, driver.getX(), driver.getY(), width + 60, 120));
        assertEquals(width + 60, driver.getWidth());
        assertEquals("Resize", stack.getUndoCommand().getLabel());
    }

    @Test
    void createFactAddsItToTheInvestigationAndTheDiagram() {
        int drivers = folder.investigation().getDrivers().size();
        int nodes = diagram.getNodes().size();
        Command create = DiagramCommands.createFact(domain, folder, diagram, FaultlinePackage.eINSTANCE.getDriver(), "tcpip.sys",
                10, 20, 250, 60);
        assertEquals("Create Driver", create.getLabel());
        run(create);
        Driver driver = folder.investigation().getDrivers().get(drivers);
        assertEquals("tcpip.sys", driver.getFileName());
        DiagramNode node = diagram.getNodes().get(nodes);
        assertSame(driver, DiagramScene.element(folder, node.getElementId()));
        String id = node.getElementId();
        stack.undo();
        assertEquals(drivers, folder.investigation().getDrivers().size());
        assertEquals(nodes, diagram.getNodes().size());
        stack.redo();
        assertSame(driver, DiagramScene.element(folder, id), "the same id after redo");
        assertEquals(nodes + 1, diagram.getNodes().size());
    }

    @Test
    void createLinkAddsACausalLinkAndAnArrow() {
        DiagramNode update = nodeOf(folder.investigation().getUpdates().get(1));
        DiagramNode outage = nodeOf(folder.investigation().getOutages().get(0));
        int links = folder.investigation().getCausalLinks().size();
        run(DiagramCommands.createLink(domain, folder, diagram, update, outage, RelationKind.TRIGGERS));
        CausalLink link = folder.investigation().getCausalLinks().get(links);
        assertSame(folder.investigation().getUpdates().get(1), link.getCause());
        assertEquals(RelationKind.TRIGGERS, link.getRelation());
        DiagramEdge edge = diagram.getEdges().get(diagram.getEdges().size() - 1);
        assertEquals(folder.idOf(link), edge.getLinkId());
        stack.undo();
        assertEquals(links, folder.investigation().getCausalLinks().size());
        assertFalse(diagram.getEdges().contains(edge));
        stack.redo();
        assertTrue(diagram.getEdges().contains(edge));
        assertFalse(DiagramCommands.createLink(domain, folder, diagram, update, update, RelationKind.TRIGGERS).canExecute(),
                "no link from a box to itself");
    }

    @Test
    void renameChangesTheFactsLabelAttribute() {
        Driver driver = folder.investigation().getDrivers().get(0);
        run(DiagramCommands.setLabel(domain, driver, "CSAgent.sys"));
        assertEquals("CSAgent.sys", driver.getFileName());
        stack.undo();
        assertEquals("csagent.sys", driver.getFileName());
    }

    @Test
    void removeFromDiagramKeepsTheModelButDeleteFromModelDoesNot() {
        Driver driver = folder.investigation().getDrivers().get(0);
        DiagramNode node = nodeOf(driver);
        int edges = diagram.getEdges().size();
        int links = folder.investigation().getCausalLinks().size();
        run(DiagramCommands.removeFromDiagram(domain, diagram, List.of(node), List.of()));
        assertFalse(diagram.getNodes().contains(node));
        assertEquals(edges - 2, diagram.getEdges().size(), "both arrows of the driver go with it");
        assertEquals(links, folder.investigation().getCausalLinks().size());
        assertTrue(folder.investigation().getDrivers().contains(driver));
        stack.undo();
        assertTrue(diagram.getNodes().contains(node));
        assertEquals(edges, diagram.getEdges().size());

        Command delete = DiagramCommands.deleteFromModel(domain, folder, diagram, List.of(node), List.of());
        assertEquals("Delete from Model", delete.getLabel());
        run(delete);
        assertFalse(folder.investigation().getDrivers().contains(driver));
        assertEquals(links - 2, folder.investigation().getCausalLinks().size(), "the driver's links are deleted with it");
        assertTrue(folder.investigation().getUpdates().get(1).getConsumedBy().isEmpty(), "references to it are removed");
        assertEquals(edges - 2, diagram.getEdges().size());
        stack.undo();
        assertTrue(folder.investigation().getDrivers().contains(driver));
        assertEquals(links, folder.investigation().getCausalLinks().size());
        assertEquals(edges, diagram.getEdges().size());
        assertSame(driver, DiagramScene.element(folder, node.getElementId()));
    }

    @Test
    void deleteALinkFromTheModel() {
        CausalLink loadedBy = folder.investigation().getCausalLinks().get(1);
        DiagramEdge edge = diagram.getEdges().stream().filter(e -> folder.idOf(loadedBy).equals(e.getLinkId())).findFirst()
                .orElseThrow();
        run(DiagramCommands.deleteFromModel(domain, folder, diagram, List.of(), List.of(edge)));
        assertNull(loadedBy.eContainer());
        assertFalse(diagram.getEdges().contains(edge));
        stack.undo();
        assertSame(folder.investigation(), loadedBy.eContainer());
    }

    @Test
    void alignLinesBoxesUpWithTheFirst() {
        List<Outage> outages = folder.investigation().getOutages();
        DiagramNode first = nodeOf(outages.get(0));
        DiagramNode second = nodeOf(outages.get(1));
        run(DiagramCommands.setBounds(domain, second, first.getX() + 77, second.getY(), second.getWidth(), second.getHeight()));
        run(DiagramCommands.align(domain, List.of(first, second), Alignment.LEFT));
        assertEquals(first.getX(), second.getX());
        stack.undo();
        assertEquals(first.getX() + 77, second.getX());
        assertFalse(DiagramCommands.align(domain, List.of(first), Alignment.TOP).canExecute());
    }

    @Test
    void layoutIsOneUndoableCommand() {
        DiagramNode driver = nodeOf(folder.investigation().getDrivers().get(0));
        int x = driver.getX();
        run(DiagramCommands.setBounds(domain, driver, x + 500, driver.getY() + 300, driver.getWidth(), driver.getHeight()));
        run(DiagramCommands.layout(domain, folder, diagram));
        assertEquals(x, driver.getX(), "the layout is deterministic");
        assertEquals("Layout", stack.getUndoCommand().getLabel());
        stack.undo();
        assertEquals(x + 500, driver.getX());
    }

    @Test
    void collapseHidesTheDetails() {
        DiagramNode driver = nodeOf(folder.investigation().getDrivers().get(0));
        run(DiagramCommands.setCollapsed(domain, driver, true));
        assertTrue(driver.isCollapsed());
        stack.undo();
        assertFalse(driver.isCollapsed());
    }
}
