package dev.faultline.ui.emf;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over EMF item providers: their text, and their icon (a URL, or the first
 * image of a composed one) as an SWT image owned by this provider.
 */
public class ItemProviderLabelProvider extends ColumnLabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider labels) {
            return labels.getText(element);
        }
        return element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? toImage(labels.getImage(element)) : null;
    }

    /** Converts what an item provider calls an image (URL, composed image, descriptor) to an SWT image. */
    Image toImage(Object image) {
        if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
            return toImage(composed.getImages().get(0));
        }
        if (image instanceof URL url) {
            return images.create(ImageDescriptor.createFromURL(url));
        }
        if (image instanceof ImageDescriptor descriptor) {
            return images.create(descriptor);
        }
        return null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
