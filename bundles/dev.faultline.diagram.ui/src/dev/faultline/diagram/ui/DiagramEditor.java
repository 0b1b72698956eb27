package dev.faultline.diagram.ui;

import java.io.IOException;
import java.util.EventObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.ui.actions.DiagramActions;
import dev.faultline.diagram.ui.actions.DiagramContextMenu;
import dev.faultline.diagram.ui.commands.SessionCommandStack;
import dev.faultline.diagram.ui.editparts.DiagramEditPartFactory;
import dev.faultline.diagram.ui.editparts.EditorContext;
import dev.faultline.diagram.ui.editparts.ModelSelectionProvider;
import dev.faultline.diagram.ui.editparts.NodeEditPart;
import dev.faultline.diagram.ui.figures.DiagramResources;
import dev.faultline.diagram.ui.palette.DiagramPalette;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.ui.session.CommandStackActions;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.SessionDiagrams;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.views.InvestigationPropertySheetPage;
import dev.faultline.ui.views.SaveInvestigation;

/**
 * The causal-chain diagram editor (GEF): boxes and arrows drawn like the exports, a palette to create
 * facts and causal links, direct edit of names (F2 or click a selected box's title), move and resize,
 * align, collapse, ELK layout, zoom (Ctrl+wheel, Ctrl+= and Ctrl+-, Ctrl+0 fits the drawing), an overview in
 * the Outline view, export. Delete removes the selection from the diagram, Shift+Delete deletes its facts
 * from the investigation. Every change
 * is a command on the investigation's one command stack (undo is shared with the explorer and the
 * Properties view); the selection is the boxes' facts and the arrows' causal links (Properties view),
 * their citations are listed below the drawing, and double-click opens the cited record in Search.
 * Saved with the investigation (Save).
 */
public class DiagramEditor extends GraphicalEditorWithFlyoutPalette implements InvestigationSession.Listener {

    public static final String ID = "dev.faultline.diagram.ui.editor";

    /** Smallest zoom a diagram opens at (its smallest text stays readable). */
    static final double MIN_OPENING_ZOOM = 0.75;

    private InvestigationSession session;
    private Diagram diagram;
    private DiagramResources resources;
    private EditorContext context;
    private SessionCommandStack stack;
    private CommandStackActions undoRedo;
    private DiagramActions actions;
    private CitationsPanel citations;
    private ModelSelectionProvider selection;
    private PaletteRoot palette;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput diagramInput)) {
            throw new PartInitException("not a diagram: " + input);
        }
        session = Sessions.get();
        if (!session.isOpen() || !session.folder().root().equals(diagramInput.folder())) {
            throw new PartInitException("the investigation " + diagramInput.folder() + " is not open");
        }
        try {
            diagram = SessionDiagrams.of(session).get(diagramInput.diagramName());
        } catch (IOException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        stack = new SessionCommandStack(session);
        DefaultEditDomain domain = new DefaultEditDomain(this);
        domain.setCommandStack(stack);
        setEditDomain(domain);
        super.init(site, input);
        setPartName(diagramInput.diagramName());
        session.addListener(this);
    }

    @Override
    public void createPartControl(Composite parent) {
        resources = new DiagramResources(parent.getDisplay());
        context = new EditorContext(session, diagram, resources);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        super.createPartControl(sash);
        citations = new CitationsPanel(sash, this::openCitation);
        sash.setWeights(85, 15);
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new DiagramEditPartFactory(context));
        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(new double[] { 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4 });
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
        viewer.setProperty(NodeEditPart.CitationOpener.class.getName(), (NodeEditPart.CitationOpener) this::openFirstCitation);
        actions = new DiagramActions(context, viewer, zoom, this::directEditSelected);
        viewer.setContextMenu(new DiagramContextMenu(viewer, actions));
        KeyHandler keys = new GraphicalViewerKeyHandler(viewer);
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), actions.removeFromDiagram());
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, SWT.SHIFT), actions.deleteFromModel());
        keys.put(KeyStroke.getPressed(SWT.F2, 0), actions.rename());
        // a key with Ctrl: the character and the key code are both the key's own character
        keys.put(KeyStroke.getPressed('=', '=', SWT.MOD1), actions.zoomIn());
        keys.put(KeyStroke.getPressed('+', '=', SWT.MOD1 | SWT.SHIFT), actions.zoomIn());
        keys.put(KeyStroke.getPressed('+', SWT.KEYPAD_ADD, SWT.MOD1), actions.zoomIn());
        keys.put(KeyStroke.getPressed('-', '-', SWT.MOD1), actions.zoomOut());
        keys.put(KeyStroke.getPressed('-', SWT.KEYPAD_SUBTRACT, SWT.MOD1), actions.zoomOut());
        keys.put(KeyStroke.getPressed('0', '0', SWT.MOD1), actions.zoomFit());
        viewer.setKeyHandler(keys);
    }

    @Override
    protected void initializeGraphicalViewer() {
        getGraphicalViewer().setContents(diagram);
        getGraphicalViewer().getControl().getDisplay().asyncExec(this::zoomForOpening);
        undoRedo = new CommandStackActions(session);
        undoRedo.install(getEditorSite().getActionBars());
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.removeFromDiagram());
        getEditorSite().getActionBars().updateActionBars();
    }

    @Override
    protected void hookGraphicalViewer() {
        getSelectionSynchronizer().addViewer(getGraphicalViewer());
        selection = new ModelSelectionProvider(getGraphicalViewer());
        getSite().setSelectionProvider(selection);
        selection.addSelectionChangedListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (citations != null) {
                citations.show(first instanceof EObject object ? object : null);
            }
        });
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        if (palette == null) {
            palette = DiagramPalette.create();
        }
        return palette;
    }

    @Override
    protected FlyoutPreferences getPalettePreferences() {
        return new FlyoutPreferences() {
            private int dock = PositionConstants.EAST;
            private int state = FlyoutPaletteComposite.STATE_PINNED_OPEN;
            private int width = 150;

            @Override
            public int getDockLocation() {
                return dock;
            }

            @Override
            public int getPaletteState() {
                return state;
            }

            @Override
            public int getPaletteWidth() {
                return width;
            }

            @Override
            public void setDockLocation(int location) {
                dock = location;
            }

            @Override
            public void setPaletteState(int newState) {
                state = newState;
            }

            @Override
            public void setPaletteWidth(int newWidth) {
                width = newWidth;
            }
        };
    }

    /**
     * The zoom a diagram opens at: the whole drawing when that keeps its text readable (zoom between
     * {@value #MIN_OPENING_ZOOM} and 1), else {@value #MIN_OPENING_ZOOM}; scrolled to the top left.
     */
    private void zoomForOpening() {
        GraphicalViewer viewer = getGraphicalViewer();
        if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        ZoomManager zoom = ((ScalableFreeformRootEditPart) viewer.getRootEditPart()).getZoomManager();
        zoom.setZoomAsText(ZoomManager.FIT_ALL);
        zoom.setZoom(Math.max(MIN_OPENING_ZOOM, Math.min(1, zoom.getZoom())));
        // the drawing starts at its top left (a zoom keeps the centre, which may be anywhere)
        FigureCanvas canvas = (FigureCanvas) viewer.getControl();
        canvas.getViewport().validate();
        canvas.scrollTo(canvas.getViewport().getHorizontalRangeModel().getMinimum(),
                canvas.getViewport().getVerticalRangeModel().getMinimum());
    }

    /** Starts direct edit of the selected box's name. */
    void directEditSelected() {
        for (Object part : getGraphicalViewer().getSelectedEditParts()) {
            if (part instanceof NodeEditPart node) {
                node.performRequest(new Request(RequestConstants.REQ_DIRECT_EDIT));
                return;
            }
        }
    }

    private void openFirstCitation(EObject fact) {
        if (fact instanceof Fact withCitations && !withCitations.getCitations().isEmpty()) {
            openCitation(withCitations.getCitations().get(0));
        }
    }

    /** Shows the cited record in the Search view (its evidence file's hash and line). */
    void openCitation(EvidenceRef ref) {
        String query = CitationQuery.of(ref);
        if (query == null) {
            return;
        }
        try {
            dev.faultline.ui.search.SearchView search = (dev.faultline.ui.search.SearchView) getSite().getPage()
                    .showView(dev.faultline.ui.search.SearchView.ID);
            search.search(query);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(DiagramEditor.class).log(e.getStatus());
        }
    }

    @Override
    public void commandStackChanged(EventObject event) {
        firePropertyChange(PROP_DIRTY);
        super.commandStackChanged(event);
    }

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        SaveInvestigation.run(getSite().getShell(), session);
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void opened(InvestigationSession s) {
        // another investigation: this diagram belongs to the old one
        getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
    }

    @Override
    public void changed(InvestigationSession s) {
        firePropertyChange(PROP_DIRTY);
    }

    /** Properties view page, outline (overview) page and zoom manager; GEF 3.2 declares this raw. */
    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class type) {
        if (type == IPropertySheetPage.class && session != null && undoRedo != null) {
            return new InvestigationPropertySheetPage(session, undoRedo);
        }
        if (type == IContentOutlinePage.class && getGraphicalViewer() != null) {
            return new DiagramOutlinePage((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart());
        }
        if (type == ZoomManager.class && getGraphicalViewer() != null) {
            return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
        }
        return super.getAdapter(type);
    }

    /** The diagram shown. */
    public Diagram diagram() {
        return diagram;
    }

    /** The GEF viewer (tests drive it). */
    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    /** The editor's actions (tests run them). */
    public DiagramActions actions() {
        return actions;
    }

    /** The edit part of a fact's box, or {@code null}. */
    public EditPart partOf(EObject fact) {
        for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
            if (ModelSelectionProvider.modelOf(part) == fact && part instanceof NodeEditPart) {
                return (EditPart) part;
            }
        }
        return null;
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
        if (resources != null) {
            resources.dispose();
        }
    }
}
