package dev.faultline.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.faultline.analysis.Citation;
import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.model.Driver;
import dev.faultline.model.DriverType;
import dev.faultline.model.Host;
import dev.faultline.model.StartMode;

/** Driver inventory rows of the index and drivers of the model, gathered per driver and per host. */
public final class DriverRows {

    /** One driver across the rows that name it. */
    public static final class Entry {
        public final String key;
        public String name;
        public String fileName;
        public String displayName;
        public String description;
        public String path;
        public String signer;
        public Boolean signed;
        public final Map<String, Integer> types = new TreeMap<>();
        public String start;
        public final Set<String> hosts = new LinkedHashSet<>();
        public final List<Citation> evidence = new ArrayList<>();

        Entry(String key) {
            this.key = key;
        }

        public String type() {
            String best = null;
            for (Map.Entry<String, Integer> e : types.entrySet()) {
                if (best == null || e.getValue() > types.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }
    }

    private final Map<String, Entry> drivers = new LinkedHashMap<>();
    private final Map<String, Set<String>> hosts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private boolean anySignerColumn;

    public Map<String, Entry> drivers() {
        return drivers;
    }

    /** Host name to the keys of its drivers. */
    public Map<String, Set<String>> hosts() {
        return hosts;
    }

    public boolean anySignerColumn() {
        return anySignerColumn;
    }

    /** Adds a driverquery row of the index. */
    public void add(EvidenceRecord record) {
        Map<String, String> f = record.fields();
        String module = f.get(EvidenceRecord.Fields.MODULE);
        String path = f.get("path");
        String key = CrashKeys.moduleBase(path != null && !path.isBlank() ? DriverMatch.fileName(path) : module);
        if (key == null) {
            return;
        }
        Entry entry = drivers.computeIfAbsent(key, Entry::new);
        set(entry, module, path);
        if (entry.displayName == null) {
            entry.displayName = blankToNull(f.get("displayName"));
        }
        if (entry.description == null) {
            entry.description = blankToNull(f.get("description"));
        }
        String type = blankToNull(f.get("driverType"));
        if (type != null) {
            entry.types.merge(type, 1, Integer::sum);
        }
        entry.start = earlier(entry.start, blankToNull(f.get("startMode")));
        for (Map.Entry<String, String> column : f.entrySet()) {
            String name = column.getKey().toLowerCase(Locale.ROOT).replace(" ", "");
            String value = blankToNull(column.getValue());
            if (value == null) {
                continue;
            }
            if (name.equals("signer") || name.equals("signedby") || name.equals("publisher") || name.equals("manufacturer")
                    || name.equals("company")) {
                anySignerColumn = true;
                if (entry.signer == null) {
                    entry.signer = value;
                }
            } else if (name.equals("issigned") || name.equals("signed")) {
                anySignerColumn = true;
                entry.signed = value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes") || value.equals("1");
            }
        }
        if (record.host() != null && !record.host().isBlank()) {
            entry.hosts.add(record.host().strip());
            hosts.computeIfAbsent(record.host().strip(), h -> new LinkedHashSet<>()).add(key);
        }
        if (entry.evidence.size() < 3) {
            Citation citation = Citation.of(record.source());
            if (citation != null) {
                entry.evidence.add(citation);
            }
        }
    }

    /** Adds what the model knows of a driver (vendor, signer, type, hosts it is loaded on). */
    public void add(Driver driver) {
        String key = DriverMatch.base(driver);
        if (key == null) {
            return;
        }
        Entry entry = drivers.computeIfAbsent(key, Entry::new);
        set(entry, driver.getServiceName(), driver.getPath());
        if (entry.fileName == null) {
            entry.fileName = driver.getFileName();
        }
        if (entry.displayName == null) {
            entry.displayName = blankToNull(driver.getDisplayName());
        }
        if (entry.signer == null) {
            entry.signer = blankToNull(driver.getSigner());
        }
        if (entry.signer == null && driver.isSigned()) {
            entry.signed = Boolean.TRUE;
        }
        if (entry.types.isEmpty() && driver.getType() != DriverType.UNKNOWN) {
            entry.types.put(driver.getType() == DriverType.FILE_SYSTEM || driver.getType() == DriverType.FILE_SYSTEM_FILTER ? "File System"
                    : driver.getType() == DriverType.KERNEL ? "Kernel" : driver.getType().getLiteral(), 1);
        }
        if (entry.start == null && driver.getStartMode() != StartMode.UNKNOWN) {
            entry.start = startText(driver.getStartMode());
        }
        if (entry.description == null && driver.getVendor() != null) {
            entry.description = driver.getVendor();
        }
        for (Host host : driver.getLoadedOn()) {
            if (host.getName() != null && entry.hosts.add(host.getName())) {
                hosts.computeIfAbsent(host.getName(), h -> new LinkedHashSet<>()).add(key);
            }
        }
        for (Citation citation : ProposalFactory.citationsOf(driver)) {
            if (entry.evidence.size() < 3 && !entry.evidence.contains(citation)) {
                entry.evidence.add(citation);
            }
        }
    }

    private static void set(Entry entry, String module, String path) {
        if (entry.name == null && module != null && !module.isBlank()) {
            entry.name = module.strip();
        }
        if (entry.path == null && path != null && !path.isBlank()) {
            entry.path = path.strip();
            entry.fileName = DriverMatch.fileName(path);
        }
    }

    private static String startText(StartMode mode) {
        return switch (mode) {
            case BOOT -> "Boot";
            case SYSTEM -> "System";
            case AUTO -> "Auto";
            case DEMAND -> "Manual";
            case DISABLED -> "Disabled";
            default -> null;
        };
    }

    /** Of two start modes as written, the one that starts earlier (boot before system before auto ...). */
    static String earlier(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return rank(b) < rank(a) ? b : a;
    }

    public static int rank(String start) {
        String s = start == null ? "" : start.toLowerCase(Locale.ROOT);
        if (s.startsWith("boot")) {
            return 0;
        } else if (s.startsWith("system")) {
            return 1;
        } else if (s.startsWith("auto")) {
            return 2;
        } else if (s.startsWith("manual") || s.startsWith("demand")) {
            return 3;
        } else if (s.startsWith("disabled")) {
            return 4;
        }
        return 5;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
