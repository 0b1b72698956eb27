package dev.faultline.ui.session;

import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/** Registers the one {@link InvestigationSession} of the workbench as a workbench service. */
public class InvestigationSessionFactory extends AbstractServiceFactory {

    private final InvestigationSession session = new InvestigationSession();

    @Override
    public Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
            IServiceLocator locator) {
        return serviceInterface == InvestigationSession.class ? session : null;
    }
}
