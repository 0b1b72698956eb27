package dev.faultline.analysis.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.faultline.analysis.Citation;
import dev.faultline.analysis.NodeRef;
import dev.faultline.analysis.Proposal;
import dev.faultline.model.CausalLink;
import dev.faultline.model.CausalNode;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.model.RejectedProposal;
import dev.faultline.model.RelationKind;
import dev.faultline.model.Update;
import dev.faultline.model.labels.ObjectLabels;

/** Makes {@link Proposal}s: node references, stable ids, status against the model, citations. */
public final class ProposalFactory {

    private static final int MAX_CITATIONS = 8;

    private final Investigation investigation;
    private final Function<Object, String> idOf;

    public ProposalFactory(Investigation investigation, Function<Object, String> idOf) {
        this.investigation = investigation;
        this.idOf = idOf;
    }

    public Proposal make(CausalNode cause, CausalNode effect, RelationKind relation, double confidence, String rationale,
            Collection<Citation> evidence) {
        double c = Math.max(0, Math.min(1, Math.round(confidence * 100) / 100.0));
        NodeRef causeRef = ref(cause);
        NodeRef effectRef = ref(effect);
        String id = "p-" + CrashKeys.shortHash(relation.getLiteral() + "|" + causeRef.id() + "|" + effectRef.id());
        List<Citation> citations = new ArrayList<>(new LinkedHashSet<>(evidence));
        citations.removeIf(java.util.Objects::isNull);
        if (citations.size() > MAX_CITATIONS) {
            citations = citations.subList(0, MAX_CITATIONS);
        }
        return new Proposal(id, causeRef, effectRef, relation, c, Proposal.level(c), rationale, citations, cause, effect,
                status(id, cause, effect, relation));
    }

    private Proposal.Status status(String id, CausalNode cause, CausalNode effect, RelationKind relation) {
        for (CausalLink link : investigation.getCausalLinks()) {
            if (link.getCause() == cause && link.getEffect() == effect) {
                return Proposal.Status.LINKED;
            }
        }
        for (RejectedProposal rejected : investigation.getRejectedProposals()) {
            if (id.equals(rejected.getProposalId())
                    || rejected.getCause() == cause && rejected.getEffect() == effect && rejected.getRelation() == relation) {
                return Proposal.Status.REJECTED;
            }
        }
        return Proposal.Status.PROPOSED;
    }

    public NodeRef ref(CausalNode node) {
        String id = idOf.apply(node);
        return new NodeRef(kind(node), id == null ? "unsaved-" + Integer.toHexString(System.identityHashCode(node)) : id, label(node));
    }

    public static String kind(CausalNode node) {
        if (node instanceof Update) {
            return "update";
        } else if (node instanceof Driver) {
            return "driver";
        } else if (node instanceof CrashCluster) {
            return "crashCluster";
        } else if (node instanceof Outage) {
            return "outage";
        }
        String name = node.eClass().getName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    public static String label(CausalNode node) {
        if (node instanceof Update update) {
            return UpdateTimings.label(update);
        }
        String name = ObjectLabels.name(node);
        return name == null ? ObjectLabels.label(node) : name;
    }

    /** The citations of model facts. */
    public static List<Citation> citationsOf(Fact... facts) {
        Set<Citation> citations = new LinkedHashSet<>();
        for (Fact fact : facts) {
            if (fact == null) {
                continue;
            }
            int n = 0;
            for (EvidenceRef ref : fact.getCitations()) {
                Citation citation = Citation.of(ref);
                if (citation != null && n++ < 3) {
                    citations.add(citation);
                }
            }
        }
        return new ArrayList<>(citations);
    }
}
