package dev.faultline.analysis;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import dev.faultline.model.edit.InvestigationEditingDomains;
import dev.faultline.model.persistence.InvestigationFolder;

/** Runs the whole analysis on an investigation as the CLI does: cluster, record, propose. */
final class ScenarioAnalysis implements AutoCloseable {

    final InvestigationFolder folder;
    final AdapterFactoryEditingDomain domain;
    final CaseAnalysis analysis;
    List<CrashClusterSummary> clusters;
    ChainProposals proposals;

    ScenarioAnalysis(InvestigationFolder folder) throws IOException {
        this.folder = folder;
        this.domain = InvestigationEditingDomains.create(folder);
        this.analysis = CaseAnalysis.open(folder, AnalysisMonitor.NONE);
        List<CrashClusterSummary> found = analysis.clusters(SignatureRules.defaults(), AnalysisMonitor.NONE);
        Command record = ClusterRecorder.command(domain, folder.investigation(), found);
        if (record != null) {
            domain.getCommandStack().execute(record);
        }
        clusters = ClusterRecorder.bind(folder.investigation(), found);
        proposals = analysis.propose(clusters, AnalysisMonitor.NONE);
    }

    void repropose() throws IOException {
        proposals = analysis.propose(clusters, AnalysisMonitor.NONE);
    }

    List<Proposal> from(String causeLabel) {
        return proposals.proposals().stream().filter(p -> p.cause().label().equals(causeLabel)).toList();
    }

    Proposal link(String causeLabel, String effectLabel) {
        return proposals.proposals().stream().filter(p -> p.cause().label().equals(causeLabel) && p.effect().label().equals(effectLabel))
                .findFirst().orElse(null);
    }

    @Override
    public void close() throws IOException {
        analysis.close();
        InvestigationEditingDomains.dispose(domain);
    }
}
