package dev.faultline.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.model.Investigation;

/**
 * What an earlier reading of evidence files put into the model, removed before a new reading of
 * the same files (another format, zone or year) is added: the per-record facts made from them
 * alone (crash analyses, timeline events, updates whose every citation cites one of these files),
 * every citation of these files on other facts (hosts and drivers stay, with their other
 * citations), and every reference to a removed fact (causal links, clusters ...).
 */
final class EarlierReading {

    private EarlierReading() {
    }

    static void remove(Investigation investigation, List<Evidence> files) {
        Set<Evidence> reread = Collections.newSetFromMap(new IdentityHashMap<>());
        reread.addAll(files);
        Set<EObject> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(investigation.getCrashAnalyses(), reread, removed);
        collect(investigation.getTimelineEvents(), reread, removed);
        collect(investigation.getUpdates(), reread, removed);
        if (!removed.isEmpty()) {
            investigation.getCrashAnalyses().removeIf(removed::contains);
            investigation.getTimelineEvents().removeIf(removed::contains);
            investigation.getUpdates().removeIf(removed::contains);
        }
        List<EObject> all = new ArrayList<>();
        investigation.eAllContents().forEachRemaining(all::add);
        for (EObject object : all) {
            if (object instanceof Fact fact) {
                fact.getCitations().removeIf(ref -> reread.contains(ref.getEvidence()));
            }
            if (removed.isEmpty()) {
                continue;
            }
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()) {
                    continue;
                }
                if (reference.isMany()) {
                    ((List<?>) object.eGet(reference)).removeIf(removed::contains);
                } else if (removed.contains(object.eGet(reference, false))) {
                    object.eUnset(reference);
                }
            }
        }
    }

    private static void collect(List<? extends Fact> facts, Set<Evidence> reread, Set<EObject> removed) {
        for (Fact fact : facts) {
            List<EvidenceRef> citations = fact.getCitations();
            if (!citations.isEmpty() && citations.stream().allMatch(ref -> reread.contains(ref.getEvidence()))) {
                removed.add(fact);
            }
        }
    }
}
