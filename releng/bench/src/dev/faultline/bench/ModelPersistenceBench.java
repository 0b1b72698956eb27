package dev.faultline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.HostState;
import dev.faultline.model.HostStateChange;
import dev.faultline.model.Investigation;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.validation.InvestigationValidator;

/**
 * Saves and opens investigations of N hosts (one state change each, 10 representatives in one
 * host group) with Faultline's investigation folder (formatted XMI, UUIDs, atomic save) and two
 * peers on the same model: EMF's default XMI resource (no ids, plain write) and EMF's binary
 * resource. Prints one Markdown row per store and size: file size, save, open (median of the
 * timed passes after warm-up passes) and, for Faultline, validation.
 * <p>
 * Usage: {@code ModelPersistenceBench <work-dir> <warmup> <passes> <hosts>...}
 */
public final class ModelPersistenceBench {

    private ModelPersistenceBench() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        for (int i = 3; i < args.length; i++) {
            int hosts = Integer.parseInt(args[i]);
            Investigation model = build(hosts);
            run("Faultline folder (XMI, ids, atomic)", hosts, work, warmup, passes, model, ModelPersistenceBench::faultline);
            run("EMF XMIResourceImpl (default)", hosts, work, warmup, passes, model, (dir, m) -> emf(dir, m,
                    new XMIResourceImpl(URI.createFileURI(dir.resolve("model.xmi").toString()))));
            run("EMF BinaryResourceImpl", hosts, work, warmup, passes, model, (dir, m) -> emf(dir, m,
                    new BinaryResourceImpl(URI.createFileURI(dir.resolve("model.bin").toString()))));
        }
    }

    private interface Store {
        long[] saveOpen(Path dir, Investigation model) throws IOException;
    }

    private static void run(String name, int hosts, Path work, int warmup, int passes, Investigation model, Store store)
            throws IOException {
        long[][] results = new long[passes][];
        for (int p = -warmup; p < passes; p++) {
            Path dir = work.resolve("pass");
            delete(dir);
            long[] r = store.saveOpen(dir, EcoreUtil.copy(model));
            if (p >= 0) {
                results[p] = r;
            }
        }
        long bytes = results[passes - 1][3];
        System.out.printf("| %s | %,d | %,d KB | %d | %d | %s |%n", name, hosts, bytes / 1024, median(results, 0), median(results, 1),
                results[0][2] < 0 ? "–" : String.valueOf(median(results, 2)));
    }

    private static long[] faultline(Path dir, Investigation model) throws IOException {
        long t0 = System.nanoTime();
        InvestigationFolder.create(dir, model);
        long t1 = System.nanoTime();
        InvestigationFolder opened = InvestigationFolder.open(dir);
        long t2 = System.nanoTime();
        int problems = new InvestigationValidator().validate(opened).size();
        long t3 = System.nanoTime();
        if (problems != 0) {
            throw new IllegalStateException(problems + " validation problems");
        }
        return new long[] { ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), Files.size(opened.modelFile()) };
    }

    private static long[] emf(Path dir, Investigation model, Resource resource) throws IOException {
        Files.createDirectories(dir);
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(FaultlinePackage.eNS_URI, FaultlinePackage.eINSTANCE);
        set.getResources().add(resource);
        resource.getContents().add(model);
        long t0 = System.nanoTime();
        resource.save(Map.of());
        long t1 = System.nanoTime();
        ResourceSet other = new ResourceSetImpl();
        other.getPackageRegistry().put(FaultlinePackage.eNS_URI, FaultlinePackage.eINSTANCE);
        Resource loaded = resource instanceof BinaryResourceImpl ? new BinaryResourceImpl(resource.getURI())
                : new XMIResourceImpl(resource.getURI());
        other.getResources().add(loaded);
        loaded.load(Map.of());
        long t2 = System.nanoTime();
        EObject root = loaded.getContents().get(0);
        if (((Investigation) root).getHosts().size() != model.getHosts().size()) {
            throw new IllegalStateException("lost hosts");
        }
        return new long[] { ms(t1 - t0), ms(t2 - t1), -1, Files.size(Path.of(resource.getURI().toFileString())) };
    }

    private static Investigation build(int hosts) {
        FaultlineFactory f = FaultlineFactory.eINSTANCE;
        Investigation investigation = f.createInvestigation();
        investigation.setTitle("bench " + hosts);
        HostGroup group = f.createHostGroup();
        group.setName("fleet");
        group.setHostCount((long) hosts);
        investigation.getHostGroups().add(group);
        for (int i = 0; i < hosts; i++) {
            Host host = f.createHost();
            host.setName("wks-" + i);
            host.setOsName("Windows 11");
            host.setOsBuild("22631");
            host.getAgentVersions().add("Falcon sensor 7.11");
            HostStateChange change = f.createHostStateChange();
            change.setAt(Instant.parse("2024-07-19T04:20:00Z").plusSeconds(i));
            change.setState(HostState.CRASHED);
            host.getStateChanges().add(change);
            if (i < 10) {
                host.getGroups().add(group);
            }
            investigation.getHosts().add(host);
        }
        return investigation;
    }

    private static long median(long[][] results, int column) {
        return Stream.of(results).mapToLong(r -> r[column]).sorted().skip(results.length / 2).findFirst().orElseThrow();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
