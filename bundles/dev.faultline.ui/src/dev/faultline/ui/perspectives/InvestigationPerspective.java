package dev.faultline.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.faultline.ui.clusters.ClustersView;
import dev.faultline.ui.drivers.DriverAuditView;
import dev.faultline.ui.proposals.ProposalsView;
import dev.faultline.ui.search.SearchView;
import dev.faultline.ui.timeline.TimelineView;
import dev.faultline.ui.views.EvidenceView;
import dev.faultline.ui.views.InvestigationExplorerView;
import dev.faultline.ui.views.ProblemsView;

/**
 * The Investigation perspective: the Investigation Explorer on the left (a diagram's overview, the
 * Outline, below it), the editor area (the Investigation Overview, diagrams) in the middle with
 * Properties, Problems and Evidence to its right, and the wide views responders read tables in —
 * Search, Timeline, Crash Clusters, Proposed Links, Driver Audit — across the bottom.
 */
public class InvestigationPerspective implements IPerspectiveFactory {

    public static final String ID = "dev.faultline.ui.perspective.investigation";
    public static final String LEFT_FOLDER = "dev.faultline.ui.folder.left";
    /** The wide folder at the bottom: search, timeline and the analysis views. */
    public static final String BOTTOM_FOLDER = "dev.faultline.ui.folder.bottom";
    /** The folder right of the editor area: properties, problems, evidence. */
    public static final String RIGHT_FOLDER = "dev.faultline.ui.folder.right";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.2f, editorArea);
        left.addView(InvestigationExplorerView.ID);
        // a diagram's overview (Outline view) opens below the explorer
        layout.addPlaceholder(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.66f, LEFT_FOLDER);
        // made before the right-hand folder, so it spans the editor area and that folder
        IFolderLayout wide = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.5f, editorArea);
        wide.addView(SearchView.ID);
        wide.addView(TimelineView.ID);
        wide.addView(ClustersView.ID);
        wide.addView(ProposalsView.ID);
        wide.addView(DriverAuditView.ID);
        IFolderLayout right = layout.createFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.66f, editorArea);
        right.addView(IPageLayout.ID_PROP_SHEET);
        right.addView(ProblemsView.ID);
        right.addView(EvidenceView.ID);
        layout.addShowViewShortcut(InvestigationExplorerView.ID);
        layout.addShowViewShortcut(ProblemsView.ID);
        layout.addShowViewShortcut(EvidenceView.ID);
        layout.addShowViewShortcut(SearchView.ID);
        layout.addShowViewShortcut(TimelineView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(ClustersView.ID);
        layout.addShowViewShortcut(ProposalsView.ID);
        layout.addShowViewShortcut(DriverAuditView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
    }
}
