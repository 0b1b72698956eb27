package dev.faultline.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ViewerNotification;

import dev.faultline.model.CausalLink;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.labels.ObjectLabels;
import dev.faultline.model.provider.CausalLinkItemProvider;
import dev.faultline.model.provider.EvidenceRefItemProvider;
import dev.faultline.model.provider.FaultlineItemProviderAdapterFactory;

/**
 * The generated item providers, with labels that a generated label feature cannot give: a causal
 * link shows both ends and its relation ({@code 'Channel File 291' → 'csagent.sys' (loaded by)}),
 * an evidence reference its file and position ({@code sample-sources.md line 5}).
 */
public class InvestigationItemProviderAdapterFactory extends FaultlineItemProviderAdapterFactory {

    @Override
    public Adapter createCausalLinkAdapter() {
        if (causalLinkItemProvider == null) {
            causalLinkItemProvider = new CausalLinkLabels(this);
        }
        return causalLinkItemProvider;
    }

    @Override
    public Adapter createEvidenceRefAdapter() {
        if (evidenceRefItemProvider == null) {
            evidenceRefItemProvider = new EvidenceRefLabels(this);
        }
        return evidenceRefItemProvider;
    }

    /** Causal link labelled with both ends and the relation. */
    static final class CausalLinkLabels extends CausalLinkItemProvider {
        CausalLinkLabels(AdapterFactory adapterFactory) {
            super(adapterFactory);
        }

        @Override
        public String getText(Object object) {
            CausalLink link = (CausalLink) object;
            String ends = ObjectLabels.label(link).substring(ObjectLabels.typeName(link).length()).strip();
            return getString("_UI_CausalLink_type") + " " + ends + (link.getRelation() == null ? "" : " (" + link.getRelation() + ")");
        }

        @Override
        public void notifyChanged(Notification notification) {
            switch (notification.getFeatureID(CausalLink.class)) {
                case FaultlinePackage.CAUSAL_LINK__CAUSE, FaultlinePackage.CAUSAL_LINK__EFFECT -> {
                    fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                    return;
                }
                default -> super.notifyChanged(notification);
            }
        }
    }

    /** Evidence reference labelled with its file and position. */
    static final class EvidenceRefLabels extends EvidenceRefItemProvider {
        EvidenceRefLabels(AdapterFactory adapterFactory) {
            super(adapterFactory);
        }

        @Override
        public String getText(Object object) {
            String name = ObjectLabels.name((EvidenceRef) object);
            return getString("_UI_EvidenceRef_type") + (name == null ? "" : " " + name);
        }

        @Override
        public void notifyChanged(Notification notification) {
            switch (notification.getFeatureID(EvidenceRef.class)) {
                case FaultlinePackage.EVIDENCE_REF__EVIDENCE, FaultlinePackage.EVIDENCE_REF__LINE,
                        FaultlinePackage.EVIDENCE_REF__BYTE_OFFSET -> {
                    fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                    return;
                }
                default -> super.notifyChanged(notification);
            }
        }
    }
}
