package dev.faultline.timeline.annotate;

import java.time.Instant;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage.Literals;
import dev.faultline.model.Host;
import dev.faultline.model.Investigation;
import dev.faultline.model.TimelineEvent;
import dev.faultline.timeline.TimelineModel;

/**
 * Curated timeline events as commands: added by hand (source {@value TimelineModel#ANALYST}),
 * edited and deleted (hand-added ones only), promoted from a search hit or a crash analysis
 * (citing its evidence).
 */
public final class CuratedEvents {

    private CuratedEvents() {
    }

    /**
     * Adds an event by hand.
     *
     * @param hostName a host of the investigation (matched case-insensitively), or blank for none
     * @throws IllegalArgumentException when the time or message is missing, or the host is not in the investigation
     */
    public static Command add(EditingDomain domain, Investigation investigation, Instant at, String hostName, String message) {
        TimelineEvent event = FaultlineFactory.eINSTANCE.createTimelineEvent();
        fill(event, investigation, at, hostName, message);
        event.setSource(TimelineModel.ANALYST);
        event.setKind("note");
        event.setOriginalZone("UTC");
        return new CompoundCommand("Add Timeline Event",
                java.util.List.of(AddCommand.create(domain, investigation, Literals.INVESTIGATION__TIMELINE_EVENTS, event)));
    }

    /** Changes time, host and message of a hand-added event. */
    public static Command edit(EditingDomain domain, Investigation investigation, TimelineEvent event, Instant at, String hostName,
            String message) {
        if (!AnnotationCommands.isHandAdded(event)) {
            return UnexecutableCommand.INSTANCE;
        }
        TimelineEvent probe = FaultlineFactory.eINSTANCE.createTimelineEvent();
        fill(probe, investigation, at, hostName, message);
        CompoundCommand c = new CompoundCommand("Edit Timeline Event");
        c.append(SetCommand.create(domain, event, Literals.TIMELINE_EVENT__INSTANT, probe.getInstant()));
        c.append(SetCommand.create(domain, event, Literals.TIMELINE_EVENT__ORIGINAL_TIMESTAMP, probe.getOriginalTimestamp()));
        c.append(SetCommand.create(domain, event, Literals.TIMELINE_EVENT__HOST, probe.getHost() == null ? SetCommand.UNSET_VALUE : probe.getHost()));
        c.append(SetCommand.create(domain, event, Literals.TIMELINE_EVENT__MESSAGE, probe.getMessage()));
        return c;
    }

    /** Deletes a hand-added event (and references to it). */
    public static Command delete(EditingDomain domain, TimelineEvent event) {
        if (!AnnotationCommands.isHandAdded(event)) {
            return UnexecutableCommand.INSTANCE;
        }
        return new CompoundCommand("Delete Timeline Event", java.util.List.of(DeleteCommand.create(domain, event)));
    }

    /** A curated event made of an evidence record (a search hit or timeline row), citing it. */
    public static Command promote(EditingDomain domain, Investigation investigation, EvidenceRecord record) {
        if (record.timestamp() == null) {
            return UnexecutableCommand.INSTANCE;
        }
        TimelineEvent event = FaultlineFactory.eINSTANCE.createTimelineEvent();
        event.setInstant(record.timestamp());
        event.setOriginalTimestamp(record.timestampText() != null ? record.timestampText() : record.timestamp().toString());
        event.setKind(record.kind());
        event.setMessage(record.message());
        event.setHost(host(investigation, record.host()));
        String file = record.source() == null ? null : record.source().file();
        event.setSource(file == null ? "evidence" : file + (record.source().line() > 0 ? ":" + record.source().line() : ""));
        EvidenceRef ref = AnnotationCommands.citation(investigation, record.source());
        if (ref != null) {
            event.getCitations().add(ref);
        }
        return new CompoundCommand("Promote to Timeline",
                java.util.List.of(AddCommand.create(domain, investigation, Literals.INVESTIGATION__TIMELINE_EVENTS, event)));
    }

    /** A curated "crash" event of a crash analysis at its time, citing what the analysis cites. */
    public static Command promote(EditingDomain domain, Investigation investigation, CrashAnalysis crash) {
        if (crash.getTime() == null) {
            return UnexecutableCommand.INSTANCE;
        }
        TimelineEvent event = FaultlineFactory.eINSTANCE.createTimelineEvent();
        event.setInstant(crash.getTime());
        event.setOriginalTimestamp(crash.getTime().toString());
        event.setKind("crash");
        event.setHost(crash.getHost());
        event.setSource("crash analysis");
        event.setMessage("Bugcheck " + (crash.getBugcheckCode() == null ? "?" : crash.getBugcheckCode())
                + (crash.getBugcheckName() == null ? "" : " " + crash.getBugcheckName())
                + (crash.getFaultingModule() == null ? "" : " in " + crash.getFaultingModule()));
        for (EvidenceRef ref : crash.getCitations()) {
            event.getCitations().add(EcoreUtil.copy(ref));
        }
        return new CompoundCommand("Promote Crash to Timeline",
                java.util.List.of(AddCommand.create(domain, investigation, Literals.INVESTIGATION__TIMELINE_EVENTS, event)));
    }

    private static void fill(TimelineEvent event, Investigation investigation, Instant at, String hostName, String message) {
        if (at == null) {
            throw new IllegalArgumentException("an event needs a time");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("an event needs a message");
        }
        Host host = null;
        if (hostName != null && !hostName.isBlank()) {
            host = host(investigation, hostName);
            if (host == null) {
                throw new IllegalArgumentException("there is no host '" + hostName.strip() + "' in the investigation (add it in the Investigation Explorer first)");
            }
        }
        event.setInstant(at);
        event.setOriginalTimestamp(at.toString());
        event.setHost(host);
        event.setMessage(message.strip());
    }

    /** The investigation's host of that name (case-insensitive), or {@code null}. */
    public static Host host(Investigation investigation, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (Host h : investigation.getHosts()) {
            if (h.getName() != null && h.getName().equalsIgnoreCase(name.strip())) {
                return h;
            }
        }
        return null;
    }
}
