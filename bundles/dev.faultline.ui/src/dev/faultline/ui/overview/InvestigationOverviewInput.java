package dev.faultline.ui.overview;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The input of the Investigation Overview: the investigation open in the workbench (there is one). */
public final class InvestigationOverviewInput implements IEditorInput {

    public static final InvestigationOverviewInput INSTANCE = new InvestigationOverviewInput();

    private InvestigationOverviewInput() {
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return "Overview";
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "The open investigation at a glance";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
