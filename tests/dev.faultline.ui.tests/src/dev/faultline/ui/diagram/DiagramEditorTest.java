package dev.faultline.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.DiagramsFollowLinks;
import dev.faultline.diagram.ui.figures.EdgeFigure;
import dev.faultline.diagram.ui.figures.NodeFigure;
import dev.faultline.diagram.ui.DiagramEditor;
import dev.faultline.diagram.ui.DiagramEditors;
import dev.faultline.diagram.notation.DiagramEdge;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.model.CausalLink;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.Confidence;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.RelationKind;
import dev.faultline.model.Update;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;
import dev.faultline.ui.views.InvestigationExplorerView;

/**
 * The sample's causal-chain diagram in the editor: a new driver and a causal link drawn with the
 * palette (mouse events on the canvas), the driver renamed in place (click, F2, typing, Enter), undo and
 * redo from the diagram and from the explorer (one shared stack), the ELK layout, an SVG export.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DiagramEditorTest {

    @TempDir
    Path temp;
    private IWorkbenchPage page;
    private InvestigationSession session;
    private DiagramEditor editor;

    @BeforeEach
    void openTheSampleDiagram() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        editor = DiagramEditors.open(page, session, "causal-chain");
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush();
        editor.actions().zoomFit().run();
        UiWait.flush();
    }

    @AfterEach
    void closeWithoutSaving() {
        while (session.commandStack().canUndo() && session.isDirty()) {
            session.commandStack().undo();
        }
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        page.closeEditor(editor, false);
        UiWait.flush();
    }

    @Test
    void theSampleDiagramShowsTheChainAsInTheExports() {
        assertEquals(12, editor.diagram().getNodes().size());
        Driver csagent = driver("csagent.sys");
        GraphicalEditPart box = (GraphicalEditPart) editor.partOf(csagent);
        assertNotNull(box, "csagent.sys has a box");
        assertTrue(box.getFigure().getBounds().width >= 250, box.getFigure().getBounds().toString());
        assertEquals(2, box.getSourceConnections().size() + box.getTargetConnections().size(), "loaded by and crashes");

        editor.viewer().select(box);
        UiWait.flush();
        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertSame(csagent, selection.getFirstElement(), "the selection is the driver itself (Properties view)");
    }

    @Test
    void arrowLabelsCoverNoBoxAndNoOtherLabelAfterALinkIsAcceptedBesideAnother() {
        Update sensor = session.investigation().getUpdates().stream().filter(u -> "Sensor 7.11".equals(u.getIdentifier())).findFirst()
                .orElseThrow();
        CausalLink link = FaultlineFactory.eINSTANCE.createCausalLink();
        link.setCause(sensor);
        link.setEffect(driver("csagent.sys"));
        link.setRelation(RelationKind.LOADED_BY);
        link.setConfidence(Confidence.LOW);
        session.commandStack().execute(new DiagramsFollowLinks(session.domain(), session.folder(), List.of(editor.diagram()),
                AddCommand.create(session.domain(), session.investigation(), FaultlinePackage.Literals.INVESTIGATION__CAUSAL_LINKS, link)));
        UiWait.flush();
        List<Rectangle> boxes = new java.util.ArrayList<>();
        List<Rectangle> labels = new java.util.ArrayList<>();
        for (Object part : editor.viewer().getEditPartRegistry().values()) {
            if (part instanceof GraphicalEditPart graphical && graphical.getFigure() instanceof NodeFigure node) {
                boxes.add(node.getBounds());
            } else if (part instanceof GraphicalEditPart graphical && graphical.getFigure() instanceof EdgeFigure edge) {
                labels.add(edge.label().getBounds());
            }
        }
        assertEquals(editor.diagram().getEdges().size(), labels.size(), "every arrow has its label, the accepted one too");
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).intersects(labels.get(j)), labels.get(i) + " overlaps label " + labels.get(j));
            }
            for (Rectangle box : boxes) {
                assertFalse(labels.get(i).intersects(box), labels.get(i) + " overlaps box " + box);
            }
        }
    }

    @Test
    void paletteLabelUndoRedoLayoutAndExport() throws Exception {
        GraphicalViewer viewer = editor.viewer();
        Control canvas = viewer.getControl();
        int drivers = session.investigation().getDrivers().size();
        int links = session.investigation().getCausalLinks().size();

        // a new driver from the palette, clicked onto an empty spot of the canvas
        activate("Driver");
        Point empty = emptySpot();
        CanvasInput.click(canvas, empty);
        UiWait.flush();
        assertEquals(drivers + 1, session.investigation().getDrivers().size(), "the palette made a driver");
        Driver created = session.investigation().getDrivers().get(drivers);
        assertEquals("New driver", created.getFileName());
        GraphicalEditPart createdBox = (GraphicalEditPart) editor.partOf(created);
        assertNotNull(createdBox, "the new driver has a box");

        // a causal link from the palette: click the new driver, then the crash cluster
        CrashCluster cluster = session.investigation().getCrashClusters().get(0);
        activate("Crashes");
        CanvasInput.click(canvas, CanvasInput.center((GraphicalEditPart) editor.partOf(created)));
        CanvasInput.click(canvas, CanvasInput.center((GraphicalEditPart) editor.partOf(cluster)));
        UiWait.flush();
        assertEquals(links + 1, session.investigation().getCausalLinks().size(), "the palette made a causal link");
        CausalLink link = session.investigation().getCausalLinks().get(links);
        assertSame(created, link.getCause());
        assertSame(cluster, link.getEffect());
        assertEquals(RelationKind.CRASHES, link.getRelation());
        assertTrue(shown(link), "the link has an arrow");

        // rename the driver in place: click it, F2, type, Enter
        CanvasInput.click(canvas, CanvasInput.center((GraphicalEditPart) editor.partOf(created)));
        assertEquals(List.of(editor.partOf(created)), viewer.getSelectedEditParts(), "the click selected the new driver");
        CanvasInput.key(canvas, SWT.F2, (char) 0, 0);
        Text text = CanvasInput.findText(canvas.getParent());
        assertNotNull(text, "direct edit opened a text field over the box");
        text.setText("tcpip.sys");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        UiWait.flush();
        assertEquals("tcpip.sys", created.getFileName());

        // Edit > Undo in the diagram undoes the rename, Redo redoes it
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        page.activate(editor);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        UiWait.flush();
        assertEquals("New driver", created.getFileName());
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        UiWait.flush();
        assertEquals("tcpip.sys", created.getFileName());

        // the same stack from the explorer: its Undo now undoes the rename, then the diagram's link
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        page.activate(page.showView(InvestigationExplorerView.ID));
        UiWait.flush();
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        UiWait.flush();
        assertEquals("New driver", created.getFileName());
        assertFalse(session.investigation().getCausalLinks().contains(link), "the explorer's undo removed the diagram's link");
        assertFalse(shown(link), "... and the diagram no longer shows it");
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        UiWait.flush();
        assertTrue(shown(link), "redo from the explorer brings the arrow back");

        // layout: causes left of their effects, the new driver included
        page.activate(editor);
        editor.actions().layout().run();
        UiWait.flush();
        DiagramNode driverNode = nodeOf(created);
        DiagramNode clusterNode = nodeOf(cluster);
        assertTrue(driverNode.getX() + driverNode.getWidth() < clusterNode.getX(), "the layout put the driver left of the cluster");
        assertEquals("Layout", session.commandStack().getUndoCommand().getLabel());

        // export SVG: every label is text
        Path svg = temp.resolve("chain.svg");
        assertTrue(editor.actions().exportTo(editor.getSite().getShell(), svg));
        String content = Files.readString(svg);
        assertTrue(content.contains(">csagent.sys</text>"), "csagent.sys");
        assertTrue(content.contains(">Channel File 291</text>"), "291");
        assertTrue(content.contains(">0x50 PAGE_FAULT_IN_NONPAGED_AREA</text>"), "0x50");
        assertTrue(content.contains(">New driver</text>"), "the new driver's label");
    }

    private Driver driver(String fileName) {
        return session.investigation().getDrivers().stream().filter(d -> fileName.equals(d.getFileName())).findFirst().orElseThrow();
    }

    private DiagramNode nodeOf(EObject fact) {
        return editor.diagram().getNodes().stream()
                .filter(n -> DiagramScene.element(session.folder(), n.getElementId()) == fact).findFirst().orElseThrow();
    }

    private boolean shown(CausalLink link) {
        String id = session.folder().idOf(link);
        if (id == null) {
            return false;
        }
        for (Object part : editor.viewer().getEditPartRegistry().values()) {
            if (part instanceof org.eclipse.gef.ConnectionEditPart connection && connection.getModel() instanceof DiagramEdge edge
                    && id.equals(edge.getLinkId())) {
                return true;
            }
        }
        return false;
    }

    /** Clicks a palette entry (what a user's click on it does: make it the active tool). */
    private void activate(String label) {
        PaletteViewer palette = editor.viewer().getEditDomain().getPaletteViewer();
        ToolEntry entry = find(palette.getPaletteRoot(), label);
        assertNotNull(entry, "palette entry " + label);
        palette.setActiveTool(entry);
        UiWait.flush();
    }

    private static ToolEntry find(PaletteContainer container, String label) {
        for (Object child : container.getChildren()) {
            if (child instanceof ToolEntry tool && label.equals(tool.getLabel())) {
                return tool;
            }
            if (child instanceof PaletteContainer nested) {
                ToolEntry found = find(nested, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A point of the canvas (control coordinates) with no box under it, room for a new box to its right and below. */
    private Point emptySpot() {
        GraphicalEditPart content = (GraphicalEditPart) editor.viewer().getContents();
        IFigure layer = content.getFigure();
        List<?> boxes = content.getChildren();
        for (int y = 20; y < 1200; y += 20) {
            for (int x = 20; x < 2000; x += 20) {
                Rectangle candidate = new Rectangle(x, y, 260, 90);
                boolean free = boxes.stream().map(b -> ((GraphicalEditPart) b).getFigure().getBounds())
                        .noneMatch(bounds -> bounds.getExpanded(30, 30).intersects(candidate));
                if (free) {
                    Point point = new Point(x + 5, y + 5);
                    layer.translateToAbsolute(point);
                    if (editor.viewer().getControl().getBounds().contains(point.x, point.y)) {
                        return point;
                    }
                }
            }
        }
        throw new AssertionError("no empty spot on the canvas");
    }
}
