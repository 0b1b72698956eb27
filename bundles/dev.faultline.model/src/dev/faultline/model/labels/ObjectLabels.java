package dev.faultline.model.labels;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.HostStateChange;
import dev.faultline.model.Incident;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.RecordAnnotation;
import dev.faultline.model.RejectedProposal;
import dev.faultline.model.Remediation;
import dev.faultline.model.StackFrame;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;
import dev.faultline.model.UpdateFile;

/**
 * Short human-readable names of model objects, e.g. {@code Driver 'csagent.sys'} or
 * {@code Timeline event #3}, for messages (validation problems, CLI output) that must name the
 * object. Headless: needs no item providers.
 */
public final class ObjectLabels {

    private static final int MAX_NAME = 60;

    private ObjectLabels() {
    }

    /** Type and name, e.g. {@code Crash analysis '0x50 PAGE_FAULT_IN_NONPAGED_AREA on WKS-01'}. */
    public static String label(EObject object) {
        if (object == null) {
            return "(nothing)";
        }
        String type = typeName(object);
        if (object instanceof CausalLink link) {
            return type + " " + quoted(link.getCause()) + " \u2192 " + quoted(link.getEffect());
        }
        String name = name(object);
        if (name != null && !name.isBlank()) {
            return type + " '" + shorten(name.strip()) + "'";
        }
        return type + position(object);
    }

    /** The name part only (may be {@code null}), e.g. {@code csagent.sys}. */
    public static String name(EObject object) {
        if (object instanceof Investigation o) {
            return o.getTitle();
        } else if (object instanceof Incident o) {
            return o.getTitle();
        } else if (object instanceof Host o) {
            return o.getName();
        } else if (object instanceof HostGroup o) {
            return o.getName();
        } else if (object instanceof HostStateChange o) {
            return o.getState() + (o.getAt() == null ? "" : " at " + o.getAt());
        } else if (object instanceof Driver o) {
            return first(o.getFileName(), o.getServiceName(), o.getDisplayName());
        } else if (object instanceof Update o) {
            return first(o.getIdentifier(), join(o.getProduct(), o.getVersion()));
        } else if (object instanceof UpdateFile o) {
            return o.getPath();
        } else if (object instanceof CrashAnalysis o) {
            String what = join(o.getBugcheckCode(), o.getBugcheckName());
            return o.getHost() == null || o.getHost().getName() == null ? what : join(what, "on " + o.getHost().getName());
        } else if (object instanceof StackFrame o) {
            return o.getIndex() + " " + first(join(o.getModule(), o.getSymbol()), o.getText());
        } else if (object instanceof CrashCluster o) {
            return first(o.getName(), o.getSignature());
        } else if (object instanceof Outage o) {
            return first(o.getService(), o.getSector());
        } else if (object instanceof TimelineEvent o) {
            return first(o.getMessage(), o.getKind());
        } else if (object instanceof Evidence o) {
            return first(o.getPath(), o.getOriginalName());
        } else if (object instanceof EvidenceRef o) {
            String file = o.getEvidence() == null ? null : first(o.getEvidence().getPath(), o.getEvidence().getOriginalName());
            String place = o.getLine() != null ? "line " + o.getLine()
                    : o.getByteOffset() != null ? "offset " + o.getByteOffset()
                    : o.getRecordId() != null ? "record " + o.getRecordId() : null;
            return join(file, place);
        } else if (object instanceof Remediation o) {
            return o.getAction();
        } else if (object instanceof RejectedProposal o) {
            return join(join(quoted(o.getCause()), "\u2192"), quoted(o.getEffect()));
        } else if (object instanceof RecordAnnotation o) {
            return o.getRecordId();
        }
        return null;
    }

    /** {@code Crash analysis} for {@code CrashAnalysis}. */
    public static String typeName(EObject object) {
        String name = object.eClass().getName();
        StringBuilder words = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }

    /** An instant for messages, or {@code (no time)}. */
    public static String time(Instant instant) {
        return instant == null ? "(no time)" : instant.toString();
    }

    private static String quoted(EObject object) {
        if (object == null) {
            return "(none)";
        }
        String name = name(object);
        return name == null || name.isBlank() ? typeName(object) + position(object) : "'" + shorten(name.strip()) + "'";
    }

    private static String position(EObject object) {
        EStructuralFeature feature = object.eContainingFeature();
        if (feature != null && feature.isMany()) {
            List<?> siblings = (List<?>) object.eContainer().eGet(feature);
            return " #" + (siblings.indexOf(object) + 1);
        }
        return "";
    }

    private static String shorten(String name) {
        String oneLine = name.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_NAME ? oneLine : oneLine.substring(0, MAX_NAME - 1) + "\u2026";
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + " " + b : hasA ? a : hasB ? b : null;
    }
}
