package dev.faultline.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.FleetReader;
import dev.faultline.index.FleetScan;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.Verification;
import dev.faultline.index.opensearch.OpenSearchFleetScan;
import dev.faultline.index.opensearch.OpenSearchIndex;
import dev.faultline.index.opensearch.RecordedIndex;
import dev.faultline.intake.EvidenceRecords;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The analyses of one open investigation: its evidence index (opened, and rebuilt from the evidence
 * when missing or of an older layout) and the model. The CLI commands and the workbench views start
 * here; close it to close the index.
 */
public final class CaseAnalysis implements Closeable {

    private final InvestigationFolder folder;
    private final Closeable index;
    private final FleetReader scan;

    private CaseAnalysis(InvestigationFolder folder, Closeable index, FleetReader scan) {
        this.folder = folder;
        this.index = index;
        this.scan = scan;
    }

    /**
     * The analyses of an investigation whose index is elsewhere than {@code DIR/index} (a cluster):
     * {@code scan} reads it, {@code index} is closed with the analysis.
     */
    public static CaseAnalysis of(InvestigationFolder folder, FleetReader scan, Closeable index) {
        return new CaseAnalysis(folder, index, scan);
    }

    /**
     * Opens the analyses of an investigation, reading its index where the investigation keeps it: the
     * index on an OpenSearch cluster that {@code DIR/opensearch.json} names ({@link RecordedIndex},
     * credentials from the environment), else {@code DIR/index} (built from the evidence when missing).
     * Without evidence that Faultline reads (the built-in sample has none), there is no index and the
     * analyses work on the model alone.
     *
     * @throws IOException also when the cluster cannot be used ({@link dev.faultline.index.opensearch.OpenSearchException})
     */
    public static CaseAnalysis open(InvestigationFolder folder, AnalysisMonitor monitor) throws IOException {
        RecordedIndex recorded = RecordedIndex.of(folder.root());
        if (recorded != null) {
            monitor.step("Opening index '" + recorded.index() + "' on " + recorded.url());
            OpenSearchIndex index;
            try {
                index = recorded.open(System.getenv());
            } catch (IllegalArgumentException e) {
                throw new IOException(folder.root().resolve(RecordedIndex.FILE) + ": " + e.getMessage(), e);
            }
            return new CaseAnalysis(folder, index, new OpenSearchFleetScan(index));
        }
        if (!EvidenceRecords.anyReadable(folder)) {
            return new CaseAnalysis(folder, null, null);
        }
        monitor.step("Opening the evidence index");
        IndexProgress progress = new IndexProgress() {
            @Override
            public void indexed(long records) {
                monitor.worked(records);
            }

            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }
        };
        EvidenceIndex index = EvidenceIndex.open(folder.indexDir(), () -> EvidenceRecords.of(folder), progress, Verification.OPEN);
        return new CaseAnalysis(folder, index, new FleetScan(index));
    }

    public InvestigationFolder folder() {
        return folder;
    }

    /** The fleet reads of the index, or {@code null} when there is no index. */
    public FleetReader scan() {
        return scan;
    }

    /** The {@code xmi:id} of a model object (or {@code null}). */
    public Function<Object, String> idOf() {
        return object -> object instanceof EObject e ? folder.idOf(e) : null;
    }

    /** The crash clusters of the index and the model (not recorded in the model). */
    public List<CrashClusterSummary> clusters(SignatureRules rules, AnalysisMonitor monitor) throws IOException {
        return new CrashClusterer(rules).cluster(folder.investigation(), idOf(), scan, monitor);
    }

    /** Proposals for clusters already recorded and bound ({@link ClusterRecorder}). */
    public ChainProposals propose(List<CrashClusterSummary> boundClusters, AnalysisMonitor monitor) throws IOException {
        return new ChainProposer(folder.investigation(), idOf(), scan).propose(boundClusters, monitor);
    }

    /** The driver audit over the index's driver inventories and the model's drivers. */
    public DriverAuditResult auditDrivers(List<CrashClusterSummary> clusters, DriverBaseline baseline, AnalysisMonitor monitor)
            throws IOException {
        return new DriverAudit(folder.investigation(), scan).audit(clusters, baseline, monitor);
    }

    @Override
    public void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }
}
