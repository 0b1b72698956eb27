package dev.faultline.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    private final Map<String, Host> hostsByName = new HashMap<>();
    private final Map<String, Driver> driversByFile = new HashMap<>();
    private final Map<String, Update> updatesByKey = new HashMap<>();

    public ImportBatch(Investigation investigation) {
        this.investigation = investigation;
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

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    /** Adds everything the batch made to the investigation (headless use; the workbench uses a command). */
    public void addTo(Investigation target) {
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

    /** Number of model objects made. */
    public int size() {
        return evidence.size() + hosts.size() + drivers.size() + updates.size() + crashes.size() + events.size();
    }
}
