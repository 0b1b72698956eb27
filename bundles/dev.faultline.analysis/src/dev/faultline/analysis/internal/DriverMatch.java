package dev.faultline.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.model.Driver;
import dev.faultline.model.Investigation;

/** Which drivers of the investigation a crash cluster blames, and file-name helpers. */
public final class DriverMatch {

    /** Module names of the Windows kernel itself: a crash blamed on them blames no driver. */
    public static final Set<String> KERNEL = Set.of("nt", "ntoskrnl", "ntkrnlmp", "ntkrnlpa", "ntkrpamp", "hal");

    /** Folders every Windows driver and patch shares: a file there says nothing about which driver it belongs to. */
    public static final Set<String> SHARED_FOLDERS = Set.of("c:\\windows", "c:\\windows\\system32", "c:\\windows\\system32\\drivers",
            "c:\\windows\\syswow64", "c:\\windows\\system32\\driverstore\\filerepository");

    private DriverMatch() {
    }

    /** The drivers whose file or service name is the cluster's blamed module or image. */
    public static List<Driver> blamed(Investigation investigation, CrashClusterSummary cluster) {
        List<Driver> drivers = new ArrayList<>();
        String module = cluster.module();
        String image = CrashKeys.moduleBase(cluster.image());
        for (Driver driver : investigation.getDrivers()) {
            String base = base(driver);
            String service = CrashKeys.keyword(driver.getServiceName());
            if (base != null && (base.equals(module) || base.equals(image)) || service != null && (service.equals(module) || service.equals(image))) {
                drivers.add(driver);
            }
        }
        return drivers;
    }

    /** The drivers the cluster's stack signature runs through without blaming them. */
    public static List<Driver> inSignature(Investigation investigation, CrashClusterSummary cluster, List<Driver> blamed) {
        List<Driver> drivers = new ArrayList<>();
        for (String frame : cluster.signature().split(" \\| ")) {
            String module = frameModule(frame);
            if (module == null || KERNEL.contains(module)) {
                continue;
            }
            for (Driver driver : investigation.getDrivers()) {
                if (module.equals(base(driver)) && !blamed.contains(driver) && !drivers.contains(driver)) {
                    drivers.add(driver);
                }
            }
        }
        return drivers;
    }

    /** The module of a signature frame ({@code stflt!Read} or {@code csagent+0xe14ed}), lower-case. */
    public static String frameModule(String frame) {
        int end = frame.indexOf('!');
        if (end < 0) {
            end = frame.indexOf('+');
        }
        String module = (end < 0 ? frame : frame.substring(0, end)).strip().toLowerCase(Locale.ROOT);
        return module.isEmpty() ? null : module;
    }

    /** The driver's file name without extension, lower-case. */
    public static String base(Driver driver) {
        String name = driver.getFileName() != null ? driver.getFileName() : driver.getPath();
        return CrashKeys.moduleBase(name);
    }

    /** A Windows path in one form: lower-case, backslashes, without {@code \??\} or {@code \SystemRoot}. */
    public static String path(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path.strip().replace('/', '\\').toLowerCase(Locale.ROOT);
        if (p.startsWith("\\??\\")) {
            p = p.substring(4);
        }
        if (p.startsWith("\\systemroot\\")) {
            p = "c:\\windows\\" + p.substring("\\systemroot\\".length());
        } else if (p.startsWith("system32\\")) {
            p = "c:\\windows\\" + p;
        }
        return p;
    }

    /** The folder of a path (without the last separator), or {@code null}. */
    public static String folder(String path) {
        String p = path(path);
        if (p == null) {
            return null;
        }
        int slash = p.lastIndexOf('\\');
        return slash > 0 ? p.substring(0, slash) : null;
    }

    /** The file name of a path. */
    public static String fileName(String path) {
        String p = path(path);
        if (p == null) {
            return null;
        }
        return p.substring(p.lastIndexOf('\\') + 1);
    }
}
