package dev.faultline.analysis;

import java.util.List;

/**
 * What the causal-chain analysis proposes, and what it declined to link.
 *
 * @param proposals the proposed links, in chain order (update to driver, driver to cluster, cluster to
 *            outage, then what looked related but is not), the most confident first within each step
 * @param notes what was considered and not linked, and why (e.g. "no update link for cluster ...")
 * @param clusters the crash clusters the proposals are about
 */
public record ChainProposals(List<Proposal> proposals, List<String> notes, List<CrashClusterSummary> clusters) {

    public ChainProposals {
        proposals = List.copyOf(proposals);
        notes = List.copyOf(notes);
        clusters = List.copyOf(clusters);
    }

    /** The proposal with this id, or {@code null}. */
    public Proposal byId(String id) {
        for (Proposal proposal : proposals) {
            if (proposal.id().equals(id)) {
                return proposal;
            }
        }
        return null;
    }
}
