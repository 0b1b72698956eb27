package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage.Literals;
import dev.faultline.model.Investigation;

/**
 * Makes the model's {@link CrashCluster}s match what the clustering found, as one undoable command:
 * a cluster found for the first time is added (with the id of its summary), one recorded before
 * (same cluster key) gets the new counts and times, and crash analyses of the model join their
 * cluster. Clusters the analysts made by hand are left as they are.
 */
public final class ClusterRecorder {

    private ClusterRecorder() {
    }

    /**
     * The command, or {@code null} when the model already matches. After it has been executed,
     * {@link #bind} gives the summaries with their model clusters.
     */
    public static Command command(EditingDomain domain, Investigation investigation, List<CrashClusterSummary> clusters) {
        RecordClusters command = new RecordClusters(investigation);
        for (CrashClusterSummary summary : clusters) {
            if (summary.analystMade()) {
                continue;
            }
            CrashCluster cluster = CrashClusterer.byKey(investigation, summary.key());
            if (cluster == null) {
                cluster = FaultlineFactory.eINSTANCE.createCrashCluster();
                cluster.setName(summary.name());
                cluster.setClusterKey(summary.key());
                fill(cluster, summary);
                cluster.setDescription("Found by Faultline's crash clustering: crashes sharing "
                        + (summary.bucket() != null ? "the failure bucket " + summary.bucket()
                                : "module " + summary.module() + ", bugcheck " + summary.bugcheck() + " and the stack signature '"
                                        + summary.signature() + "'")
                        + ". Counts and times are those of the evidence when it was last clustered.");
                command.append(AddCommand.create(domain, investigation, Literals.INVESTIGATION__CRASH_CLUSTERS, cluster));
                command.ids.put(cluster, summary.id());
            } else {
                CrashCluster current = FaultlineFactory.eINSTANCE.createCrashCluster();
                fill(current, summary);
                for (EStructuralFeature feature : List.of(Literals.CRASH_CLUSTER__SIGNATURE, Literals.CRASH_CLUSTER__BUGCHECK_CODE,
                        Literals.CRASH_CLUSTER__FAULTING_MODULE, Literals.CRASH_CLUSTER__FAILURE_BUCKET, Literals.CRASH_CLUSTER__CRASH_COUNT,
                        Literals.CRASH_CLUSTER__HOST_COUNT, Literals.CRASH_CLUSTER__FIRST_SEEN, Literals.CRASH_CLUSTER__LAST_SEEN)) {
                    if (!Objects.equals(cluster.eGet(feature), current.eGet(feature))) {
                        command.append(SetCommand.create(domain, cluster, feature, current.eGet(feature)));
                    }
                }
            }
            for (CrashAnalysis crash : summary.members()) {
                if (crash.getCluster() != cluster && (crash.getCluster() == null || crash.getCluster().getClusterKey() != null)) {
                    command.append(SetCommand.create(domain, crash, Literals.CRASH_ANALYSIS__CLUSTER, cluster));
                }
            }
        }
        return command.isEmpty() ? null : command;
    }

    private static void fill(CrashCluster cluster, CrashClusterSummary summary) {
        cluster.setSignature(summary.signature());
        cluster.setBugcheckCode(summary.bugcheck());
        cluster.setFaultingModule(summary.module());
        cluster.setFailureBucket(summary.bucket());
        cluster.setCrashCount(summary.count());
        cluster.setHostCount(summary.hosts());
        cluster.setFirstSeen(summary.firstSeen());
        cluster.setLastSeen(summary.lastSeen());
    }

    /** The summaries bound to the model clusters that now carry their keys (or that the analysts made). */
    public static List<CrashClusterSummary> bind(Investigation investigation, List<CrashClusterSummary> clusters) {
        List<CrashClusterSummary> bound = new ArrayList<>(clusters.size());
        for (CrashClusterSummary summary : clusters) {
            CrashCluster cluster = summary.analystMade() ? summary.modelCluster() : CrashClusterer.byKey(investigation, summary.key());
            bound.add(cluster == summary.modelCluster() ? summary : summary.withModelCluster(cluster));
        }
        return bound;
    }

    /** Adds and sets, and gives new clusters their summary's id (again on redo). */
    private static final class RecordClusters extends CompoundCommand {
        private final Investigation investigation;
        final Map<CrashCluster, String> ids = new LinkedHashMap<>();

        RecordClusters(Investigation investigation) {
            super("Record Crash Clusters");
            this.investigation = investigation;
        }

        @Override
        public void execute() {
            super.execute();
            assignIds();
        }

        @Override
        public void redo() {
            super.redo();
            assignIds();
        }

        private void assignIds() {
            if (investigation.eResource() instanceof XMLResource resource) {
                ids.forEach((cluster, id) -> {
                    if (resource.getEObject(id) == null) {
                        resource.setID(cluster, id);
                    }
                });
            }
        }
    }
}
