package dev.faultline.timeline.annotate;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage.Literals;
import dev.faultline.model.Investigation;
import dev.faultline.model.RecordAnnotation;
import dev.faultline.model.TimelineEvent;
import dev.faultline.timeline.TimelineModel;
import dev.faultline.timeline.TimelineRow;

/**
 * Tags, stars and comments on timeline rows as EMF commands for the investigation's one command
 * stack (undoable with every other edit). A row that is a model event is annotated on the event;
 * an evidence record gets a {@link RecordAnnotation} (created by the first annotation).
 */
public final class AnnotationCommands {

    private AnnotationCommands() {
    }

    /** Adds a tag (nothing when the row has it already). */
    public static Command tag(EditingDomain domain, TimelineModel model, TimelineRow row, String tag) {
        String t = tag == null ? "" : tag.strip();
        if (t.isEmpty() || row.tags().contains(t)) {
            return UnexecutableCommand.INSTANCE;
        }
        TimelineEvent event = row.event();
        if (event != null) {
            return labelled("Tag '" + t + "'", AddCommand.create(domain, event, Literals.TIMELINE_EVENT__TAGS, t));
        }
        RecordAnnotation a = annotation(model.investigation(), row.id());
        if (a != null) {
            return labelled("Tag '" + t + "'", AddCommand.create(domain, a, Literals.RECORD_ANNOTATION__TAGS, t));
        }
        RecordAnnotation created = newAnnotation(model.investigation(), row);
        created.getTags().add(t);
        return labelled("Tag '" + t + "'", AddCommand.create(domain, model.investigation(), Literals.INVESTIGATION__ANNOTATIONS, created));
    }

    /** Removes a tag from the row (from its event or its annotation). */
    public static Command untag(EditingDomain domain, TimelineModel model, TimelineRow row, String tag) {
        CompoundCommand c = new CompoundCommand("Remove Tag '" + tag + "'");
        TimelineEvent event = row.event();
        if (event != null && event.getTags().contains(tag)) {
            c.append(RemoveCommand.create(domain, event, Literals.TIMELINE_EVENT__TAGS, tag));
        }
        RecordAnnotation a = annotation(model.investigation(), row.id());
        if (a != null && a.getTags().contains(tag)) {
            c.append(RemoveCommand.create(domain, a, Literals.RECORD_ANNOTATION__TAGS, tag));
        }
        return c.isEmpty() ? UnexecutableCommand.INSTANCE : c;
    }

    /** Stars or unstars the row. */
    public static Command star(EditingDomain domain, TimelineModel model, TimelineRow row, boolean starred) {
        String label = starred ? "Star" : "Unstar";
        TimelineEvent event = row.event();
        if (event != null) {
            CompoundCommand c = new CompoundCommand(label);
            c.append(SetCommand.create(domain, event, Literals.TIMELINE_EVENT__STARRED, starred));
            RecordAnnotation a = annotation(model.investigation(), row.id());
            if (!starred && a != null && a.isStarred()) {
                c.append(SetCommand.create(domain, a, Literals.RECORD_ANNOTATION__STARRED, false));
            }
            return c;
        }
        RecordAnnotation a = annotation(model.investigation(), row.id());
        if (a != null) {
            return labelled(label, SetCommand.create(domain, a, Literals.RECORD_ANNOTATION__STARRED, starred));
        }
        if (!starred) {
            return UnexecutableCommand.INSTANCE;
        }
        RecordAnnotation created = newAnnotation(model.investigation(), row);
        created.setStarred(true);
        return labelled(label, AddCommand.create(domain, model.investigation(), Literals.INVESTIGATION__ANNOTATIONS, created));
    }

    /** Adds a comment. */
    public static Command comment(EditingDomain domain, TimelineModel model, TimelineRow row, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        TimelineEvent event = row.event();
        if (event != null) {
            return labelled("Comment", AddCommand.create(domain, event, Literals.TIMELINE_EVENT__COMMENTS, text));
        }
        RecordAnnotation a = annotation(model.investigation(), row.id());
        if (a != null) {
            return labelled("Comment", AddCommand.create(domain, a, Literals.RECORD_ANNOTATION__COMMENTS, text));
        }
        RecordAnnotation created = newAnnotation(model.investigation(), row);
        created.getComments().add(text);
        return labelled("Comment", AddCommand.create(domain, model.investigation(), Literals.INVESTIGATION__ANNOTATIONS, created));
    }

    /** The investigation's annotation of a record (looked up live: a {@link TimelineModel} may be older than the last command). */
    public static RecordAnnotation annotation(Investigation investigation, String recordId) {
        for (RecordAnnotation a : investigation.getAnnotations()) {
            if (recordId.equals(a.getRecordId())) {
                return a;
            }
        }
        return null;
    }

    private static RecordAnnotation newAnnotation(Investigation investigation, TimelineRow row) {
        RecordAnnotation a = FaultlineFactory.eINSTANCE.createRecordAnnotation();
        a.setRecordId(row.id());
        EvidenceRef ref = citation(investigation, row.source());
        if (ref != null) {
            a.setRecord(ref);
        }
        return a;
    }

    /** A citation of the evidence file and place of a record, or {@code null} when its file is not in the investigation. */
    public static EvidenceRef citation(Investigation investigation, SourceRef source) {
        if (source == null) {
            return null;
        }
        Evidence evidence = null;
        for (Evidence e : investigation.getEvidence()) {
            if ((source.sha256() != null && source.sha256().equalsIgnoreCase(e.getSha256()))
                    || (source.sha256() == null && source.file() != null && source.file().equals(e.getPath()))) {
                evidence = e;
                break;
            }
        }
        if (evidence == null) {
            return null;
        }
        EvidenceRef ref = FaultlineFactory.eINSTANCE.createEvidenceRef();
        ref.setEvidence(evidence);
        if (source.line() > 0) {
            ref.setLine(source.line());
        }
        if (source.offset() >= 0) {
            ref.setByteOffset(source.offset());
        }
        ref.setRecordId(source.recordId());
        return ref;
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand c = new CompoundCommand(label, List.of(command));
        return c;
    }

    /** Whether a row's event may be edited or deleted as a hand-added event. */
    public static boolean isHandAdded(TimelineEvent event) {
        return event != null && TimelineModel.ANALYST.equals(event.getSource());
    }
}
