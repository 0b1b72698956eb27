package dev.faultline.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.DiagramScene;
import dev.faultline.diagram.notation.DiagramNode;
import dev.faultline.diagram.ui.DiagramEditor;
import dev.faultline.model.Driver;
import dev.faultline.model.Update;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;

/**
 * Editing the sample's diagram with mouse and keys as a user does: drag a box, drag its corner handle,
 * align two boxes, Delete (remove from the diagram: the fact stays) versus Shift+Delete (delete from
 * the model), zoom keys, and the overview in the Outline view.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DiagramEditingTest {

    private IWorkbenchPage page;
    private InvestigationSession session;
    private DiagramEditor editor;
    private Control canvas;
    private ZoomManager zoom;

    @BeforeEach
    void openTheSampleDiagramAtFullSize() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        // File > Open Causal-Chain Diagram (Ctrl+Alt+D): the sample has one diagram, so it opens without asking
        assertEquals(List.of("causal-chain"), DiagramFiles.list(session.folder()));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("dev.faultline.diagram.ui.commands.openDiagram", null);
        UiWait.flush();
        editor = assertInstanceOf(DiagramEditor.class, page.getActiveEditor(), "the command opened the diagram editor");
        assertEquals("causal-chain", editor.getPartName());
        org.eclipse.draw2d.Viewport viewport = ((org.eclipse.draw2d.FigureCanvas) editor.viewer().getControl()).getViewport();
        assertEquals(viewport.getHorizontalRangeModel().getMinimum(), viewport.getViewLocation().x, "it opens at the drawing's left");
        assertEquals(viewport.getVerticalRangeModel().getMinimum(), viewport.getViewLocation().y, "... and top");
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.flush();
        canvas = editor.viewer().getControl();
        zoom = (ZoomManager) editor.getAdapter(ZoomManager.class);
        zoom.setZoom(1);
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
    void dragMovesAndTheCornerHandleResizesOneUndoEach() {
        Driver csagent = driver();
        GraphicalEditPart box = part(csagent);
        DiagramNode node = nodeOf(csagent);
        int x = node.getX();
        int y = node.getY();
        int width = node.getWidth();
        int height = node.getHeight();

        Point center = CanvasInput.center(box);
        CanvasInput.drag(canvas, center, center.getTranslated(40, 30));
        assertEquals(x + 40, node.getX(), "dragged right by 40");
        assertEquals(y + 30, node.getY(), "dragged down by 30");
        assertEquals(width, node.getWidth(), "a move keeps the size");

        // the drag selected the box: its bottom-right handle resizes it
        Rectangle bounds = CanvasInput.bounds(part(csagent));
        Point corner = new Point(bounds.right(), bounds.bottom());
        CanvasInput.drag(canvas, corner, corner.getTranslated(60, 20));
        assertEquals(x + 40, node.getX(), "resizing at the corner keeps the top left");
        assertEquals(width + 60, node.getWidth(), "wider by 60");
        assertEquals(height + 20, node.getHeight(), "taller by 20");
        assertEquals(width + 60, part(csagent).getFigure().getBounds().width, "the figure follows the model");

        session.commandStack().undo();
        assertEquals(width, node.getWidth(), "undo restores the size");
        session.commandStack().undo();
        assertEquals(x, node.getX(), "undo restores the place");
        assertEquals(y, node.getY());
    }

    @Test
    void alignLinesUpTwoSelectedBoxes() {
        Update channelFile = update("Channel File 291");
        Driver csagent = driver();
        CanvasInput.click(canvas, CanvasInput.center(part(channelFile)));
        CanvasInput.click(canvas, CanvasInput.center(part(csagent)), SWT.MOD1);
        assertEquals(2, editor.viewer().getSelectedEditParts().size(), "Ctrl+click added the driver to the selection");
        IAction alignTop = editor.actions().align().stream().filter(a -> a.getText().equals("Align Top")).findFirst().orElseThrow();
        assertTrue(alignTop.isEnabled(), "Align Top is enabled for two boxes");
        alignTop.run();
        UiWait.flush();
        assertEquals(nodeOf(channelFile).getY(), nodeOf(csagent).getY(), "the driver lines up with the first selected box");
        assertEquals(nodeOf(channelFile).getY(), CanvasInput.bounds(part(csagent)).y - CanvasInput.bounds(part(channelFile)).y
                + nodeOf(channelFile).getY(), "... on the canvas too");
    }

    @Test
    void deleteRemovesFromTheDiagramShiftDeleteFromTheModel() {
        Update sensor = update("Sensor 7.11");
        int nodes = editor.diagram().getNodes().size();
        int links = session.investigation().getCausalLinks().size();

        CanvasInput.click(canvas, CanvasInput.center(part(sensor)));
        CanvasInput.key(canvas, SWT.DEL, (char) 127, 0);
        assertNull(editor.partOf(sensor), "Delete took the box off the diagram");
        assertEquals(nodes - 1, editor.diagram().getNodes().size());
        assertTrue(session.investigation().getUpdates().contains(sensor), "... and left the update in the investigation");
        assertEquals(links, session.investigation().getCausalLinks().size(), "... with its causal link");
        session.commandStack().undo();
        UiWait.flush();
        assertNotNull(editor.partOf(sensor), "undo brings the box back");

        CanvasInput.click(canvas, CanvasInput.center(part(sensor)));
        CanvasInput.key(canvas, SWT.DEL, (char) 127, SWT.SHIFT);
        assertFalse(session.investigation().getUpdates().contains(sensor), "Shift+Delete deleted the update from the investigation");
        assertEquals(links - 1, session.investigation().getCausalLinks().size(), "... with its causal link");
        assertNull(editor.partOf(sensor));
        session.commandStack().undo();
        UiWait.flush();
        assertTrue(session.investigation().getUpdates().contains(sensor), "undo restores the update");
        assertEquals(links, session.investigation().getCausalLinks().size());
        assertNotNull(editor.partOf(sensor), "... and its box");
    }

    @Test
    void zoomKeysAndTheOverviewInTheOutlineView() throws Exception {
        CanvasInput.key(canvas, '=', '=', SWT.MOD1);
        assertEquals(1.25, zoom.getZoom(), 1e-9, "Ctrl+= zooms in");
        CanvasInput.key(canvas, '-', '-', SWT.MOD1);
        CanvasInput.key(canvas, '-', '-', SWT.MOD1);
        assertEquals(0.75, zoom.getZoom(), 1e-9, "Ctrl+- zooms out");
        CanvasInput.key(canvas, '0', '0', SWT.MOD1);
        assertTrue(zoom.getZoom() < 1, "Ctrl+0 zooms out to fit: " + zoom.getZoom());
        org.eclipse.swt.graphics.Rectangle visible = canvas.getBounds();
        for (Object box : editor.viewer().getContents().getChildren()) {
            Rectangle bounds = CanvasInput.bounds((GraphicalEditPart) box);
            assertTrue(bounds.x >= 0 && bounds.y >= 0 && bounds.right() <= visible.width && bounds.bottom() <= visible.height,
                    "Ctrl+0 shows every box: " + bounds + " in " + visible);
        }

        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        editor.actions().overview().run();
        UiWait.flush();
        ContentOutline outline = (ContentOutline) page.findView(IPageLayout.ID_OUTLINE);
        assertNotNull(outline, "Show Overview opened the Outline view");
        assertTrue(page.isPartVisible(outline));
        page.activate(editor);
        UiWait.flush();
        assertInstanceOf(Canvas.class, outline.getCurrentPage().getControl(), "the outline shows the diagram's overview");
        assertTrue(outline.getCurrentPage().getControl().getSize().x > 50, "... with room to see it");
        page.hideView(outline);
    }

    private Driver driver() {
        return session.investigation().getDrivers().stream().filter(d -> "csagent.sys".equals(d.getFileName())).findFirst().orElseThrow();
    }

    private Update update(String name) {
        return session.investigation().getUpdates().stream().filter(u -> name.equals(u.getIdentifier())).findFirst().orElseThrow();
    }

    /** The box of {@code fact}, scrolled into view (as a user scrolls to a box before clicking it). */
    private GraphicalEditPart part(Object fact) {
        GraphicalEditPart part = (GraphicalEditPart) editor.partOf((org.eclipse.emf.ecore.EObject) fact);
        assertNotNull(part, fact + " has a box");
        editor.viewer().reveal(part);
        UiWait.flush();
        return part;
    }

    private DiagramNode nodeOf(Object fact) {
        List<DiagramNode> nodes = editor.diagram().getNodes();
        return nodes.stream().filter(n -> DiagramScene.element(session.folder(), n.getElementId()) == fact).findFirst().orElseThrow();
    }
}
