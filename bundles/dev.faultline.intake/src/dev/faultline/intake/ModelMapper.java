package dev.faultline.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.driverquery.DriverRecord;
import dev.faultline.core.formats.eventlog.EventMeaning;
import dev.faultline.core.formats.eventlog.WindowsEvent;
import dev.faultline.core.formats.eventlog.WindowsEventRecord;
import dev.faultline.core.formats.evtx.EvtxEventRecord;
import dev.faultline.core.formats.inventory.HostField;
import dev.faultline.core.formats.inventory.HostRecord;
import dev.faultline.core.formats.updates.UpdateRecord;
import dev.faultline.core.formats.windbg.CrashAnalysisRecord;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.Driver;
import dev.faultline.model.DriverType;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.StartMode;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;
import dev.faultline.model.UpdateFile;
import dev.faultline.model.UpdateKind;

/**
 * Turns parsed records into model objects, each citing its evidence file and line or offset:
 * <ul>
 * <li>a crash analysis → CrashAnalysis (with stack frames), its Host, the Driver it blames and a
 * "crash" TimelineEvent; beyond {@value ImportBatch#CRASHES_IN_MODEL} analyses in the investigation only
 * one representative per failure bucket (see {@link ImportBatch#keepCrashInModel(String)}): the rest
 * live in the search index, which has every analysis with the fields clustering needs;</li>
 * <li>a driverquery row → Driver (loaded on its host when running); an inventory row → Host; a
 * deployment record → Update;</li>
 * <li>Windows events that matter (Kernel-Power 41, BugCheck 1001, EventLog 6008, driver installs
 * 7045) → TimelineEvents (7045 also a Driver); other tools' timeline rows → TimelineEvents, up to
 * {@value #MAX_TIMELINE_EVENTS_PER_FILE} per file;</li>
 * <li>everything else (log lines, generic events) lives in the search index only, so that a
 * million-line log does not become a million model objects.</li>
 * </ul>
 */
public final class ModelMapper {

    public static final int MAX_TIMELINE_EVENTS_PER_FILE = 10_000;
    /** Per-host deployment rows of one update cite it this many times at most (the index has them all). */
    static final int MAX_CITATIONS_PER_UPDATE = 3;
    private static final FaultlineFactory F = FaultlineFactory.eINSTANCE;

    private final ImportBatch batch;
    private final Evidence evidence;
    private int timelineRows;

    public ModelMapper(ImportBatch batch, Evidence evidence) {
        this.batch = batch;
        this.evidence = evidence;
    }

    /** Maps one record; returns whether it made or changed a model object. */
    public boolean map(ParsedRecord record) {
        if (record instanceof CrashAnalysisRecord crash) {
            crash(crash);
        } else if (record instanceof DriverRecord driver) {
            driver(driver);
        } else if (record instanceof HostRecord host) {
            host(host);
        } else if (record instanceof UpdateRecord update) {
            update(update);
        } else if (record instanceof WindowsEventRecord event) {
            return event(event);
        } else if (record instanceof EvtxEventRecord evtx) {
            return event(evtx.event());
        } else if ("timeline".equals(record.evidence().kind())) {
            return timelineRow(record.evidence());
        } else {
            return false;
        }
        return true;
    }

    private void crash(CrashAnalysisRecord r) {
        if (!batch.keepCrashInModel(crashSignature(r))) {
            return; // a fleet's analyses beyond the threshold live in the index only (dev.faultline.index.CrashFields)
        }
        CrashAnalysis crash = F.createCrashAnalysis();
        crash.setTime(r.dumpTime());
        crash.setBugcheckCode(r.bugcheckCode());
        crash.setBugcheckName(r.bugcheckName());
        List<String> args = r.arguments();
        if (args != null) {
            crash.setParameter1(args.size() > 0 ? args.get(0) : null);
            crash.setParameter2(args.size() > 1 ? args.get(1) : null);
            crash.setParameter3(args.size() > 2 ? args.get(2) : null);
            crash.setParameter4(args.size() > 3 ? args.get(3) : null);
        }
        crash.setFaultingModule(r.faultingModule() != null ? r.faultingModule() : r.moduleName());
        crash.setImageName(r.imageName());
        crash.setProcessName(r.processName());
        crash.setFailureBucket(r.failureBucketId());
        crash.setSymbolName(r.symbolName());
        crash.setOsBuild(r.osBuild());
        if (r.stack() != null) {
            int index = 0;
            for (var frame : r.stack()) {
                dev.faultline.model.StackFrame f = F.createStackFrame();
                f.setIndex(index++);
                f.setModule(frame.module());
                f.setSymbol(frame.function());
                f.setOffset(frame.offset());
                crash.getFrames().add(f);
            }
        }
        Host host = batch.host(r.host());
        crash.setHost(host);
        cite(crash, r.source());
        batch.crashes.add(crash);
        String blamed = r.imageName();
        if (blamed != null && blamed.toLowerCase(Locale.ROOT).endsWith(".sys")) {
            Driver driver = batch.driver(blamed);
            cite(driver, r.source());
            if (host != null && !driver.getLoadedOn().contains(host)) {
                driver.getLoadedOn().add(host);
            }
        }
        if (r.dumpTime() != null) {
            TimelineEvent event = event(r.dumpTime(), r.dumpTimeText(), "crash", host,
                    "Bugcheck " + r.bugcheckCode() + (r.bugcheckName() == null ? "" : " " + r.bugcheckName())
                            + (blamed == null ? "" : " in " + blamed),
                    r.source());
            event.getTags().add("bugcheck");
        }
    }

    /** What makes crashes alike for choosing representatives: the failure bucket, else bugcheck code and faulting module. */
    static String crashSignature(CrashAnalysisRecord r) {
        if (r.failureBucketId() != null && !r.failureBucketId().isBlank()) {
            return r.failureBucketId().trim().toLowerCase(Locale.ROOT);
        }
        String module = r.faultingModule() != null ? r.faultingModule() : r.moduleName();
        return (r.bugcheckCode() == null ? "" : r.bugcheckCode().toLowerCase(Locale.ROOT)) + "|"
                + (module == null ? "" : module.toLowerCase(Locale.ROOT));
    }

    private void driver(DriverRecord r) {
        String fileName = fileName(r.path(), r.moduleName());
        Driver driver = batch.driver(fileName);
        if (driver == null) {
            return;
        }
        setIfAbsent(driver.getServiceName(), r.moduleName(), driver::setServiceName);
        setIfAbsent(driver.getDisplayName(), r.displayName(), driver::setDisplayName);
        setIfAbsent(driver.getPath(), r.path(), driver::setPath);
        if (driver.getType() == DriverType.UNKNOWN) {
            driver.setType(driverType(r.driverType()));
        }
        if (driver.getStartMode() == StartMode.UNKNOWN) {
            driver.setStartMode(startMode(r.startMode()));
        }
        for (Map.Entry<String, String> column : r.otherColumns().entrySet()) {
            String name = column.getKey().strip().toLowerCase(Locale.ROOT);
            if (name.equals("signer") || name.equals("signed by") || name.equals("publisher")) {
                setIfAbsent(driver.getSigner(), column.getValue(), driver::setSigner);
            } else if (name.equals("manufacturer") || name.equals("company")) {
                setIfAbsent(driver.getVendor(), column.getValue(), driver::setVendor);
            }
        }
        Host host = batch.host(r.host());
        if (host != null && (r.state() == null || r.state().equalsIgnoreCase("Running")) && !driver.getLoadedOn().contains(host)) {
            driver.getLoadedOn().add(host);
        }
        cite(driver, r.source());
    }

    private void host(HostRecord r) {
        Host host = batch.host(r.hostName());
        if (host == null) {
            return;
        }
        setIfAbsent(host.getDomain(), r.values().get(HostField.DOMAIN), host::setDomain);
        setIfAbsent(host.getOsName(), r.values().get(HostField.OS_NAME), host::setOsName);
        setIfAbsent(host.getOsVersion(), r.values().get(HostField.OS_VERSION), host::setOsVersion);
        setIfAbsent(host.getOsBuild(), r.values().get(HostField.OS_BUILD), host::setOsBuild);
        setIfAbsent(host.getSite(), r.values().get(HostField.LOCATION), host::setSite);
        setIfAbsent(host.getRole(), r.values().get(HostField.ROLE), host::setRole);
        String sensor = r.values().get(HostField.SENSOR_VERSION);
        if (sensor != null && !sensor.isBlank() && !host.getAgentVersions().contains(sensor)) {
            host.getAgentVersions().add(sensor);
        }
        cite(host, r.source());
    }

    private void update(UpdateRecord r) {
        // per-host deployment records repeat the same update on every row: one Update, cited by its first rows
        Update update = batch.update(r.identifier(), r.product(), r.version());
        boolean isNew = update == null;
        if (isNew) {
            update = F.createUpdate();
            update.setVendor(r.vendor());
            update.setProduct(r.product());
            update.setKind(updateKind(r.kind()));
            update.setIdentifier(r.identifier());
            update.setVersion(r.version());
            update.setReleasedAt(r.released());
            update.setRevertedAt(r.reverted());
            update.setRolloutScope(r.scope());
        }
        for (String path : r.files()) {
            if (update.getFiles().stream().noneMatch(f -> path.equalsIgnoreCase(f.getPath()))) {
                UpdateFile file = F.createUpdateFile();
                file.setPath(path);
                cite(file, r.source());
                update.getFiles().add(file);
            }
        }
        if (isNew || update.getCitations().size() < MAX_CITATIONS_PER_UPDATE) {
            cite(update, r.source());
        }
        if (isNew) {
            batch.addUpdate(update);
        }
    }

    private boolean event(WindowsEventRecord r) {
        WindowsEvent e = r.event();
        EventMeaning meaning = r.meaning();
        if (meaning instanceof EventMeaning.Generic || meaning instanceof EventMeaning.ServiceStateChanged || e.time() == null) {
            return false;
        }
        if (meaning instanceof EventMeaning.ServiceInstalled installed && !installed.isDriver()) {
            return false;
        }
        Host host = batch.host(e.computer());
        TimelineEvent event = event(e.time(), e.timeText(), meaning.name(), host,
                e.provider() + " " + e.eventId() + ": " + r.evidence().message(), r.source());
        event.getTags().add("event-" + e.eventId());
        if (meaning instanceof EventMeaning.ServiceInstalled installed) {
            Driver driver = batch.driver(fileName(installed.imagePath(), installed.serviceName()));
            if (driver != null) {
                setIfAbsent(driver.getServiceName(), installed.serviceName(), driver::setServiceName);
                setIfAbsent(driver.getPath(), installed.imagePath(), driver::setPath);
                cite(driver, r.source());
            }
        }
        return true;
    }

    private boolean timelineRow(EvidenceRecord r) {
        if (r.timestamp() == null || timelineRows >= MAX_TIMELINE_EVENTS_PER_FILE) {
            return false;
        }
        timelineRows++;
        event(r.timestamp(), r.timestampText(), r.fields().getOrDefault("timestamp_desc", "timeline"), batch.host(r.host()),
                r.message(), r.source());
        return true;
    }

    private TimelineEvent event(Instant instant, String text, String kind, Host host, String message, SourceRef source) {
        TimelineEvent event = F.createTimelineEvent();
        event.setInstant(instant);
        event.setOriginalTimestamp(text != null ? text : instant.toString());
        event.setOriginalZone(text == null ? ZoneOffset.UTC.getId() : null);
        event.setSource(evidence.getPath() + (source.line() > 0 ? ":" + source.line() : ""));
        event.setKind(kind);
        event.setHost(host);
        event.setMessage(message);
        cite(event, source);
        batch.events.add(event);
        return event;
    }

    private void cite(Fact fact, SourceRef source) {
        if (fact == null) {
            return;
        }
        EvidenceRef ref = F.createEvidenceRef();
        ref.setEvidence(evidence);
        if (source.line() > 0) {
            ref.setLine(source.line());
        }
        if (source.offset() >= 0) {
            ref.setByteOffset(source.offset());
        }
        ref.setRecordId(source.recordId());
        fact.getCitations().add(ref);
    }

    private static void setIfAbsent(String current, String value, java.util.function.Consumer<String> setter) {
        if ((current == null || current.isBlank()) && value != null && !value.isBlank()) {
            setter.accept(value.trim());
        }
    }

    static String fileName(String path, String name) {
        if (path != null && !path.isBlank()) {
            String p = path.trim().replace('\\', '/');
            String last = p.substring(p.lastIndexOf('/') + 1);
            int space = last.indexOf(' ');
            return space > 0 ? last.substring(0, space) : last;
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.contains(".") ? name.trim() : name.trim() + ".sys";
    }

    static DriverType driverType(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (t.contains("file system")) {
            return DriverType.FILE_SYSTEM;
        }
        if (t.contains("kernel")) {
            return DriverType.KERNEL;
        }
        return DriverType.UNKNOWN;
    }

    static StartMode startMode(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (t.startsWith("boot")) {
            return StartMode.BOOT;
        }
        if (t.startsWith("system")) {
            return StartMode.SYSTEM;
        }
        if (t.startsWith("auto")) {
            return StartMode.AUTO;
        }
        if (t.startsWith("manual") || t.startsWith("demand")) {
            return StartMode.DEMAND;
        }
        if (t.startsWith("disabled")) {
            return StartMode.DISABLED;
        }
        return StartMode.UNKNOWN;
    }

    static UpdateKind updateKind(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (t.contains("content") || t.contains("channel")) {
            return UpdateKind.CONTENT;
        }
        if (t.contains("os") || t.contains("patch") || t.contains("kb")) {
            return UpdateKind.OS_PATCH;
        }
        if (t.contains("config")) {
            return UpdateKind.CONFIGURATION;
        }
        return UpdateKind.SENSOR_RELEASE;
    }
}
