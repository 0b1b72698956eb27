package dev.faultline.ui.views;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.PropertySheetPage;

import dev.faultline.ui.emf.ItemPropertySourceProvider;
import dev.faultline.ui.session.CommandStackActions;
import dev.faultline.ui.session.InvestigationSession;

/**
 * The Properties view page for model objects: properties from the item providers, edits as
 * commands on the session's command stack, and the shared Undo/Redo while the Properties view is
 * active. Refreshes itself after every edit, undo or redo. Parts whose selection holds model objects
 * (the explorer, the diagram editor) return it from {@code getAdapter(IPropertySheetPage.class)}.
 */
public class InvestigationPropertySheetPage extends PropertySheetPage implements InvestigationSession.Listener {

    private final InvestigationSession session;
    private final CommandStackActions undoRedo;

    public InvestigationPropertySheetPage(InvestigationSession session, CommandStackActions undoRedo) {
        this.session = session;
        this.undoRedo = undoRedo;
        if (session.isOpen()) {
            setPropertySourceProvider(new ItemPropertySourceProvider(session.adapterFactory()));
        }
        session.addListener(this);
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        undoRedo.install(actionBars);
    }

    @Override
    public void opened(InvestigationSession s) {
        if (s.isOpen()) {
            setPropertySourceProvider(new ItemPropertySourceProvider(s.adapterFactory()));
        }
        refreshLater();
    }

    @Override
    public void changed(InvestigationSession s) {
        refreshLater();
    }

    private void refreshLater() {
        if (getControl() != null && !getControl().isDisposed()) {
            getControl().getDisplay().asyncExec(() -> {
                if (getControl() != null && !getControl().isDisposed()) {
                    refresh();
                }
            });
        }
    }

    @Override
    public void dispose() {
        session.removeListener(this);
        super.dispose();
    }
}
