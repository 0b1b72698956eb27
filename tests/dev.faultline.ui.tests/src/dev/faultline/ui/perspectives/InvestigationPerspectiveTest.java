package dev.faultline.ui.perspectives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;

/** Starts in the real Faultline workbench (UI harness) and checks what the user sees first. */
@ExtendWith(ScreenshotOnFailure.class)
class InvestigationPerspectiveTest {

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no active workbench window");
        return window;
    }

    @Test
    void workbenchOpensOnTheInvestigationPerspective() {
        UiWait.forJobs(30_000);
        IWorkbenchPage page = window().getActivePage();
        assertEquals(InvestigationPerspective.ID, page.getPerspective().getId());
        assertEquals("Investigation", page.getPerspective().getLabel());
        assertEquals("Faultline", window().getShell().getText());
    }

    @Test
    void propertiesViewIsOpenAndSaysWhatItShows() {
        IWorkbenchPage page = window().getActivePage();
        IViewPart properties = page.findView(IPageLayout.ID_PROP_SHEET);
        assertNotNull(properties, "Properties view is not open");
        assertTrue(page.isPartVisible(properties), "Properties view is not visible");
        assertEquals("Properties", properties.getTitle());
    }

    @Test
    void explorerAndProblemsViewsAreOpenAndShowTheSample() {
        IWorkbenchPage page = window().getActivePage();
        UiWait.until(() -> dev.faultline.ui.session.Sessions.get().isOpen(), 30_000, "the sample to open");
        dev.faultline.ui.views.InvestigationExplorerView explorer =
                (dev.faultline.ui.views.InvestigationExplorerView) page.findView(dev.faultline.ui.views.InvestigationExplorerView.ID);
        assertNotNull(explorer, "Investigation Explorer is not open");
        assertTrue(page.isPartVisible(explorer));
        assertEquals("Investigation Explorer", explorer.getPartName());
        UiWait.until(() -> explorer.viewer().getTree().getItemCount() == 1, 10_000, "the explorer to show the investigation");
        dev.faultline.ui.views.ProblemsView problems =
                (dev.faultline.ui.views.ProblemsView) page.findView(dev.faultline.ui.views.ProblemsView.ID);
        assertNotNull(problems, "Problems view is not open");
        problems.validateNow();
        assertEquals("No problems: the investigation is consistent.", problems.getContentDescription(),
                () -> problems.problems().toString());
    }

    @Test
    void menuBarHasTheStandardMenusWithUndoAndRedo() {
        Shell shell = window().getShell();
        Menu bar = shell.getMenuBar();
        List<String> titles = Arrays.stream(bar.getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
        assertTrue(titles.containsAll(List.of("File", "Edit", "Window", "Help")), titles.toString());
        MenuItem edit = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Edit")).findFirst().orElseThrow();
        // menus are filled lazily: show it as a user would
        edit.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> editItems = Arrays.stream(edit.getMenu().getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
        assertTrue(editItems.stream().anyMatch(t -> t.startsWith("Undo")), editItems.toString());
        assertTrue(editItems.stream().anyMatch(t -> t.startsWith("Redo")), editItems.toString());
        edit.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        MenuItem file = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("File")).findFirst().orElseThrow();
        file.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> fileItems = Arrays.stream(file.getMenu().getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
        assertTrue(fileItems.stream().anyMatch(t -> t.startsWith("New Investigation...")), fileItems.toString());
        assertTrue(fileItems.stream().anyMatch(t -> t.startsWith("Open Investigation...")), fileItems.toString());
        assertTrue(fileItems.stream().anyMatch(t -> t.startsWith("Save")), fileItems.toString());
        file.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
    }

    /** The shell is really on screen with a usable size (not clipped to nothing). */
    @Test
    void windowIsShownAtAUsableSize() {
        Shell shell = window().getShell();
        assertTrue(shell.isVisible());
        assertTrue(shell.getSize().x >= 800 && shell.getSize().y >= 600, "window too small: " + shell.getSize());
        Control[] children = shell.getChildren();
        assertTrue(children.length > 0);
        assertTrue(Arrays.stream(children).noneMatch(c -> c instanceof Label && ((Label) c).getText().contains("Could not")));
    }
}
