package dev.faultline.ui.search;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.SearchHit;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.TimelineEvent;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.views.InvestigationExplorerView;

/**
 * What a user does with a hit: Add to Timeline (a TimelineEvent citing the record) and Cite as
 * Evidence (an EvidenceRef to the record on the object selected in the Investigation Explorer).
 * Both are commands on the investigation's command stack: Edit > Undo takes them back.
 */
final class HitActions {

    private final IWorkbenchPartSite site;
    private final InvestigationSession session;
    private final Supplier<SearchHit> selected;
    private final Action addToTimeline = new Action("Add to &Timeline") {
        @Override
        public void run() {
            addSelectedToTimeline();
        }
    };
    private final Action cite = new Action("&Cite as Evidence") {
        @Override
        public void run() {
            citeSelected();
        }
    };

    HitActions(IWorkbenchPartSite site, InvestigationSession session, Supplier<SearchHit> selected) {
        this.site = site;
        this.session = session;
        this.selected = selected;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        addToTimeline.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
        addToTimeline.setToolTipText("Add the selected record to the investigation's timeline");
        cite.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
        cite.setToolTipText("Cite the selected record on the object selected in the Investigation Explorer");
        update();
    }

    Action addToTimeline() {
        return addToTimeline;
    }

    Action cite() {
        return cite;
    }

    void update() {
        SearchHit hit = selected.get();
        addToTimeline.setEnabled(hit != null && hit.record().timestamp() != null && session.isOpen());
        cite.setEnabled(hit != null && session.isOpen());
    }

    void addSelectedToTimeline() {
        SearchHit hit = selected.get();
        if (hit == null || hit.record().timestamp() == null || !session.isOpen()) {
            return;
        }
        EvidenceRecord r = hit.record();
        TimelineEvent event = FaultlineFactory.eINSTANCE.createTimelineEvent();
        event.setInstant(r.timestamp());
        event.setOriginalTimestamp(r.timestampText() != null ? r.timestampText() : r.timestamp().toString());
        event.setSource(HitLabels.position(r.source()));
        event.setKind(r.kind());
        event.setMessage(r.message());
        host(r.host()).ifPresent(event::setHost);
        reference(r.source()).ifPresent(event.getCitations()::add);
        session.domain().getCommandStack().execute(AddCommand.create(session.domain(), session.investigation(),
                FaultlinePackage.Literals.INVESTIGATION__TIMELINE_EVENTS, event));
    }

    void citeSelected() {
        SearchHit hit = selected.get();
        if (hit == null || !session.isOpen()) {
            return;
        }
        Object target = site.getPage().getSelection(InvestigationExplorerView.ID) instanceof IStructuredSelection s ? s.getFirstElement() : null;
        if (!(target instanceof Fact fact)) {
            MessageDialog.openInformation(site.getShell(), "Cite as Evidence",
                    "Select the object to cite this record on (an update, driver, crash, outage, event ...) in the Investigation Explorer first.");
            return;
        }
        Optional<EvidenceRef> ref = reference(hit.record().source());
        if (ref.isEmpty()) {
            MessageDialog.openInformation(site.getShell(), "Cite as Evidence",
                    "The record's file " + hit.record().source().file() + " is not evidence of this investigation.");
            return;
        }
        session.domain().getCommandStack().execute(AddCommand.create(session.domain(), fact, FaultlinePackage.Literals.FACT__CITATIONS, ref.get()));
    }

    private Optional<Host> host(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return session.investigation().getHosts().stream().filter(h -> name.equalsIgnoreCase(h.getName())).findFirst();
    }

    private Optional<EvidenceRef> reference(SourceRef source) {
        if (source == null) {
            return Optional.empty();
        }
        Optional<Evidence> evidence = session.investigation().getEvidence().stream()
                .filter(e -> source.file().equals(e.getPath()) || (source.sha256() != null && source.sha256().equals(e.getSha256())))
                .findFirst();
        return evidence.map(e -> {
            EvidenceRef ref = FaultlineFactory.eINSTANCE.createEvidenceRef();
            ref.setEvidence(e);
            if (source.line() > 0) {
                ref.setLine(source.line());
            }
            if (source.offset() >= 0) {
                ref.setByteOffset(source.offset());
            }
            ref.setRecordId(source.recordId());
            return ref;
        });
    }
}
