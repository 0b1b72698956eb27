package dev.faultline.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.faultline.ui.search.SearchView;
import dev.faultline.ui.views.EvidenceView;
import dev.faultline.ui.views.InvestigationExplorerView;
import dev.faultline.ui.views.ProblemsView;

/**
 * The Investigation perspective: the Investigation Explorer on the left, Search in the middle,
 * Properties, Problems and Evidence below it (the editor area is hidden until there are editors).
 */
public class InvestigationPerspective implements IPerspectiveFactory {

    public static final String ID = "dev.faultline.ui.perspective.investigation";
    public static final String LEFT_FOLDER = "dev.faultline.ui.folder.left";
    /** The folder in the middle, for search (and later the timeline). */
    public static final String CENTER_FOLDER = "dev.faultline.ui.folder.center";
    /** The folder at the bottom, for properties and problems. */
    public static final String BOTTOM_FOLDER = "dev.faultline.ui.folder.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        // no editor kinds yet (diagrams come later): the views share the window
        layout.setEditorAreaVisible(false);
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.32f, editorArea);
        left.addView(InvestigationExplorerView.ID);
        IFolderLayout center = layout.createFolder(CENTER_FOLDER, IPageLayout.TOP, 0.58f, editorArea);
        center.addView(SearchView.ID);
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.62f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(ProblemsView.ID);
        bottom.addView(EvidenceView.ID);
        layout.addShowViewShortcut(InvestigationExplorerView.ID);
        layout.addShowViewShortcut(ProblemsView.ID);
        layout.addShowViewShortcut(EvidenceView.ID);
        layout.addShowViewShortcut(SearchView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
