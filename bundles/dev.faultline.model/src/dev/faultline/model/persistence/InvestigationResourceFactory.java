package dev.faultline.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link InvestigationResource}s; registered for {@code *.xmi} in an investigation's resource set. */
public class InvestigationResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new InvestigationResource(uri);
    }
}
