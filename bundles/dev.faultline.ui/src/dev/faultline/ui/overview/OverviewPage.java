package dev.faultline.ui.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;

import dev.faultline.model.Investigation;
import dev.faultline.model.validation.InvestigationValidator;
import dev.faultline.report.InvestigationCounts;
import dev.faultline.report.PostMortemBuilder;
import dev.faultline.report.SummarySection;
import dev.faultline.ui.session.InvestigationSession;

/**
 * The controls of the Investigation Overview, rebuilt from the model each time it changes: the
 * report's own summary (so the overview and the post-mortem say the same), the counts as links into the
 * Investigation Explorer, and links to every Faultline view and to the post-mortem export.
 */
public final class OverviewPage {

    /** What the ids of Faultline's own views start with. */
    private static final String VIEW_PREFIX = "dev.faultline.";

    private final ScrolledComposite scroll;
    private final Composite content;
    private final OverviewLinks links;
    private final InvestigationValidator validator = new InvestigationValidator();
    private InvestigationCounts counts;

    OverviewPage(Composite parent, IWorkbenchPartSite site) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(2, false));
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> layout());
        links = new OverviewLinks(site);
    }

    /** Shows the open investigation (or says there is none). */
    void show(InvestigationSession session) {
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        if (!session.isOpen()) {
            label(content, "No investigation is open. Use File > New Investigation or File > Open Investigation.", 2, SWT.WRAP);
            layout();
            return;
        }
        Investigation investigation = session.investigation();
        int problems = validator.validate(session.investigation(), session.folder().evidenceDir()).size();
        counts = InvestigationCounts.of(investigation, problems);
        SummarySection summary = PostMortemBuilder.summaryOf(investigation, counts);

        Label title = label(content, text(investigation.getTitle()), 2, SWT.WRAP);
        title.setFont(JFaceResources.getHeaderFont());
        label(content, "Status: " + summary.status() + "  \u00b7  severity: " + summary.severity() + "  \u00b7  "
                + session.folder().root(), 2, SWT.NONE);
        if (!summary.text().isEmpty()) {
            label(content, summary.text(), 2, SWT.WRAP);
        }
        keyTimes(group("Key times", 1), summary);
        countLinks(group("What the investigation holds", 1));
        impact(group("Impact", 2), summary);
        openLinks(group("Go to", 2));
        layout();
    }

    private void keyTimes(Composite box, SummarySection summary) {
        if (summary.incidents().isEmpty()) {
            label(box, "No incident is recorded, so there are no key times.", 2, SWT.WRAP);
        }
        for (SummarySection.Incident incident : summary.incidents()) {
            Label name = label(box, incident.title() + (incident.reconstructed() ? " (reconstructed)" : ""), 2, SWT.WRAP);
            name.setFont(JFaceResources.getBannerFont());
            pair(box, "Start", incident.start());
            pair(box, "Detected", incident.detected());
            pair(box, "Mitigated", incident.mitigated());
            pair(box, "Resolved", incident.resolved());
        }
    }

    private void countLinks(Composite box) {
        ((GridLayout) box.getLayout()).numColumns = 2;
        List<OverviewLinks.Count> all = links.counts(counts);
        for (OverviewLinks.Count count : all) {
            Link link = new Link(box, SWT.NONE);
            link.setText(count.number() == 0 ? count.text() : "<a>" + count.text() + "</a>");
            link.setData(count);
            link.addListener(SWT.Selection, e -> links.open(count));
        }
    }

    private void impact(Composite box, SummarySection summary) {
        List<String> lines = new ArrayList<>();
        summary.outages().stream().sorted(Comparator.comparing(SummarySection.Outage::service))
                .forEach(o -> lines.add("Outage: " + o.service() + " (" + o.sector() + "), from " + o.start()));
        summary.hostGroups().forEach(g -> lines.add("Host group: " + g.name() + " \u2014 " + g.affected() + " affected, "
                + g.recovered() + " recovered, of " + g.hosts()));
        if (lines.isEmpty()) {
            lines.add("No outage or host group is recorded.");
        }
        lines.forEach(line -> label(box, line, 2, SWT.WRAP));
    }

    private void openLinks(Composite box) {
        StringBuilder views = new StringBuilder();
        List<IViewDescriptor> descriptors = new ArrayList<>();
        for (IViewDescriptor view : PlatformUI.getWorkbench().getViewRegistry().getViews()) {
            if (view.getId().startsWith(VIEW_PREFIX)) {
                descriptors.add(view);
            }
        }
        descriptors.sort(Comparator.comparing(IViewDescriptor::getLabel));
        for (IViewDescriptor view : descriptors) {
            views.append(views.isEmpty() ? "" : "  \u00b7  ").append("<a href=\"").append(view.getId()).append("\">")
                    .append(view.getLabel()).append("</a>");
        }
        Link open = new Link(box, SWT.WRAP);
        open.setText(views.toString());
        open.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        open.addListener(SWT.Selection, e -> links.showView(e.text));
        Link export = new Link(box, SWT.NONE);
        export.setText("<a>Export Post-mortem\u2026</a> (HTML, Markdown or PDF, every statement cited)");
        export.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        export.addListener(SWT.Selection, e -> links.exportPostMortem());
    }

    private Composite group(String title, int span) {
        Group group = new Group(content, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, span, 1));
        return group;
    }

    private static void pair(Composite box, String key, String value) {
        label(box, key, 1, SWT.NONE);
        label(box, value, 1, SWT.NONE);
    }

    private static Label label(Composite parent, String text, int span, int style) {
        Label label = new Label(parent, style);
        label.setText(text(text).replace("&", "&&"));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        if ((style & SWT.WRAP) != 0) {
            data.widthHint = 200;
        }
        label.setLayoutData(data);
        return label;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private void layout() {
        content.layout(true, true);
        int width = Math.max(scroll.getClientArea().width, 400);
        scroll.setMinSize(content.computeSize(width, SWT.DEFAULT));
    }

    /** The counts shown now (for tests). */
    public InvestigationCounts counts() {
        return counts;
    }

    /** The page's top control (for tests and screenshots). */
    public Composite control() {
        return content;
    }

    void setFocus() {
        content.setFocus();
    }
}
