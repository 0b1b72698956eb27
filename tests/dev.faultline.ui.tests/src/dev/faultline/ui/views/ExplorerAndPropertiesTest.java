package dev.faultline.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.faultline.model.Driver;
import dev.faultline.model.sample.SampleInvestigation;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;

/**
 * The workbench opens the sample investigation; a user expands the tree, selects a driver, edits a
 * property in the Properties view with real SWT events, and undoes the edit through Edit > Undo.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ExplorerAndPropertiesTest {

    private IWorkbenchPage page;
    private InvestigationSession session;
    private InvestigationExplorerView explorer;

    @BeforeEach
    void sampleIsOpen() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        explorer = (InvestigationExplorerView) page.showView(InvestigationExplorerView.ID);
        UiWait.flush();
    }

    @Test
    void explorerShowsTheSampleAsATreeWithLabels() {
        assertEquals(SampleInvestigation.TITLE, session.investigation().getTitle());
        Tree tree = explorer.viewer().getTree();
        TreeItem root = tree.getItem(0);
        assertTrue(root.getText().startsWith("Investigation CrowdStrike Falcon channel file 291"), root.getText());
        assertNotNull(root.getImage(), "the root has no icon");
        expand(root);
        List<String> groups = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
        assertTrue(groups.containsAll(List.of("Drivers (1)", "Crash analyses (2)", "Updates (2)")), groups.toString());
        List<String> children = Arrays.stream(root.getItems()).flatMap(group -> {
            expand(group);
            return Arrays.stream(group.getItems());
        }).map(TreeItem::getText).toList();
        assertTrue(children.contains("Driver csagent.sys"), children.toString());
        assertTrue(children.stream().anyMatch(t -> t.startsWith("Crash Analysis PAGE_FAULT_IN_NONPAGED_AREA")), children.toString());
        assertTrue(children.stream().anyMatch(t -> t.startsWith("Update Channel File 291")), children.toString());
        assertTrue(Arrays.stream(root.getItems()).allMatch(i -> i.getImage() != null), "a group without icon");
    }

    @Test
    void editingAPropertyInThePropertiesViewIsUndoneByEditUndo() throws Exception {
        Driver driver = session.investigation().getDrivers().stream()
                .filter(d -> "csagent.sys".equals(d.getFileName())).findFirst().orElseThrow();
        String before = driver.getDisplayName();
        org.eclipse.emf.common.command.Command lastBefore = session.commandStack().getUndoCommand();
        boolean dirtyBefore = session.isDirty();

        // the user selects the driver in the explorer tree
        Tree tree = explorer.viewer().getTree();
        TreeItem root = tree.getItem(0);
        expand(root);
        TreeItem drivers = Arrays.stream(root.getItems()).filter(i -> i.getText().startsWith("Drivers (")).findFirst().orElseThrow();
        expand(drivers);
        TreeItem driverItem = Arrays.stream(drivers.getItems()).filter(i -> i.getText().equals("Driver csagent.sys")).findFirst().orElseThrow();
        tree.setSelection(driverItem);
        tree.notifyListeners(SWT.Selection, selectionEvent(driverItem));
        UiWait.flush();

        // ... opens the Properties view, clicks the value of "Display Name", types and presses Enter
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        UiWait.flush();
        Tree sheet = (Tree) properties.getCurrentPage().getControl();
        UiWait.until(() -> findRow(sheet, "Display Name") != null, 10_000, "the Display Name row in the Properties view");
        TreeItem row = findRow(sheet, "Display Name");
        Rectangle valueCell = row.getBounds(1);
        Event click = new Event();
        click.button = 1;
        click.x = valueCell.x + 5;
        click.y = valueCell.y + valueCell.height / 2;
        sheet.notifyListeners(SWT.MouseDown, click);
        UiWait.flush();
        Text editor = findText(sheet);
        assertNotNull(editor, "no text cell editor opened for Display Name");
        editor.setText("CrowdStrike Falcon");
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        editor.notifyListeners(SWT.DefaultSelection, enter);
        UiWait.flush();

        assertEquals("CrowdStrike Falcon", driver.getDisplayName());
        assertTrue(session.isDirty(), "the edit did not make the investigation dirty");
        assertTrue(explorer.isDirty());
        assertEquals("Set", session.commandStack().getUndoCommand().getLabel());
        assertTrue(driver.getDisplayName() != null && session.commandStack().canUndo());

        // Edit > Undo while the Properties view is active
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        UiWait.flush();
        assertEquals(before, driver.getDisplayName());
        assertEquals(lastBefore, session.commandStack().getUndoCommand(), "undo left the edit on the stack");
        assertEquals(dirtyBefore, session.isDirty(), "undoing the edit leaves the investigation as it was");
        UiWait.until(() -> textOf(findRow(sheet, "Display Name")).equals(before == null ? "" : before), 5_000,
                "the Properties view to show the old value");
    }

    private static String textOf(TreeItem row) {
        return row == null ? "<none>" : row.getText(1);
    }

    private static void expand(TreeItem item) {
        Tree tree = item.getParent();
        Event expand = selectionEvent(item);
        tree.notifyListeners(SWT.Expand, expand);
        item.setExpanded(true);
        UiWait.flush();
    }

    private static Event selectionEvent(TreeItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }

    private static TreeItem findRow(Tree tree, String name) {
        for (TreeItem item : tree.getItems()) {
            if (item.getText(0).equals(name)) {
                return item;
            }
            item.setExpanded(true);
            for (TreeItem child : item.getItems()) {
                if (child.getText(0).equals(name)) {
                    return child;
                }
            }
        }
        return null;
    }

    private static Text findText(org.eclipse.swt.widgets.Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text && text.isVisible()) {
                return text;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                Text nested = findText(composite);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
