package dev.faultline.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Editing domains of open investigations: one {@link AdapterFactoryEditingDomain} with one
 * {@link BasicCommandStack} per {@link InvestigationFolder}, over the folder's resource set. Every
 * view edits through {@link EditingDomain#getCommandStack()} with EMF commands ({@code SetCommand},
 * {@code AddCommand}, {@code RemoveCommand}, {@code CreateChildCommand}), so undo and redo are
 * shared. After {@link InvestigationFolder#save()}, call {@link #markSaved(EditingDomain)}.
 */
public final class InvestigationEditingDomains {

    private InvestigationEditingDomains() {
    }

    /**
     * The adapter factory for trees, labels and properties: Faultline's item providers (with the
     * labels of {@link InvestigationItemProviderAdapterFactory}), then the
     * resource and reflective ones. Dispose it when the domain is no longer used.
     */
    public static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new InvestigationItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /**
     * A new editing domain, with its own command stack and adapter factory, for an open
     * investigation. It is registered on the folder's resource set, so
     * {@link #domainOf(EObject)} and the item providers' property descriptors find it (property
     * edits then go through its command stack too).
     */
    public static AdapterFactoryEditingDomain create(InvestigationFolder folder) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(newAdapterFactory(), new BasicCommandStack(),
                folder.resourceSet());
        folder.resourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        return domain;
    }

    /** The editing domain an object of an open investigation is edited in, or {@code null}. */
    public static EditingDomain domainOf(EObject object) {
        return AdapterFactoryEditingDomain.getEditingDomainFor(object);
    }

    /** Whether there are edits since the last {@link #markSaved(EditingDomain)}. */
    public static boolean isDirty(EditingDomain domain) {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** Records that the investigation was saved, so {@link #isDirty(EditingDomain)} becomes false. */
    public static void markSaved(EditingDomain domain) {
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
    }

    /** The item provider's label of an object, e.g. for the tree, or {@code String.valueOf(object)}. */
    public static String label(AdapterFactoryEditingDomain domain, Object object) {
        return label(domain.getAdapterFactory(), object);
    }

    /** The label of an object from an adapter factory's {@link IItemLabelProvider}. */
    public static String label(AdapterFactory factory, Object object) {
        Object provider = factory.adapt(object, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? labels.getText(object) : String.valueOf(object);
    }

    /** Unregisters the domain and disposes its adapter factory (when the investigation is closed). */
    public static void dispose(AdapterFactoryEditingDomain domain) {
        domain.getResourceSet().eAdapters().removeIf(adapter -> adapter instanceof AdapterFactoryEditingDomain.EditingDomainProvider
                provider && provider.getEditingDomain() == domain);
        if (domain.getAdapterFactory() instanceof ComposedAdapterFactory composed) {
            composed.dispose();
        }
    }
}
