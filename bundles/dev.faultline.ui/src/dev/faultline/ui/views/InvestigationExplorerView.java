package dev.faultline.ui.views;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import dev.faultline.ui.session.CommandStackActions;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * The Investigation Explorer: the open investigation as a tree grouped by kind with counts ("Hosts (7)",
 * "Drivers (12)", "Crash analyses (9)", ...; {@link KindGroup}), each object with its item provider's icon
 * and label, so an investigation with hundreds of objects stays navigable.
 * Its selection feeds the Properties view; New child / Delete edit through the command stack.
 * It is the saveable part of the investigation (dirty marker, File > Save).
 */
public class InvestigationExplorerView extends ViewPart implements ISaveablePart, InvestigationSession.Listener {

    public static final String ID = "dev.faultline.ui.views.explorer";

    private InvestigationSession session;
    private TreeViewer viewer;
    private CommandStackActions undoRedo;
    private final Action delete = new Action("&Delete") {
        @Override
        public void run() {
            deleteSelection();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        session = Sessions.get();
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        getSite().setSelectionProvider(viewer);
        undoRedo = new CommandStackActions(session);
        undoRedo.install(getViewSite().getActionBars());
        delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        viewer.addSelectionChangedListener(e -> delete.setEnabled(canDelete()));
        createContextMenu();
        session.addListener(this);
        opened(session);
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    private void fillContextMenu(IMenuManager menu) {
        AdapterFactoryEditingDomain domain = session.domain();
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (domain != null && selection.size() == 1) {
            Object owner = selection.getFirstElement() instanceof KindGroup group ? group.owner() : selection.getFirstElement();
            MenuManager newChild = new MenuManager("&New Child");
            Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
            for (Object descriptor : descriptors) {
                Command command = CreateChildCommand.create(domain, owner, descriptor, selection.toList());
                if (command.canExecute()) {
                    newChild.add(new Action(command.getLabel()) {
                        @Override
                        public void run() {
                            domain.getCommandStack().execute(command);
                            Collection<?> created = command.getAffectedObjects();
                            viewer.setSelection(new StructuredSelection(created.toArray()), true);
                        }
                    });
                }
            }
            menu.add(newChild);
        }
        menu.add(new Separator());
        menu.add(undoRedo.undo());
        menu.add(undoRedo.redo());
        menu.add(new Separator());
        delete.setEnabled(canDelete());
        menu.add(delete);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private boolean canDelete() {
        AdapterFactoryEditingDomain domain = session.domain();
        IStructuredSelection selection = viewer.getStructuredSelection();
        return domain != null && !selection.isEmpty() && !selection.toList().contains(session.investigation())
                && selection.toList().stream().noneMatch(KindGroup.class::isInstance)
                && DeleteCommand.create(domain, selection.toList()).canExecute();
    }

    private void deleteSelection() {
        if (canDelete()) {
            session.domain().getCommandStack().execute(DeleteCommand.create(session.domain(), viewer.getStructuredSelection().toList()));
        }
    }

    @Override
    public void opened(InvestigationSession s) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (viewer.getContentProvider() != null) {
            viewer.setInput(null);
            viewer.getContentProvider().dispose();
            viewer.getLabelProvider().dispose();
        }
        if (s.isOpen()) {
            viewer.setContentProvider(new GroupedContentProvider(s.adapterFactory()));
            viewer.setLabelProvider(new GroupedLabelProvider(s.adapterFactory()));
            viewer.setInput(s.folder().resource());
            viewer.expandToLevel(2);
            setContentDescription(s.folder().root().toString());
        } else {
            setContentDescription("No investigation is open. Use File > New Investigation or File > Open Investigation.");
        }
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void changed(InvestigationSession s) {
        firePropertyChange(PROP_DIRTY);
    }

    /** Another writer changed the investigation (reloaded or merged): the status line says so. */
    @Override
    public void noticed(InvestigationSession s, String message) {
        getViewSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    /** Selects and reveals model objects (e.g. from the Problems view). */
    public void reveal(Object... objects) {
        viewer.setSelection(new StructuredSelection(objects), true);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class && session != null) {
            return adapter.cast(new InvestigationPropertySheetPage(session, undoRedo));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void doSave(org.eclipse.core.runtime.IProgressMonitor monitor) {
        SaveInvestigation.run(getSite().getShell(), session);
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: an investigation is a folder, saved in place
    }

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return isDirty();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        if (viewer != null && viewer.getContentProvider() != null) {
            viewer.getContentProvider().dispose();
            viewer.getLabelProvider().dispose();
        }
        super.dispose();
    }
}
