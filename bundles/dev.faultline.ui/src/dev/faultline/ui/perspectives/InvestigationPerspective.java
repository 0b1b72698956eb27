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
 * The Investigation perspective: the Investigation Explorer on the left, the editor area (the
 * Investigation Overview, diagrams) in the middle, Search, Crash Clusters and Proposed Links to its
 * right, Properties, Problems, Evidence and Driver Audit below them.
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
        // the editor area holds the Investigation Overview (and diagrams), Search sits to its right
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.24f, editorArea);
        left.addView(InvestigationExplorerView.ID);
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.64f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(ProblemsView.ID);
        bottom.addView(EvidenceView.ID);
        bottom.addView(DriverAuditView.ID);
        bottom.addView(TimelineView.ID);
        IFolderLayout center = layout.createFolder(CENTER_FOLDER, IPageLayout.RIGHT, 0.56f, editorArea);
        center.addView(SearchView.ID);
        center.addView(ClustersView.ID);
        center.addView(ProposalsView.ID);
        layout.addShowViewShortcut(InvestigationExplorerView.ID);
        layout.addShowViewShortcut(ProblemsView.ID);
        layout.addShowViewShortcut(EvidenceView.ID);
        layout.addShowViewShortcut(SearchView.ID);
        layout.addShowViewShortcut(TimelineView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(ClustersView.ID);
        layout.addShowViewShortcut(ProposalsView.ID);
        layout.addShowViewShortcut(DriverAuditView.ID);
    }
}
