package dev.faultline.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.model.CausalLink;
import dev.faultline.model.Confidence;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage.Literals;
import dev.faultline.model.Investigation;
import dev.faultline.model.RejectedProposal;

/**
 * What an analyst decides on proposals, as commands for the investigation's command stack:
 * accepting makes {@link CausalLink}s (citing the proposal's evidence), rejecting records a
 * {@link RejectedProposal} with the reason. Both undo.
 */
public final class ProposalDecisions {

    private ProposalDecisions() {
    }

    /** The command that adds a causal link for each proposal not linked yet, or {@code null} when there is none. */
    public static Command accept(EditingDomain domain, Investigation investigation, List<Proposal> proposals) {
        CompoundCommand command = new CompoundCommand(proposals.size() == 1 ? "Accept Proposed Link" : "Accept Proposed Links");
        for (Proposal proposal : proposals) {
            if (proposal.status() == Proposal.Status.LINKED) {
                continue;
            }
            command.append(AddCommand.create(domain, investigation, Literals.INVESTIGATION__CAUSAL_LINKS, link(investigation, proposal)));
        }
        return command.isEmpty() ? null : command;
    }

    /** The link a proposal becomes. */
    public static CausalLink link(Investigation investigation, Proposal proposal) {
        CausalLink link = FaultlineFactory.eINSTANCE.createCausalLink();
        link.setCause(proposal.causeNode());
        link.setEffect(proposal.effectNode());
        link.setRelation(proposal.relation());
        link.setConfidence(confidence(proposal.level()));
        link.setRationale(proposal.rationale() + String.format(Locale.ROOT, " [Proposed by Faultline's analysis (%s, %s %.2f), accepted.]",
                proposal.id(), proposal.level(), proposal.confidence()));
        cite(investigation, link, proposal.evidence());
        return link;
    }

    /** The command that records a rejection with its reason. */
    public static Command reject(EditingDomain domain, Investigation investigation, Proposal proposal, String reason, String by) {
        RejectedProposal rejected = FaultlineFactory.eINSTANCE.createRejectedProposal();
        rejected.setProposalId(proposal.id());
        rejected.setCause(proposal.causeNode());
        rejected.setEffect(proposal.effectNode());
        rejected.setRelation(proposal.relation());
        rejected.setProposedConfidence(Math.round(proposal.confidence() * 100));
        rejected.setProposedRationale(proposal.rationale());
        rejected.setReason(reason);
        rejected.setRejectedAt(Instant.now());
        rejected.setRejectedBy(by);
        cite(investigation, rejected, proposal.evidence());
        Command add = AddCommand.create(domain, investigation, Literals.INVESTIGATION__REJECTED_PROPOSALS, rejected);
        CompoundCommand command = new CompoundCommand("Reject Proposed Link");
        command.append(add);
        return command;
    }

    private static Confidence confidence(String level) {
        return switch (level) {
            case "high" -> Confidence.HIGH;
            case "medium" -> Confidence.MEDIUM;
            default -> Confidence.LOW;
        };
    }

    /** Citations of evidence files the investigation has (matched by SHA-256, else by path). */
    private static void cite(Investigation investigation, Fact fact, List<Citation> citations) {
        for (Citation citation : citations) {
            Evidence evidence = find(investigation, citation);
            if (evidence == null) {
                continue;
            }
            EvidenceRef ref = FaultlineFactory.eINSTANCE.createEvidenceRef();
            ref.setEvidence(evidence);
            if (citation.line() > 0) {
                ref.setLine(citation.line());
            }
            fact.getCitations().add(ref);
        }
    }

    private static Evidence find(Investigation investigation, Citation citation) {
        for (Evidence evidence : investigation.getEvidence()) {
            if (citation.sha256() != null && citation.sha256().equalsIgnoreCase(evidence.getSha256())) {
                return evidence;
            }
        }
        for (Evidence evidence : investigation.getEvidence()) {
            if (citation.file() != null && citation.file().equals(evidence.getPath())) {
                return evidence;
            }
        }
        return null;
    }
}
