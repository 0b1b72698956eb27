package dev.faultline.analysis;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.faultline.analysis.internal.ClusterAccumulator;
import dev.faultline.analysis.internal.CrashKeys;
import dev.faultline.analysis.internal.UpdateTimings;
import dev.faultline.index.CrashShape;
import dev.faultline.index.FleetReader;
import dev.faultline.index.FleetScan;
import dev.faultline.index.IndexCanceledException;
import dev.faultline.index.IndexProgress;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Investigation;
import dev.faultline.model.StackFrame;

/**
 * Groups an investigation's crash analyses into clusters: by failure bucket, else by blamed module,
 * bugcheck code and stack signature ({@link StackSignature}). The crashes of the evidence index are
 * read from doc values ({@link FleetScan}), however many there are; crash analyses that exist only in
 * the model (entered by hand, or reconstructed as in the sample) are added. A cluster the analysts
 * made by hand (a {@link CrashCluster} without a cluster key) keeps its crashes and is reported as
 * it is. The result is not written anywhere: {@link ClusterRecorder} turns it into model clusters.
 */
public final class CrashClusterer {

    /** Key prefix of clusters the analysts made by hand. */
    public static final String ANALYST_KEY_PREFIX = "model:";
    /** Format id of crash analyses in the index (see {@code Evidence.importer}). */
    private static final String INDEXED_FORMAT = "windbg";

    private final StackSignature signatures;

    public CrashClusterer(SignatureRules rules) {
        this.signatures = new StackSignature(rules);
    }

    public StackSignature signatures() {
        return signatures;
    }

    /**
     * Clusters the crashes of the index (when {@code scan} is given) and those of the model that the
     * index does not hold.
     *
     * @param idOf the {@code xmi:id} of a model object, or {@code null} when it has none
     * @param scan the investigation's index, or {@code null} to cluster the model's crash analyses alone
     */
    public List<CrashClusterSummary> cluster(Investigation investigation, Function<Object, String> idOf, FleetReader scan,
            AnalysisMonitor monitor) throws IOException {
        Map<String, ClusterAccumulator> clusters = new LinkedHashMap<>();
        if (scan != null) {
            monitor.step("Reading crash analyses from the evidence index");
            for (CrashShape shape : shapes(scan, monitor)) {
                String signature = signatures.ofStackText(shape.stack());
                String module = shape.module() != null ? shape.module() : CrashKeys.moduleBase(shape.image());
                String key = CrashKeys.clusterKey(shape.bucket(), module, shape.bugcheck(), signature);
                List<Citation> citations = shape.examples().stream().map(Citation::of).toList();
                clusters.computeIfAbsent(key, k -> new ClusterAccumulator(k, signature, shape.bucket(), null))
                        .add(module, shape.image(), shape.bugcheck(), shape.count(), shape.times(), shape.hostHashes(), citations);
            }
        }
        monitor.step("Adding the crash analyses of the model");
        monitor.checkCanceled();
        for (CrashAnalysis crash : investigation.getCrashAnalyses()) {
            CrashCluster current = crash.getCluster();
            boolean analystMade = current != null && (current.getClusterKey() == null || current.getClusterKey().isBlank());
            String signature = signatures.of(callSites(crash));
            String module = CrashKeys.moduleBase(crash.getFaultingModule() != null ? crash.getFaultingModule() : crash.getImageName());
            String bugcheck = CrashKeys.bugcheck(crash.getBugcheckCode());
            String key = analystMade ? ANALYST_KEY_PREFIX + idOrName(current, idOf)
                    : CrashKeys.clusterKey(crash.getFailureBucket(), module, bugcheck, signature);
            ClusterAccumulator cluster = clusters.computeIfAbsent(key, k -> new ClusterAccumulator(k,
                    analystMade && current.getSignature() != null ? current.getSignature() : signature,
                    analystMade ? null : crash.getFailureBucket(), analystMade ? current : null));
            if (scan == null || !indexed(crash)) {
                Long host = crash.getHost() == null || crash.getHost().getName() == null ? null
                        : FleetScan.hostHash(crash.getHost().getName());
                List<Citation> citations = crash.getCitations().stream().map(Citation::of).toList();
                cluster.add(module, CrashKeys.keyword(crash.getImageName()), bugcheck, crash.getTime(), host, citations);
            }
            cluster.member(crash);
        }
        List<CrashClusterSummary> result = new ArrayList<>();
        for (ClusterAccumulator cluster : clusters.values()) {
            if (cluster.count() > 0) {
                result.add(summary(cluster, investigation, idOf));
            }
        }
        result.sort(Comparator.comparingLong(CrashClusterSummary::count).reversed()
                .thenComparing(s -> s.firstSeen() == null ? Instant.MAX : s.firstSeen()).thenComparing(CrashClusterSummary::key));
        if (scan != null || !result.isEmpty()) {
            monitor.step("Finding the updates released before each cluster");
            result = new UpdateTimings(investigation, scan).addTo(result);
        }
        return result;
    }

    private static IndexProgress progress(AnalysisMonitor monitor) {
        return new IndexProgress() {
            @Override
            public void indexed(long records) {
                monitor.worked(records);
            }

            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }
        };
    }

    /** Reads the crashes of the index, turning its cancellation into the analysis's. */
    static List<CrashShape> shapes(FleetReader scan, AnalysisMonitor monitor) throws IOException {
        try {
            return scan.crashShapes(progress(monitor));
        } catch (IndexCanceledException e) {
            throw new AnalysisCanceledException();
        }
    }

    private CrashClusterSummary summary(ClusterAccumulator cluster, Investigation investigation, Function<Object, String> idOf) {
        long[] times = cluster.times();
        long[] hosts = cluster.hostHashes();
        Instant first = times.length == 0 ? null : Instant.ofEpochMilli(times[0]);
        Instant last = times.length == 0 ? null : Instant.ofEpochMilli(times[times.length - 1]);
        CrashCluster model = cluster.analystCluster() != null ? cluster.analystCluster() : byKey(investigation, cluster.key());
        String id = model != null && idOf.apply(model) != null ? idOf.apply(model) : "crash-cluster-" + CrashKeys.shortHash(cluster.key());
        String name = model != null && model.getName() != null ? model.getName() : name(cluster);
        return new CrashClusterSummary(id, cluster.key(), name, cluster.signature(), cluster.bugcheck(), cluster.module(), cluster.image(),
                cluster.bucket(), cluster.count(), hosts.length, first, last, ClusterAccumulator.perMinute(times), List.of(),
                cluster.evidence(), List.copyOf(cluster.members()), model, hosts);
    }

    private static String name(ClusterAccumulator cluster) {
        if (cluster.bucket() != null) {
            return cluster.bucket();
        }
        StringBuilder name = new StringBuilder();
        name.append(cluster.image() != null ? cluster.image() : cluster.module() != null ? cluster.module() : "unknown module");
        if (cluster.bugcheck() != null) {
            name.append(' ').append(cluster.bugcheck());
        }
        if (!cluster.signature().isEmpty()) {
            name.append(" at ").append(cluster.signature());
        }
        return name.toString();
    }

    /** The model cluster the clustering recorded earlier with this key, or {@code null}. */
    static CrashCluster byKey(Investigation investigation, String key) {
        for (CrashCluster cluster : investigation.getCrashClusters()) {
            if (key.equals(cluster.getClusterKey())) {
                return cluster;
            }
        }
        return null;
    }

    private static String idOrName(CrashCluster cluster, Function<Object, String> idOf) {
        String id = idOf.apply(cluster);
        return id != null ? id : String.valueOf(cluster.getName());
    }

    private static boolean indexed(CrashAnalysis crash) {
        for (EvidenceRef ref : crash.getCitations()) {
            Evidence evidence = ref.getEvidence();
            if (evidence != null && INDEXED_FORMAT.equals(evidence.getImporter())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> callSites(CrashAnalysis crash) {
        List<String> sites = new ArrayList<>(crash.getFrames().size());
        for (StackFrame frame : crash.getFrames()) {
            StringBuilder site = new StringBuilder();
            if (frame.getModule() != null) {
                site.append(frame.getModule());
            }
            if (frame.getSymbol() != null) {
                site.append('!').append(frame.getSymbol());
            }
            if (frame.getOffset() != null) {
                site.append('+').append(frame.getOffset());
            }
            sites.add(site.toString());
        }
        return sites;
    }
}
