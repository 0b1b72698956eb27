package dev.faultline.ui.views;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.faultline.ui.emf.ItemProviderLabelProvider;

/** Labels of the grouped explorer: a group shows its kind and count with its members' icon. */
public class GroupedLabelProvider extends ItemProviderLabelProvider {

    public GroupedLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        return element instanceof KindGroup group ? group.label() : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof KindGroup group) {
            Image members = group.members().isEmpty() ? null : super.getImage(group.members().get(0));
            return members != null ? members : PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return super.getImage(element);
    }
}
