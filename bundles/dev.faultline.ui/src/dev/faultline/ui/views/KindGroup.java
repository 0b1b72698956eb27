package dev.faultline.ui.views;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EReference;

import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Investigation;

/**
 * One kind of object of an investigation in the Investigation Explorer ("Hosts", "Drivers", ...):
 * the objects of one containment list of the {@link Investigation}, shown under one node with their
 * count, so an investigation with hundreds of objects stays navigable.
 *
 * @param owner the investigation
 * @param feature the containment list, e.g. {@code Investigation.hosts}
 */
public record KindGroup(Investigation owner, EReference feature) {

    private static final FaultlinePackage P = FaultlinePackage.eINSTANCE;
    private static final Map<EReference, String> NAMES = Map.ofEntries(Map.entry(P.getInvestigation_Incidents(), "Incidents"),
            Map.entry(P.getInvestigation_HostGroups(), "Host groups"), Map.entry(P.getInvestigation_Hosts(), "Hosts"),
            Map.entry(P.getInvestigation_Drivers(), "Drivers"), Map.entry(P.getInvestigation_Updates(), "Updates"),
            Map.entry(P.getInvestigation_CrashAnalyses(), "Crash analyses"),
            Map.entry(P.getInvestigation_CrashClusters(), "Crash clusters"), Map.entry(P.getInvestigation_Outages(), "Outages"),
            Map.entry(P.getInvestigation_TimelineEvents(), "Timeline"), Map.entry(P.getInvestigation_Evidence(), "Evidence"),
            Map.entry(P.getInvestigation_CausalLinks(), "Causal links"),
            Map.entry(P.getInvestigation_Remediations(), "Remediations"));

    /** The objects of this kind. */
    public List<?> members() {
        return (List<?>) owner.eGet(feature);
    }

    /** {@code Hosts}, {@code Crash analyses}, ... */
    public String name() {
        String name = NAMES.get(feature);
        if (name != null) {
            return name;
        }
        String words = feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code Hosts (7)}. */
    public String label() {
        return name() + " (" + members().size() + ")";
    }

    /** The groups of an investigation that hold something, in the model's order. */
    public static List<KindGroup> of(Investigation investigation) {
        return investigation.eClass().getEAllContainments().stream().map(f -> new KindGroup(investigation, f))
                .filter(g -> !g.members().isEmpty()).toList();
    }
}
