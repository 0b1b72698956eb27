package dev.faultline.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Investigation perspective: navigation on the left, the editor area (diagrams, records) in
 * the middle, details at the bottom.
 */
public class InvestigationPerspective implements IPerspectiveFactory {

    public static final String ID = "dev.faultline.ui.perspective.investigation";
    /** The folder at the bottom, for properties and problems. */
    public static final String BOTTOM_FOLDER = "dev.faultline.ui.folder.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
