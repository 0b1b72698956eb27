package dev.faultline.diagram.ui.actions;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;

/** The diagram's context menu: edit, arrange, view, export. */
public final class DiagramContextMenu extends ContextMenuProvider {

    private final DiagramActions actions;

    public DiagramContextMenu(EditPartViewer viewer, DiagramActions actions) {
        super(viewer);
        this.actions = actions;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        actions.update();
        menu.add(actions.rename());
        menu.add(actions.removeFromDiagram());
        menu.add(actions.deleteFromModel());
        menu.add(actions.collapse());
        menu.add(new Separator());
        MenuManager align = new MenuManager("Align");
        for (IAction action : actions.align()) {
            align.add(action);
        }
        menu.add(align);
        menu.add(actions.layout());
        menu.add(new Separator());
        menu.add(actions.zoomIn());
        menu.add(actions.zoomOut());
        menu.add(actions.zoomFit());
        menu.add(actions.overview());
        menu.add(new Separator());
        menu.add(actions.export());
    }
}
