package dev.faultline.ui.views;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.faultline.model.Investigation;
import dev.faultline.ui.emf.ItemProviderContentProvider;

/**
 * The Investigation Explorer's tree: the investigation's objects grouped by kind ({@link KindGroup}),
 * everything below a group as the item providers give it.
 */
public class GroupedContentProvider extends ItemProviderContentProvider {

    public GroupedContentProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Object[] getChildren(Object element) {
        if (element instanceof Investigation investigation) {
            return KindGroup.of(investigation).toArray();
        }
        if (element instanceof KindGroup group) {
            return group.members().toArray();
        }
        return super.getChildren(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Investigation investigation) {
            return !KindGroup.of(investigation).isEmpty();
        }
        if (element instanceof KindGroup group) {
            return !group.members().isEmpty();
        }
        return super.hasChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof KindGroup group) {
            return group.owner();
        }
        if (element instanceof EObject object && object.eContainer() instanceof Investigation investigation
                && object.eContainingFeature() instanceof EReference feature) {
            return new KindGroup(investigation, feature);
        }
        return super.getParent(element);
    }
}
