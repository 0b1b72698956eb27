package dev.faultline.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.faultline.core.formats.ParseOptions;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.Driver;
import dev.faultline.model.Evidence;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.Investigation;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;

/**
 * The model objects one import makes, kept apart from the investigation until they are added in
 * one step ({@link #addTo(Investigation)} headless, or as one undoable command in the workbench).
 * Hosts and drivers are looked up by name first, in the investigation and in the batch, so that an
 * import refers to what the investigation already has instead of making duplicates.
 */
public final class ImportBatch {

    private final Investigation investigation;
    final List<Evidence> evidence = new ArrayList<>();
    final List<Host> hosts = new ArrayList<>();
    final List<Driver> drivers = new ArrayList<>();
    final List<Update> updates = new ArrayList<>();
    final List<CrashAnalysis> crashes = new ArrayList<>();
    final List<TimelineEvent> events = new ArrayList<>();
    final List<Reread> rereads = new ArrayList<>();
    private final Map<String, Host> hostsByName = new HashMap<>();
    private final Set<String> evidenceHashes = new HashSet<>();
    private final Set<String> crashSignatures = new HashSet<>();
    private long crashesInIndexOnly;
    private final Map<String, Driver> driversByFile = new HashMap<>();
    private final Map<String, Update> updatesByKey = new HashMap<>();

    /**
     * Crash analyses an investigation holds as model objects before further ones are kept only in
     * the index (a fleet's 100,000 dumps would otherwise be 100,000 objects with their frames,
     * hosts, citations and timeline events in memory and in {@code investigation.xmi}).
     */
    public static final int CRASHES_IN_MODEL = 1_000;
    /** Above {@link #CRASHES_IN_MODEL}: at most this many more, each the first of a failure bucket not yet represented. */
    public static final int CRASH_REPRESENTATIVES = 1_000;

    public ImportBatch(Investigation investigation) {
        this.investigation = investigation;
        investigation.getCrashAnalyses().forEach(c -> crashSignatures.add(signature(c)));
        investigation.getHosts().forEach(h -> hostsByName.putIfAbsent(key(h.getName()), h));
        investigation.getDrivers().forEach(d -> driversByFile.putIfAbsent(key(d.getFileName()), d));
    }

    /**
     * The host of that name (case-insensitive), made and added to the batch when it is new; null for
     * a name without a letter or digit (blank, "-", ":" as some tools write for "no host").
     */
    public Host host(String name) {
        if (name == null || name.chars().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return hostsByName.computeIfAbsent(key(name), k -> {
            Host host = FaultlineFactory.eINSTANCE.createHost();
            host.setName(name.trim());
            hosts.add(host);
            return host;
        });
    }

    /** The driver with that file name (case-insensitive), made when new; null for a blank name. */
    public Driver driver(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        return driversByFile.computeIfAbsent(key(fileName), k -> {
            Driver driver = FaultlineFactory.eINSTANCE.createDriver();
            driver.setFileName(fileName.trim());
            drivers.add(driver);
            return driver;
        });
    }

    /** The update with this identifier, product and version (case-insensitive) this import made, or null. */
    public Update update(String identifier, String product, String version) {
        return updatesByKey.get(updateKey(identifier, product, version));
    }

    /** Adds an update made by this import, so that later rows find it. */
    public void addUpdate(Update update) {
        updates.add(update);
        updatesByKey.putIfAbsent(updateKey(update.getIdentifier(), update.getProduct(), update.getVersion()), update);
    }

    private static String updateKey(String identifier, String product, String version) {
        return key(identifier) + "|" + key(product) + "|" + key(version);
    }

    /**
     * Whether a crash analysis with this signature (see {@code ModelMapper.crashSignature}) becomes a
     * model object: always while the investigation and the batch hold fewer than
     * {@link #CRASHES_IN_MODEL}; beyond, only as the representative of a signature not yet in the
     * model, up to {@link #CRASH_REPRESENTATIVES} more. Counts those it refuses.
     */
    boolean keepCrashInModel(String signature) {
        int inModel = investigation.getCrashAnalyses().size() + crashes.size();
        boolean newSignature = crashSignatures.add(signature);
        if (inModel < CRASHES_IN_MODEL || (newSignature && inModel < CRASHES_IN_MODEL + CRASH_REPRESENTATIVES)) {
            return true;
        }
        crashesInIndexOnly++;
        return false;
    }

    /** Crash analyses of this batch kept only in the search index (beyond {@link #CRASHES_IN_MODEL}). */
    public long crashesInIndexOnly() {
        return crashesInIndexOnly;
    }

    private static String signature(CrashAnalysis c) {
        if (c.getFailureBucket() != null && !c.getFailureBucket().isBlank()) {
            return c.getFailureBucket().trim().toLowerCase(Locale.ROOT);
        }
        return (c.getBugcheckCode() == null ? "" : c.getBugcheckCode().toLowerCase(Locale.ROOT)) + "|"
                + (c.getFaultingModule() == null ? "" : c.getFaultingModule().toLowerCase(Locale.ROOT));
    }

    /** Whether evidence with these bytes is already part of the batch; records it as such when not. */
    boolean addEvidenceHash(String sha256) {
        return evidenceHashes.add(sha256.toLowerCase(Locale.ROOT));
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * An evidence file already in the investigation that this batch read again: its earlier
     * model objects are replaced by the batch's when it is added.
     */
    public record Reread(Evidence evidence, String format, ParseOptions options) {
    }

    /** Files already in the investigation that this batch read again (another format or other options). */
    public List<Reread> rereads() {
        return rereads;
    }

    /**
     * Adds everything the batch made to the investigation (headless use; the workbench uses a
     * command). For a file read again, first removes what its earlier reading made (see
     * {@link EarlierReading}) and records its new format and options.
     */
    public void addTo(Investigation target) {
        if (!rereads.isEmpty()) {
            EarlierReading.remove(target, rereads.stream().map(Reread::evidence).toList());
            for (Reread r : rereads) {
                r.evidence().setImporter(r.format());
                ReadOptions.record(r.options(), r.evidence());
            }
        }
        target.getEvidence().addAll(evidence);
        target.getHosts().addAll(hosts);
        target.getDrivers().addAll(drivers);
        target.getUpdates().addAll(updates);
        target.getCrashAnalyses().addAll(crashes);
        target.getTimelineEvents().addAll(events);
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public List<Host> hosts() {
        return hosts;
    }

    public List<Driver> drivers() {
        return drivers;
    }

    public List<Update> updates() {
        return updates;
    }

    public List<CrashAnalysis> crashes() {
        return crashes;
    }

    public List<TimelineEvent> events() {
        return events;
    }

    public Investigation investigation() {
        return investigation;
    }

    /** Number of model objects made, and of files read again (whose earlier reading the batch replaces). */
    public int size() {
        return evidence.size() + hosts.size() + drivers.size() + updates.size() + crashes.size() + events.size() + rereads.size();
    }
}
