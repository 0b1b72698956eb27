package dev.faultline.ui.overview;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

import dev.faultline.model.FaultlinePackage;
import dev.faultline.report.InvestigationCounts;
import dev.faultline.ui.report.ExportPostMortemHandler;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.views.InvestigationExplorerView;
import dev.faultline.ui.views.KindGroup;
import dev.faultline.ui.views.ProblemsView;

/** Where the overview's links lead: a kind of object in the explorer, a view, the post-mortem export. */
final class OverviewLinks {

    /** A count on the overview; {@code feature} is the kind it opens in the explorer ({@code null}: Problems). */
    record Count(String text, int number, EReference feature) {
    }

    private final IWorkbenchPartSite site;

    OverviewLinks(IWorkbenchPartSite site) {
        this.site = site;
    }

    List<Count> counts(InvestigationCounts c) {
        FaultlinePackage p = FaultlinePackage.eINSTANCE;
        List<Count> counts = new ArrayList<>();
        counts.add(count(c.hosts(), "host", "hosts", p.getInvestigation_Hosts()));
        counts.add(count(c.hostGroups(), "host group", "host groups", p.getInvestigation_HostGroups()));
        counts.add(count(c.drivers(), "driver", "drivers", p.getInvestigation_Drivers()));
        counts.add(count(c.updates(), "update", "updates", p.getInvestigation_Updates()));
        counts.add(count(c.crashes(), "crash analysis", "crash analyses", p.getInvestigation_CrashAnalyses()));
        counts.add(count(c.clusters(), "crash cluster", "crash clusters", p.getInvestigation_CrashClusters()));
        counts.add(count(c.outages(), "outage", "outages", p.getInvestigation_Outages()));
        counts.add(count(c.timelineEvents(), "timeline event", "timeline events", p.getInvestigation_TimelineEvents()));
        counts.add(count(c.causalLinks(), "causal link", "causal links", p.getInvestigation_CausalLinks()));
        counts.add(count(c.remediations(), "remediation", "remediations", p.getInvestigation_Remediations()));
        counts.add(count(c.evidenceFiles(), "evidence file", "evidence files", p.getInvestigation_Evidence()));
        counts.add(count(c.problems(), "problem", "problems", null));
        return counts;
    }

    private static Count count(int n, String one, String many, EReference feature) {
        return new Count(String.format("%,d %s", n, n == 1 ? one : many), n, feature);
    }

    /** Shows the kind in the Investigation Explorer (or the Problems view). */
    void open(Count count) {
        if (count.feature() == null) {
            showView(ProblemsView.ID);
            return;
        }
        try {
            InvestigationExplorerView explorer = (InvestigationExplorerView) page().showView(InvestigationExplorerView.ID);
            explorer.reveal(new KindGroup(Sessions.get().investigation(), count.feature()));
            explorer.viewer().expandToLevel(new KindGroup(Sessions.get().investigation(), count.feature()), 1);
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    void showView(String id) {
        try {
            page().showView(id);
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    void exportPostMortem() {
        try {
            site.getService(IHandlerService.class).executeCommand(ExportPostMortemHandler.COMMAND_ID, null);
        } catch (Exception e) {
            ILog.of(getClass()).error("Could not start the post-mortem export: " + e.getMessage(), e);
        }
    }

    private IWorkbenchPage page() {
        return site.getPage();
    }
}
