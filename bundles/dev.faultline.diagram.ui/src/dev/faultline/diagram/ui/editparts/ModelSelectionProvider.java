package dev.faultline.diagram.ui.editparts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The diagram editor's selection as the workbench sees it: the model objects of the selected boxes and
 * arrows (facts and causal links), so the Properties view shows and edits them like the explorer's.
 * Setting a selection of model objects selects their boxes and arrows.
 */
public final class ModelSelectionProvider implements ISelectionProvider {

    private final GraphicalViewer viewer;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    public ModelSelectionProvider(GraphicalViewer viewer) {
        this.viewer = viewer;
        viewer.addSelectionChangedListener(event -> {
            SelectionChangedEvent mapped = new SelectionChangedEvent(this, getSelection());
            for (ISelectionChangedListener listener : listeners) {
                listener.selectionChanged(mapped);
            }
        });
    }

    @Override
    public ISelection getSelection() {
        List<Object> objects = new ArrayList<>();
        for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
            Object model = modelOf(part);
            if (model != null) {
                objects.add(model);
            }
        }
        return new StructuredSelection(objects);
    }

    /** The fact of a box, the causal link of an arrow, else {@code null}. */
    public static Object modelOf(Object part) {
        if (part instanceof NodeEditPart node) {
            return node.fact();
        } else if (part instanceof EdgeEditPart edge) {
            return edge.link();
        }
        return null;
    }

    @Override
    public void setSelection(ISelection selection) {
        List<EditPart> parts = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object part : viewer.getEditPartRegistry().values()) {
                Object model = modelOf(part);
                if (model != null && structured.toList().contains(model)) {
                    parts.add((EditPart) part);
                }
            }
        }
        viewer.setSelection(new StructuredSelection(parts));
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}
