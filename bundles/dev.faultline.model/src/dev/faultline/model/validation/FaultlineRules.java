package dev.faultline.model.validation;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CausalNode;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.HostStateChange;
import dev.faultline.model.Incident;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.RelationKind;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;
import dev.faultline.model.UpdateFile;
import dev.faultline.model.labels.ObjectLabels;
import dev.faultline.model.persistence.EvidencePaths;
import dev.faultline.model.persistence.InvestigationFolderException;

/**
 * The investigation model's rules, as an EMF {@link org.eclipse.emf.ecore.EValidator} (run it
 * through {@link InvestigationValidator}; one instance remembers evidence hashes while the files
 * do not change). Each rule reports with the id from {@link Rules} as
 * the second data element of its diagnostic and a message naming the object.
 * <p>
 * Causal-order rules skip {@link RelationKind#MITIGATES} links: a mitigation acts on an effect
 * that has already begun.
 */
public class FaultlineRules extends EObjectValidator {

    /** Diagnostic source of these rules. */
    public static final String DIAGNOSTIC_SOURCE = "dev.faultline.model";
    /** Context key: the evidence folder ({@link Path}); evidence files are checked only when present. */
    public static final String CONTEXT_EVIDENCE_DIR = "dev.faultline.model.evidenceDir";

    private static final Pattern HEX_CODE = Pattern.compile("(0[xX])?[0-9a-fA-F]{1,8}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final EvidenceHashes hashes = new EvidenceHashes();
    private int code;

    @Override
    protected EPackage getEPackage() {
        return FaultlinePackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
        Checks checks = new Checks(diagnostics);
        if (object instanceof Investigation o) {
            checkInvestigation(o, checks);
        } else if (object instanceof Incident o) {
            checkIncident(o, checks);
        } else if (object instanceof Update o) {
            checkUpdate(o, checks);
        } else if (object instanceof UpdateFile o) {
            checkSha256(o, o.getSha256(), checks);
        } else if (object instanceof Driver o) {
            checkSha256(o, o.getSha256(), checks);
        } else if (object instanceof TimelineEvent o) {
            checkTimelineEvent(o, checks);
        } else if (object instanceof Outage o) {
            checkOrder(o, o.getStart(), "start", o.getEnd(), "end", Rules.OUTAGE_END_AFTER_START, checks);
        } else if (object instanceof CrashCluster o) {
            checkOrder(o, o.getFirstSeen(), "first seen", o.getLastSeen(), "last seen", Rules.CLUSTER_LAST_AFTER_FIRST, checks);
        } else if (object instanceof CrashAnalysis o) {
            checkCrash(o, checks);
        } else if (object instanceof HostGroup o) {
            checkHostGroup(o, checks);
        } else if (object instanceof Host o) {
            checkHost(o, checks);
        } else if (object instanceof CausalLink o) {
            checkCausalLink(o, checks);
        } else if (object instanceof EvidenceRef o) {
            checkEvidenceRef(o, checks);
        } else if (object instanceof Evidence o) {
            checkEvidence(o, (Path) context.get(CONTEXT_EVIDENCE_DIR), checks);
        }
        return valid && checks.valid;
    }

    private void checkInvestigation(Investigation investigation, Checks checks) {
        if (isBlank(investigation.getTitle())) {
            checks.error(Rules.INVESTIGATION_TITLE, investigation, "Investigation has no title");
        }
        String zone = investigation.getDisplayTimeZone();
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                checks.error(Rules.INVESTIGATION_TIME_ZONE, investigation, ObjectLabels.label(investigation)
                        + ": display time zone '" + zone + "' is not a known zone id (e.g. UTC, Europe/Berlin)");
            }
        }
        checkCycles(investigation, checks);
    }

    private void checkIncident(Incident incident, Checks checks) {
        String[] names = { "start", "detected", "mitigated", "resolved" };
        Instant[] times = { incident.getStart(), incident.getDetected(), incident.getMitigated(), incident.getResolved() };
        for (int i = 0; i < times.length; i++) {
            for (int j = i + 1; j < times.length; j++) {
                if (times[i] != null && times[j] != null && times[j].isBefore(times[i])) {
                    checks.error(Rules.INCIDENT_TIMES_ORDERED, incident, ObjectLabels.label(incident) + ": " + names[j]
                            + " (" + times[j] + ") is before " + names[i] + " (" + times[i] + ")");
                }
            }
        }
    }

    private void checkUpdate(Update update, Checks checks) {
        Instant released = update.getReleasedAt();
        Instant reverted = update.getRevertedAt();
        if (released != null && reverted != null && !reverted.isAfter(released)) {
            checks.error(Rules.UPDATE_REVERTED_AFTER_RELEASED, update, ObjectLabels.label(update) + ": reverted at "
                    + reverted + ", which is not after its release at " + released);
        }
    }

    private void checkTimelineEvent(TimelineEvent event, Checks checks) {
        if (event.getInstant() == null) {
            checks.error(Rules.TIMELINE_INSTANT_REQUIRED, event, ObjectLabels.label(event) + " has no instant"
                    + (isBlank(event.getOriginalTimestamp()) ? "" : " (original timestamp '" + event.getOriginalTimestamp() + "')"));
        }
        if (isBlank(event.getSource())) {
            checks.error(Rules.TIMELINE_SOURCE_REQUIRED, event, ObjectLabels.label(event) + " has no source");
        }
    }

    private void checkOrder(EObject object, Instant first, String firstName, Instant second, String secondName, String rule,
            Checks checks) {
        if (first != null && second != null && second.isBefore(first)) {
            checks.error(rule, object, ObjectLabels.label(object) + ": " + secondName + " (" + second + ") is before "
                    + firstName + " (" + first + ")");
        }
    }

    private void checkCrash(CrashAnalysis crash, Checks checks) {
        String bugcheck = crash.getBugcheckCode();
        if (bugcheck != null && !HEX_CODE.matcher(bugcheck).matches()) {
            checks.error(Rules.BUGCHECK_CODE_HEX, crash, ObjectLabels.label(crash) + ": bugcheck code '" + bugcheck
                    + "' is not a hexadecimal code like 0x50");
        }
    }

    private void checkHostGroup(HostGroup group, Checks checks) {
        Long hosts = group.getHostCount();
        Long affected = group.getAffectedCount();
        Long recovered = group.getRecoveredCount();
        for (Long count : new Long[] { hosts, affected, recovered }) {
            if (count != null && count < 0) {
                checks.error(Rules.HOST_GROUP_COUNTS, group, ObjectLabels.label(group) + ": count " + count + " is negative");
                return;
            }
        }
        if (hosts != null && affected != null && affected > hosts) {
            checks.error(Rules.HOST_GROUP_COUNTS, group, ObjectLabels.label(group) + ": " + affected
                    + " affected hosts exceed the group's " + hosts + " hosts");
        }
        if (affected != null && recovered != null && recovered > affected) {
            checks.error(Rules.HOST_GROUP_COUNTS, group, ObjectLabels.label(group) + ": " + recovered
                    + " recovered hosts exceed the " + affected + " affected hosts");
        }
    }

    private void checkHost(Host host, Checks checks) {
        Instant previous = null;
        for (HostStateChange change : host.getStateChanges()) {
            if (change.getAt() != null) {
                if (previous != null && change.getAt().isBefore(previous)) {
                    checks.warning(Rules.HOST_STATES_ORDERED, change, ObjectLabels.label(host) + ": state change to "
                            + change.getState() + " at " + change.getAt() + " is listed after one at " + previous);
                }
                previous = change.getAt();
            }
        }
    }

    private void checkSha256(EObject object, String sha256, Checks checks) {
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            checks.error(Rules.SHA256_FORMAT, object, ObjectLabels.label(object) + ": SHA-256 '" + sha256
                    + "' is not 64 hexadecimal digits");
        }
    }

    private void checkCausalLink(CausalLink link, Checks checks) {
        CausalNode cause = link.getCause();
        CausalNode effect = link.getEffect();
        if (cause == null || effect == null) {
            checks.error(Rules.CAUSAL_ENDS_REQUIRED, link, ObjectLabels.label(link) + " needs both a cause and an effect");
            return;
        }
        if (link.getRelation() == RelationKind.MITIGATES) {
            return;
        }
        Instant causeTime = CausalTimes.timeOf(cause);
        Instant effectTime = CausalTimes.timeOf(effect);
        if (causeTime != null && effectTime != null && causeTime.isAfter(effectTime)) {
            checks.error(Rules.CAUSAL_CAUSE_AFTER_EFFECT, link, ObjectLabels.label(link) + ": the cause ("
                    + ObjectLabels.label(cause) + ", " + causeTime + ") comes after its effect ("
                    + ObjectLabels.label(effect) + ", " + effectTime + ")");
        }
    }

    /** Reports each non-mitigating link that lies on a cycle, with one cycle through it. */
    private void checkCycles(Investigation investigation, Checks checks) {
        Map<CausalNode, List<CausalLink>> outgoing = new HashMap<>();
        for (CausalLink link : investigation.getCausalLinks()) {
            if (link.getCause() != null && link.getEffect() != null && link.getRelation() != RelationKind.MITIGATES) {
                outgoing.computeIfAbsent(link.getCause(), k -> new ArrayList<>()).add(link);
            }
        }
        for (CausalLink link : investigation.getCausalLinks()) {
            if (link.getCause() == null || link.getEffect() == null || link.getRelation() == RelationKind.MITIGATES) {
                continue;
            }
            List<CausalNode> path = path(outgoing, link.getEffect(), link.getCause());
            if (path != null) {
                StringBuilder cycle = new StringBuilder(ObjectLabels.label(link.getCause()));
                for (CausalNode node : path) {
                    cycle.append(" \u2192 ").append(ObjectLabels.label(node));
                }
                checks.error(Rules.CAUSAL_CYCLE, link, ObjectLabels.label(link) + " is part of a causal cycle: " + cycle);
            }
        }
    }

    /** The nodes from {@code from} to {@code to} (both included) along links, or {@code null}. */
    private static List<CausalNode> path(Map<CausalNode, List<CausalLink>> outgoing, CausalNode from, CausalNode to) {
        Map<CausalNode, CausalNode> reachedFrom = new LinkedHashMap<>();
        Deque<CausalNode> queue = new ArrayDeque<>();
        Set<CausalNode> seen = new HashSet<>();
        queue.add(from);
        seen.add(from);
        while (!queue.isEmpty()) {
            CausalNode node = queue.remove();
            if (node == to) {
                List<CausalNode> path = new ArrayList<>();
                for (CausalNode n = to; n != null; n = reachedFrom.get(n)) {
                    path.add(0, n);
                }
                return path;
            }
            for (CausalLink next : outgoing.getOrDefault(node, List.of())) {
                if (seen.add(next.getEffect())) {
                    reachedFrom.put(next.getEffect(), node);
                    queue.add(next.getEffect());
                }
            }
        }
        return null;
    }

    private void checkEvidenceRef(EvidenceRef ref, Checks checks) {
        if (ref.getEvidence() == null) {
            checks.error(Rules.EVIDENCE_REF_TARGET, ref, ObjectLabels.label(ref) + " of "
                    + ObjectLabels.label(ref.eContainer()) + " does not name an evidence file");
        }
        if (ref.getLine() != null && ref.getLine() < 1) {
            checks.error(Rules.EVIDENCE_REF_POSITION, ref, ObjectLabels.label(ref) + ": line " + ref.getLine()
                    + " is not a line number (lines start at 1)");
        }
        if (ref.getByteOffset() != null && ref.getByteOffset() < 0) {
            checks.error(Rules.EVIDENCE_REF_POSITION, ref, ObjectLabels.label(ref) + ": byte offset "
                    + ref.getByteOffset() + " is negative");
        }
    }

    private void checkEvidence(Evidence evidence, Path evidenceDir, Checks checks) {
        checkSha256(evidence, evidence.getSha256(), checks);
        if (evidenceDir == null) {
            return;
        }
        Path file;
        try {
            file = EvidencePaths.resolve(evidenceDir, evidence);
        } catch (InvestigationFolderException e) {
            checks.error(Rules.EVIDENCE_PATH, evidence, ObjectLabels.label(evidence) + ": " + e.getMessage());
            return;
        }
        EvidenceHashes.Digest digest;
        try {
            digest = hashes.of(file);
        } catch (NoSuchFileException e) {
            checks.error(Rules.EVIDENCE_FILE_MISSING, evidence, ObjectLabels.label(evidence) + ": file " + file
                    + " is missing");
            return;
        } catch (IOException e) {
            checks.error(Rules.EVIDENCE_FILE_MISSING, evidence, ObjectLabels.label(evidence) + ": file " + file
                    + " cannot be read: " + e.getMessage());
            return;
        }
        String actual = digest.sha256();
        long size = digest.size();
        String recorded = evidence.getSha256();
        if (recorded == null || !recorded.equalsIgnoreCase(actual)) {
            checks.error(Rules.EVIDENCE_HASH_MISMATCH, evidence, ObjectLabels.label(evidence) + ": file " + file
                    + " has SHA-256 " + actual + ", but " + (recorded == null ? "none is recorded" : recorded + " is recorded")
                    + " (changed after import?)");
        }
        if (size != evidence.getSize()) {
            checks.error(Rules.EVIDENCE_SIZE_MISMATCH, evidence, ObjectLabels.label(evidence) + ": file " + file
                    + " has " + size + " bytes, but " + evidence.getSize() + " are recorded");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Collects one object's results. */
    private final class Checks {
        private final DiagnosticChain diagnostics;
        private boolean valid = true;

        Checks(DiagnosticChain diagnostics) {
            this.diagnostics = diagnostics;
        }

        void error(String rule, EObject object, String message) {
            add(Diagnostic.ERROR, rule, object, message);
            valid = false;
        }

        void warning(String rule, EObject object, String message) {
            add(Diagnostic.WARNING, rule, object, message);
        }

        private void add(int severity, String rule, EObject object, String message) {
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, ++code, message, new Object[] { object, rule }));
            }
        }
    }
}
