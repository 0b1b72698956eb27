package dev.faultline.ui.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.FacetValue;
import dev.faultline.index.IndexDamagedException;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.index.opensearch.RecordedIndex;
import dev.faultline.intake.EvidenceRecords;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.timeline.TimelineIndexKeeper;

/**
 * Search: Lucene query syntax over every record of the investigation's evidence ({@code host:},
 * {@code module:}, {@code bugcheck:}, {@code event:}, {@code source:}, {@code tag:}, {@code kind:},
 * {@code time:[2024-07-19T04:00Z TO 2024-07-19T06:00Z]}), with query history, facet counts that
 * refine the query on a click, a lazy result table that pages through millions of hits,
 * highlighted snippets, the whole record of the selected hit with its evidence file, line and
 * SHA-256, and the actions Add to Timeline and Cite as Evidence.
 */
public class SearchView extends ViewPart implements InvestigationSession.Listener {

    public static final String ID = "dev.faultline.ui.views.search";
    private static final int HISTORY = 20;
    private static final String FACETS_TIP = "Click a value to add it to the query";

    private InvestigationSession session;
    private Combo query;
    private Combo sort;
    private Label status;
    private Tree facets;
    private boolean exactFacets;
    private TableViewer results;
    private Text detail;
    private SearchPager pager;
    /** The open index of the session's investigation: kept between searches and pages, closed when the investigation changes. */
    private EvidenceSearch index;
    /** What {@link #index} is: the embedded index's folder, or the investigation's {@link RecordedIndex} on a cluster. */
    private Object indexKey;
    /** A rebuild of the index, and the sync of the model's events after it, is under way: a search waits for both. */
    private boolean rebuilding;
    private String pendingQuery;
    private HitActions actions;

    @Override
    public void createPartControl(Composite parent) {
        session = Sessions.get();
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(3, false));
        query = new Combo(bar, SWT.DROP_DOWN);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.setToolTipText("Lucene query: words, \"phrases\", host:, module:, bugcheck:0x50, event:41, source:, tag:, kind:, "
                + "time:[2024-07-19T04:00Z TO 2024-07-19T06:00Z], AND / OR / NOT");
        query.addListener(SWT.DefaultSelection, e -> run());
        sort = new Combo(bar, SWT.READ_ONLY);
        sort.setItems("Newest first", "Oldest first", "Relevance");
        sort.select(0);
        sort.addListener(SWT.Selection, e -> run());
        Button search = new Button(bar, SWT.PUSH);
        search.setText("&Search");
        search.addListener(SWT.Selection, e -> run());
        status = new Label(bar, SWT.NONE); // a row of its own: a long message never squeezes the query field
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        status.setText("Type a query and press Enter.");

        SashForm horizontal = new SashForm(parent, SWT.HORIZONTAL);
        horizontal.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        facets = new Tree(horizontal, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        facets.setToolTipText(FACETS_TIP);
        Menu facetMenu = new Menu(facets);
        MenuItem exact = new MenuItem(facetMenu, SWT.CHECK);
        exact.setText("Count Every Hit (exact, slower on millions)");
        exact.addListener(SWT.Selection, e -> {
            exactFacets = exact.getSelection();
            run();
        });
        facets.setMenu(facetMenu);
        facets.addListener(SWT.DefaultSelection, e -> refine((TreeItem) e.item));
        facets.addListener(SWT.MouseUp, e -> {
            TreeItem item = facets.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            if (item != null && item.getParentItem() != null) {
                refine(item);
            }
        });
        SashForm vertical = new SashForm(horizontal, SWT.VERTICAL);
        createResults(vertical);
        detail = new Text(vertical, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        detail.setFont(JFaceResources.getTextFont());
        vertical.setWeights(65, 35);
        horizontal.setWeights(22, 78);

        actions = new HitActions(getSite(), session, this::selectedHit);
        getViewSite().getActionBars().getToolBarManager().add(actions.addToTimeline());
        getViewSite().getActionBars().getToolBarManager().add(actions.cite());
        MenuManager menu = new MenuManager();
        menu.add(actions.addToTimeline());
        menu.add(actions.cite());
        results.getControl().setMenu(menu.createContextMenu(results.getControl()));
        session.addListener(this);
        opened(session);
    }

    private void createResults(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        area.setLayout(layout);
        results = new TableViewer(area, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        results.getTable().setHeaderVisible(true);
        results.getTable().setLinesVisible(true);
        results.setUseHashlookup(true);
        results.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                SearchHit hit = hitAt(index);
                if (hit != null) {
                    results.replace(hit, index);
                }
            }

            @Override
            public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
            }
        });
        column(layout, "Time (UTC)", 16, HitLabels.TIME);
        column(layout, "Host", 10, HitLabels.HOST);
        column(layout, "Kind", 8, HitLabels.KIND);
        column(layout, "Source", 18, HitLabels.SOURCE);
        column(layout, "Message", 48, HitLabels.MESSAGE);
        results.addSelectionChangedListener(e -> {
            SearchHit hit = selectedHit();
            detail.setText(hit == null ? "" : HitLabels.detail(hit, session));
            actions.update();
        });
        getSite().setSelectionProvider(results);
    }

    private void column(TableColumnLayout layout, String title, int weight, HitLabels labels) {
        TableViewerColumn column = new TableViewerColumn(results, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(labels.provider());
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
    }

    private SearchHit hitAt(int index) {
        if (pager == null) {
            return null;
        }
        try {
            return pager.hit(index);
        } catch (IOException | QuerySyntaxException e) {
            ILog.of(getClass()).log(Status.error("Search paging failed: " + e.getMessage(), e));
            return null;
        }
    }

    SearchHit selectedHit() {
        Object selected = results.getStructuredSelection().getFirstElement();
        return selected instanceof SearchHit hit ? hit : null;
    }

    /** Runs the query in the field (also from tests). */
    public void search(String text) {
        query.setText(text);
        run();
    }

    private void run() {
        String text = query.getText().trim();
        if (text.isEmpty() || !session.isOpen()) {
            return;
        }
        remember(text);
        SortOrder order = switch (sort.getSelectionIndex()) {
            case 1 -> SortOrder.TIME;
            case 2 -> SortOrder.RELEVANCE;
            default -> SortOrder.TIME_DESC;
        };
        if (rebuilding) {
            pendingQuery = text;
            setStatus("Rebuilding the evidence index; the search runs when it is done.");
            return;
        }
        try {
            EvidenceSearch opened = index();
            if (opened == null) {
                pendingQuery = text;
                return;
            }
            pager = new SearchPager(opened, text, order);
            SearchResult result = pager.start(exactFacets);
            results.setItemCount(0);
            results.setInput(pager);
            results.setItemCount((int) Math.min(Integer.MAX_VALUE, result.totalHits()));
            results.refresh();
            if (result.totalHits() == 0 && opened.documentCount() == 0) {
                setStatus("Nothing to search yet: no evidence records are indexed (File > Import Evidence...)");
            } else {
                boolean one = result.totalHits() == 1 && result.totalHitsExact();
                setStatus(String.format("%,d%s %s in %d ms%s", result.totalHits(), result.totalHitsExact() ? "" : "+", one ? "hit" : "hits",
                        result.tookMillis(), opened instanceof OpenSearchIndex cluster ? " on " + cluster : ""));
            }
            showFacets(result);
        } catch (QuerySyntaxException e) {
            pager = null;
            results.setItemCount(0);
            setStatus("Query error: " + e.getMessage().lines().findFirst().orElse(""));
            detail.setText(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            pager = null;
            results.setItemCount(0);
            setStatus("Search failed: " + e.getMessage());
            ILog.of(getClass()).log(Status.error("Search failed: " + e.getMessage(), e));
        }
    }

    /** Shows a status message; the bar is laid out again so that a longer message is not cut. */
    private void setStatus(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    private void remember(String text) {
        List<String> history = new ArrayList<>(List.of(query.getItems()));
        history.remove(text);
        history.add(0, text);
        query.setItems(history.stream().limit(HISTORY).toArray(String[]::new));
        query.setText(text);
    }

    private void showFacets(SearchResult result) {
        facets.removeAll();
        String approximately = result.facetsSampled() ? "\u2248" : "";
        facets.setToolTipText(result.facetsSampled() ? String.format(
                "Counts estimated from a random %.1f%% of the %,d hits (right-click to count every hit).%n%s",
                result.facetSampleRate() * 100, result.totalHits(), FACETS_TIP) : FACETS_TIP);
        result.facets().forEach((field, list) -> {
            if (list.isEmpty()) {
                return;
            }
            TreeItem group = new TreeItem(facets, SWT.NONE);
            group.setText(field);
            group.setData(field);
            for (FacetValue value : list) {
                TreeItem item = new TreeItem(group, SWT.NONE);
                item.setText(String.format("%s  (%s%,d)", value.value(), approximately, value.count()));
                item.setData(value.value());
            }
            group.setExpanded(true);
        });
    }

    private void refine(TreeItem item) {
        if (item == null || item.getParentItem() == null) {
            return;
        }
        String field = (String) item.getParentItem().getData();
        String value = ((String) item.getData()).replace("\"", "\\\"");
        search("(" + query.getText().trim() + ") AND " + field + ":\"" + value + "\"");
    }

    /**
     * The investigation's index, opened on first use: its OpenSearch index when one is recorded
     * ({@link RecordedIndex}, credentials from the environment), else {@code DIR/index}; {@code null}
     * when that first has to be rebuilt from the evidence (missing, damaged or of an older layout):
     * that runs as a job, and the pending query when it is done.
     */
    private EvidenceSearch index() throws IOException {
        var folder = session.folder();
        RecordedIndex recorded = RecordedIndex.of(folder.root());
        Object key = recorded != null ? recorded : folder.indexDir();
        if (index != null && key.equals(indexKey)) {
            return index;
        }
        closeIndex();
        if (recorded != null) {
            index = recorded.open(System.getenv());
            indexKey = key;
            return index;
        }
        try {
            EvidenceIndex opened = EvidenceIndex.open(folder.indexDir());
            if (opened.documentCount() == 0 && EvidenceRecords.anyReadable(folder)) {
                // missing, or left empty by an interrupted rebuild or import: build it in a job
                opened.close();
                rebuild(folder);
                return null;
            }
            index = opened;
            indexKey = key;
            return index;
        } catch (IndexDamagedException e) {
            rebuild(folder);
            return null;
        }
    }

    private void rebuild(InvestigationFolder folder) {
        RebuildIndexJob job = new RebuildIndexJob(folder);
        rebuilding = true;
        setStatus("Rebuilding the evidence index from the evidence files…");
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                results.getControl().getDisplay().asyncExec(() -> rebuilt(folder, event.getResult()));
            }
        });
        job.schedule();
    }

    /**
     * The rebuilt index holds the evidence's records alone: the model's curated events, tags and
     * stars are written into it (under the writer lock, in the keeper's job) before the pending query runs.
     */
    private void rebuilt(InvestigationFolder folder, IStatus result) {
        if (results.getControl().isDisposed()) {
            rebuilding = false;
            return;
        }
        if (result.isOK() && session.isOpen() && session.folder().root().equals(folder.root())) {
            TimelineIndexKeeper.sync(session, () -> searchPending(result));
        } else {
            searchPending(result);
        }
    }

    private void searchPending(IStatus result) {
        rebuilding = false;
        if (results.getControl().isDisposed()) {
            return;
        }
        String query = pendingQuery;
        pendingQuery = null;
        if (result.isOK() && query != null && session.isOpen()) {
            search(query);
        } else if (!result.isOK()) {
            setStatus(result.matches(IStatus.CANCEL) ? "Rebuilding the index was cancelled; search again to restart it."
                    : result.getMessage());
        }
    }

    private void closeIndex() {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                ILog.of(getClass()).log(Status.warning("Closing the evidence index failed: " + e.getMessage(), e));
            }
            index = null;
            indexKey = null;
        }
    }

    @Override
    public void opened(InvestigationSession s) {
        if (results == null || results.getControl().isDisposed()) {
            return;
        }
        closeIndex();
        pendingQuery = null;
        pager = null;
        results.setItemCount(0);
        facets.removeAll();
        detail.setText("");
        setStatus(s.isOpen() ? "Type a query and press Enter." : "No investigation is open.");
    }

    /** For tests: the result table, the facet tree, the status line and the record text. */
    public TableViewer results() {
        return results;
    }

    public Tree facets() {
        return facets;
    }

    public String status() {
        return status.getText();
    }

    public String detail() {
        return detail.getText();
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        closeIndex();
        super.dispose();
    }
}
