package dev.faultline.model.sample;

import static dev.faultline.model.sample.SampleSources.AZURE;
import static dev.faultline.model.sample.SampleSources.IMPACT;
import static dev.faultline.model.sample.SampleSources.MANUAL_RECOVERY;
import static dev.faultline.model.sample.SampleSources.MICROSOFT;
import static dev.faultline.model.sample.SampleSources.PIR;
import static dev.faultline.model.sample.SampleSources.RCA;
import static dev.faultline.model.sample.SampleSources.TECHNICAL_DETAILS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CausalNode;
import dev.faultline.model.Confidence;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.CrashCluster;
import dev.faultline.model.Driver;
import dev.faultline.model.DriverType;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.HostState;
import dev.faultline.model.HostStateChange;
import dev.faultline.model.Incident;
import dev.faultline.model.Investigation;
import dev.faultline.model.InvestigationStatus;
import dev.faultline.model.Outage;
import dev.faultline.model.RelationKind;
import dev.faultline.model.Remediation;
import dev.faultline.model.Severity;
import dev.faultline.model.StackFrame;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.Update;
import dev.faultline.model.UpdateFile;
import dev.faultline.model.UpdateKind;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.persistence.InvestigationResource;

/**
 * The built-in sample investigation, "CrowdStrike Falcon channel file 291 — 19 July 2024
 * (reconstructed)", built from public facts only. Every fact's description names its source
 * (URL); values the sources do not give (times of individual crashes, the representative hosts,
 * sector outages' times) are marked {@link Fact#isReconstructed() reconstructed} and say so.
 */
public final class SampleInvestigation {

    public static final String TITLE = "CrowdStrike Falcon channel file 291 \u2014 19 July 2024 (reconstructed)";

    static final Instant RELEASED = Instant.parse("2024-07-19T04:09:00Z");
    static final Instant REVERTED = Instant.parse("2024-07-19T05:27:00Z");
    /** 2024-07-29 8:00 p.m. EDT: ~99% of Windows sensors back online. */
    static final Instant SENSORS_BACK = Instant.parse("2024-07-30T00:00:00Z");

    private static final String ILLUSTRATIVE_HOST = "Illustrative host (reconstructed): not a real machine. It shows how one"
            + " affected machine of the fleet segment is tracked in detail; per-host data of real fleets lives in the evidence index.";

    private final FaultlineFactory f = FaultlineFactory.eINSTANCE;
    private final Investigation investigation = f.createInvestigation();
    private Evidence sources;

    private SampleInvestigation() {
    }

    /** Builds the sample model (not attached to any resource). */
    public static Investigation create() {
        return new SampleInvestigation().build();
    }

    /**
     * Writes the sample as a normal investigation folder: {@code investigation.xmi} with stable,
     * readable ids, and the list of public sources as its one evidence file.
     *
     * @param dir a folder that does not exist or is empty
     */
    public static InvestigationFolder writeTo(Path dir) throws IOException {
        InvestigationFolder folder = InvestigationFolder.create(dir, create());
        assignReadableIds(folder);
        Investigation investigation = folder.investigation();
        for (Evidence evidence : investigation.getEvidence()) {
            Path file = folder.evidenceFile(evidence);
            Files.createDirectories(file.getParent());
            Files.write(file, SampleSources.bytes());
            if (!file.toFile().setReadOnly()) {
                throw new IOException("cannot make evidence copy read-only: " + file);
            }
        }
        folder.save();
        return folder;
    }

    /** Ids like {@code update-1}, {@code causal-link-3}, so the sample's XMI is the same on every write. */
    private static void assignReadableIds(InvestigationFolder folder) {
        InvestigationResource resource = (InvestigationResource) folder.resource();
        Map<String, Integer> counters = new HashMap<>();
        resource.setID(folder.investigation(), "investigation");
        for (Iterator<EObject> it = folder.investigation().eAllContents(); it.hasNext();) {
            EObject object = it.next();
            String type = object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
            resource.setID(object, type + "-" + counters.merge(type, 1, Integer::sum));
        }
    }

    private Investigation build() {
        investigation.setTitle(TITLE);
        investigation.setSummary("A Falcon Rapid Response Content update (Channel File 291) released on 2024-07-19 at 04:09 UTC"
                + " made the Falcon sensor's Content Interpreter read out of bounds in csagent.sys on Windows hosts running"
                + " sensor 7.11 and above: bugcheck and boot loops on about 8.5 million Windows devices. The update was"
                + " remediated at 05:27 UTC; machines that had taken it needed manual recovery. Built from public sources"
                + " (see the evidence file " + SampleSources.FILE_NAME + "); values marked reconstructed are not published facts.");
        investigation.setStatus(InvestigationStatus.RESOLVED);
        investigation.setSeverity(Severity.CRITICAL);
        investigation.setDisplayTimeZone("UTC");

        sources = f.createEvidence();
        sources.setOriginalName(SampleSources.FILE_NAME);
        sources.setPath(SampleSources.FILE_NAME);
        sources.setSha256(SampleSources.sha256());
        sources.setSize(SampleSources.bytes().length);
        sources.setMediaType("text/markdown");
        sources.setImporter("built-in sample");
        sources.setImportedBy("Faultline");
        sources.setDescription("List of the public sources of this sample, written by Faultline (references, not copies).");
        investigation.getEvidence().add(sources);

        Update sensor = update("Sensor 7.11", UpdateKind.SENSOR_RELEASE, "7.11", Instant.parse("2024-02-28T00:00:00Z"), null,
                "General availability of Falcon sensor 7.11, which introduced the IPC (InterProcessCommunication) Template Type"
                        + " to detect named-pipe abuse. Source: " + PIR + " . Only the date is published: the time 00:00 UTC is"
                        + " reconstructed.",
                true, PIR);
        sensor.setRolloutScope("Windows hosts updating to Falcon sensor 7.11 under their Sensor Update Policies (N / N-1 / N-2).");
        Update channelFile = update("Channel File 291", UpdateKind.CONTENT, null, RELEASED, REVERTED,
                "Rapid Response Content update: two IPC Template Instances delivered in Channel File 291, which controls how"
                        + " Falcon evaluates named-pipe execution (targeting malicious named pipes of common C2 frameworks). A bug"
                        + " in the Content Validator let one with problematic content data pass. Released 04:09 UTC, remediated"
                        + " 05:27 UTC. Sources: " + TECHNICAL_DETAILS + " ; " + PIR,
                false, TECHNICAL_DETAILS);
        channelFile.setRolloutScope("Windows hosts with Falcon sensor 7.11 and above that were online and downloaded it between"
                + " 04:09 and 05:27 UTC; delivered without customer staging. Mac and Linux hosts were not impacted.");
        UpdateFile file = f.createUpdateFile();
        file.setPath("C:\\Windows\\System32\\drivers\\CrowdStrike\\C-00000291*.sys");
        file.setDescription("The impacted channel file's name starts with C-00000291- and ends with .sys; channel files are"
                + " not kernel drivers despite the extension. Source: " + TECHNICAL_DETAILS);
        file.getCitations().add(cite(TECHNICAL_DETAILS));
        channelFile.getFiles().add(file);

        Driver csagent = f.createDriver();
        csagent.setFileName("csagent.sys");
        csagent.setServiceName("csagent");
        csagent.setVendor("CrowdStrike");
        csagent.setType(DriverType.KERNEL);
        csagent.setDescription("The Falcon sensor's kernel driver (CSagent), whose Content Interpreter loads channel files."
                + " Microsoft's analysis of WER kernel dumps attributes the crashes to a read out-of-bounds access violation"
                + " in it, at csagent+0xe14ed. Source: " + MICROSOFT + " ; " + PIR);
        csagent.getCitations().add(cite(MICROSOFT));
        investigation.getDrivers().add(csagent);
        channelFile.getConsumedBy().add(csagent);
        sensor.getConsumedBy().add(csagent);

        HostGroup windows = f.createHostGroup();
        windows.setName("Windows hosts with Falcon sensor 7.11+ that took Channel File 291");
        windows.setCriteria("Windows, Falcon sensor 7.11 or later, online and downloading the update between 04:09 and 05:27 UTC"
                + " on 2024-07-19.");
        windows.setAffectedCount(8_500_000L);
        windows.setDescription("About 8.5 million affected Windows devices is Microsoft's estimate, as reported at " + IMPACT
                + " . The total number of hosts in the segment is not published. By 2024-07-29 8:00 p.m. EDT about 99% of"
                + " Windows sensors were back online (" + RCA + ").");
        windows.getCitations().add(cite(IMPACT));
        investigation.getHostGroups().add(windows);

        Host kiosk = host("checkin-kiosk-01 (illustrative)", "Windows 10", "Airport check-in kiosk", windows,
                Instant.parse("2024-07-19T04:20:00Z"), null);
        Host ward = host("ward-workstation-07 (illustrative)", "Windows 11", "Hospital ward workstation", windows,
                Instant.parse("2024-07-19T04:35:00Z"), null);
        Host branch = host("branch-server-03 (illustrative)", "Windows Server 2019", "Bank branch server (BitLocker-encrypted)",
                windows, Instant.parse("2024-07-19T05:05:00Z"), Instant.parse("2024-07-20T10:00:00Z"));

        CrashCluster cluster = f.createCrashCluster();
        cluster.setName("csagent.sys out-of-bounds read (Channel File 291)");
        cluster.setSignature("csagent+0xe14ed");
        cluster.setFirstSeen(RELEASED);
        cluster.setReconstructed(true);
        cluster.setDescription("All crashes caused by Channel File 291. First seen is reconstructed: the first crashes cannot"
                + " precede the 04:09 UTC release, and the exact time of the first one is not published. The crash count is not"
                + " published either. Signature: rip minus csagent's base in Microsoft's WER fragment (" + MICROSOFT + ").");
        investigation.getCrashClusters().add(cluster);

        CrashAnalysis pageFault = crash(kiosk, Instant.parse("2024-07-19T04:20:00Z"), "0x50", "PAGE_FAULT_IN_NONPAGED_AREA",
                "Fields as in Microsoft's WER kernel-dump pattern (IMAGE_NAME csagent.sys, MODULE_NAME csagent, PROCESS_NAME"
                        + " System, READ_ADDRESS ffff840500000074 in paged pool, MM_INTERNAL_CODE 2; " + MICROSOFT + "). The"
                        + " bugcheck banner is not in the published fragment: 0x50 is the bugcheck whose analysis prints"
                        + " READ_ADDRESS and MM_INTERNAL_CODE, and parameter 1 is the read address. Host and time are"
                        + " reconstructed (illustrative).");
        pageFault.setParameter1("0xffff840500000074");
        pageFault.setProcessName("System");
        pageFault.getCitations().add(cite(MICROSOFT));
        pageFault.setSymbolName("csagent+0xe14ed");
        pageFault.setFaultingModule("csagent");
        StackFrame frame = f.createStackFrame();
        frame.setIndex(0);
        frame.setModule("csagent");
        frame.setOffset("0xe14ed");
        frame.setText("rip=fffff806715114ed (csagent base fffff80671430000 + 0xe14ed; derived from the published trap frame,"
                + " no STACK_TEXT is public)");
        pageFault.getFrames().add(frame);
        CrashAnalysis threadException = crash(ward, Instant.parse("2024-07-19T04:35:00Z"), "0x7E",
                "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED",
                "Some affected hosts showed bugcheck 0x7E instead of 0x50. Reconstructed: no public dump text of such a host"
                        + " is known; only the image (csagent.sys) is assumed, parameters are unknown. Host and time are"
                        + " illustrative.");
        pageFault.setCluster(cluster);
        threadException.setCluster(cluster);

        Outage airlines = outage("Airline check-in, boarding and flight operations", "airlines",
                "Check-in and boarding systems down; flights delayed and cancelled.");
        Outage hospitals = outage("Hospital clinical and scheduling systems", "hospitals",
                "Appointments and procedures postponed; staff fell back to manual processes.");
        Outage banks = outage("Banking and payment services", "banks",
                "Branch, online banking and payment services disrupted.");
        Outage emergency = outage("Emergency call handling and dispatch", "emergency services",
                "Emergency call centres fell back to manual or backup systems.");
        airlines.getAffectedHosts().add(kiosk);
        hospitals.getAffectedHosts().add(ward);
        banks.getAffectedHosts().add(branch);

        Incident incident = f.createIncident();
        incident.setTitle("Windows hosts bugcheck and boot-loop after Falcon Channel File 291 update");
        incident.setStart(RELEASED);
        incident.setMitigated(REVERTED);
        incident.setResolved(SENSORS_BACK);
        incident.setImpactStatement("About 8.5 million Windows devices crashed with a blue screen and many kept boot-looping"
                + " until fixed by hand; airlines, hospitals, banks and emergency services were disrupted. Not a cyberattack;"
                + " Mac and Linux hosts were not affected.");
        incident.setDescription("Start = release of the update, mitigated = its remediation (" + TECHNICAL_DETAILS + "),"
                + " resolved = when about 99% of Windows sensors were back online, 2024-07-29 8:00 p.m. EDT (" + RCA + ")."
                + " The time of detection is not published and left empty.");
        incident.getCitations().add(cite(TECHNICAL_DETAILS));
        incident.getCitations().add(cite(RCA));
        investigation.getIncidents().add(incident);

        event(Instant.parse("2024-02-28T00:00:00Z"), "2024-02-28", "date only", PIR, "release",
                "Sensor 7.11 generally available, introducing the IPC Template Type", true);
        event(Instant.parse("2024-03-05T00:00:00Z"), "2024-03-05", "date only", PIR, "test",
                "IPC Template Type stress-tested and validated; first IPC Template Instance released", true);
        event(Instant.parse("2024-04-08T00:00:00Z"), "2024-04-08 to 2024-04-24", "date only", PIR, "release",
                "Three more IPC Template Instances deployed without incident (all with a wildcard 21st criterion)", true);
        TimelineEvent azure = event(Instant.parse("2024-07-18T19:00:00Z"), "July 18 at 19:00 UTC", "UTC", AZURE, "unrelated",
                "Unrelated Azure service incident begins (conflated with this incident in early press coverage)", false);
        azure.getTags().add("unrelated");
        azure.getComments().add("Do not link to Channel File 291: Microsoft clarified the two were unrelated (" + IMPACT + ").");
        TimelineEvent release = event(RELEASED, "04:09 UTC", "UTC", TECHNICAL_DETAILS, "release",
                "Channel File 291 update released to Windows hosts", false);
        release.setStarred(true);
        TimelineEvent revert = event(REVERTED, "05:27 UTC", "UTC", TECHNICAL_DETAILS, "revert",
                "Faulty Channel File 291 update remediated (bad version on the cloud known-bad list)", false);
        revert.setStarred(true);
        event(Instant.parse("2024-07-24T00:00:00Z"), "2024-07-24", "date only", PIR, "publication",
                "Preliminary Post Incident Review published", true);
        event(Instant.parse("2024-07-27T00:00:00Z"), "2024-07-27", "date only", MICROSOFT, "publication",
                "Microsoft publishes its analysis of the WER kernel dumps (csagent.sys read out of bounds)", true);
        TimelineEvent back = event(SENSORS_BACK, "2024-07-29 8:00 p.m. EDT", "EDT (UTC-4)", RCA, "recovery",
                "About 99% of Windows sensors back online", false);
        back.getComments().add("Outage end for the fleet, not the fix release: machines that took the update kept"
                + " boot-looping until fixed by hand.");
        event(Instant.parse("2024-08-06T00:00:00Z"), "2024-08-06", "date only", RCA, "publication",
                "External Technical Root Cause Analysis published: 21 input fields defined, 20 supplied", true);

        link(sensor, cluster, RelationKind.TRIGGERS, Confidence.HIGH,
                "Latent defect: the IPC Template Type defined 21 input parameter fields, but the sensor integration code that"
                        + " invokes the Content Interpreter for Channel File 291 supplied only 20 input values. Tests and the"
                        + " March-April instances used a wildcard for the 21st field, so it was never read. Source: " + RCA,
                RCA);
        link(channelFile, csagent, RelationKind.LOADED_BY, Confidence.CONFIRMED,
                "The channel file is loaded by the sensor's Content Interpreter in csagent.sys. Sources: " + TECHNICAL_DETAILS
                        + " ; " + PIR,
                PIR);
        link(csagent, cluster, RelationKind.CRASHES, Confidence.CONFIRMED,
                "The new Template Instance used a non-wildcard criterion for the 21st field; reading the 21st value ran past"
                        + " the end of the 20-value input array: out-of-bounds read at csagent+0xe14ed, an exception that"
                        + " could not be handled gracefully, bugcheck. Sources: " + RCA + " ; " + MICROSOFT,
                MICROSOFT);
        for (Outage outage : new Outage[] { airlines, hospitals, banks, emergency }) {
            CausalLink outageLink = link(cluster, outage, RelationKind.CAUSES_OUTAGE, Confidence.HIGH,
                    "About 8.5 million Windows devices crashed or boot-looped (" + IMPACT + "). That " + outage.getSector()
                            + " were among the disrupted sectors is widely reported but not documented with a source in the"
                            + " project's notes (reconstructed); no individual organisation is modelled.",
                    IMPACT);
            outageLink.setReconstructed(true);
        }
        link(revert, cluster, RelationKind.MITIGATES, Confidence.CONFIRMED,
                "After 05:27 UTC hosts no longer received the faulty version; hosts that had it needed manual recovery."
                        + " Source: " + TECHNICAL_DETAILS,
                TECHNICAL_DETAILS);

        Remediation withdraw = f.createRemediation();
        withdraw.setAction("Channel File 291 deprecated and its faulty version added to the Falcon cloud's known-bad list"
                + " (no sensor code or new channel file pushed for this)");
        withdraw.setPerformedAt(REVERTED);
        withdraw.setPerformedBy("CrowdStrike");
        withdraw.getGroups().add(windows);
        withdraw.setOutcome("Stopped further crashes; with good connectivity some boot-looping machines recovered on their own.");
        withdraw.setDescription("Sources: " + TECHNICAL_DETAILS + " ; " + PIR);
        withdraw.getCitations().add(cite(PIR));
        investigation.getRemediations().add(withdraw);

        Remediation manual = f.createRemediation();
        manual.setAction("Boot into Safe Mode or the Windows Recovery Environment (WinRE), delete"
                + " C:\\Windows\\System32\\drivers\\CrowdStrike\\C-00000291*.sys, reboot. BitLocker-encrypted disks need their"
                + " BitLocker recovery key first.");
        manual.setPerformedBy("IT staff of the affected organisations (reconstructed)");
        manual.getHosts().add(kiosk);
        manual.getHosts().add(ward);
        manual.getHosts().add(branch);
        manual.getGroups().add(windows);
        manual.setOutcome("Host boots normally again.");
        manual.setReconstructed(true);
        manual.setDescription("Safe Mode deletion of the channel file: " + MANUAL_RECOVERY + " ; remediation guidance hub: " + PIR
                + " . The WinRE and BitLocker recovery-key details are summarised from public guidance and not in the"
                + " project's notes; who did it and when varied per organisation.");
        manual.getCitations().add(cite(MANUAL_RECOVERY));
        investigation.getRemediations().add(manual);
        return investigation;
    }

    private Update update(String identifier, UpdateKind kind, String version, Instant released, Instant reverted,
            String description, boolean reconstructed, String source) {
        Update update = f.createUpdate();
        update.setVendor("CrowdStrike");
        update.setProduct("Falcon sensor for Windows");
        update.setKind(kind);
        update.setIdentifier(identifier);
        update.setVersion(version);
        update.setReleasedAt(released);
        update.setRevertedAt(reverted);
        update.setDescription(description);
        update.setReconstructed(reconstructed);
        update.getCitations().add(cite(source));
        investigation.getUpdates().add(update);
        return update;
    }

    private Host host(String name, String os, String role, HostGroup group, Instant crashed, Instant recovered) {
        Host host = f.createHost();
        host.setName(name);
        host.setOsName(os);
        host.setRole(role);
        host.getAgentVersions().add("Falcon sensor 7.11 (reconstructed: any version 7.11 or later was affected)");
        host.setReconstructed(true);
        host.setDescription(ILLUSTRATIVE_HOST);
        host.getStateChanges().add(state(Instant.parse("2024-07-19T04:00:00Z"), HostState.HEALTHY));
        host.getStateChanges().add(state(crashed, HostState.CRASHED));
        host.getStateChanges().add(state(crashed.plusSeconds(120), HostState.BOOT_LOOPING));
        if (recovered != null) {
            host.getStateChanges().add(state(recovered, HostState.RECOVERED));
        }
        host.getGroups().add(group);
        investigation.getHosts().add(host);
        return host;
    }

    private HostStateChange state(Instant at, HostState state) {
        HostStateChange change = f.createHostStateChange();
        change.setAt(at);
        change.setState(state);
        change.setReconstructed(true);
        return change;
    }

    private CrashAnalysis crash(Host host, Instant time, String code, String name, String description) {
        CrashAnalysis crash = f.createCrashAnalysis();
        crash.setHost(host);
        crash.setTime(time);
        crash.setBugcheckCode(code);
        crash.setBugcheckName(name);
        crash.setImageName("csagent.sys");
        crash.setReconstructed(true);
        crash.setDescription(description);
        investigation.getCrashAnalyses().add(crash);
        return crash;
    }

    private Outage outage(String service, String sector, String impact) {
        Outage outage = f.createOutage();
        outage.setService(service);
        outage.setSector(sector);
        outage.setStart(RELEASED);
        outage.setSeverity(Severity.CRITICAL);
        outage.setCustomerImpact(impact);
        outage.setReconstructed(true);
        outage.setDescription("Sector affected according to general public reporting of the incident (no source for it in"
                + " the project's notes). Start is reconstructed (no"
                + " outage can precede the 04:09 UTC release; the sector's actual start is not in the sources), the end is"
                + " not published and left empty. Impact text is a general summary, not a statement about one organisation.");
        investigation.getOutages().add(outage);
        return outage;
    }

    private TimelineEvent event(Instant instant, String original, String zone, String source, String kind, String message,
            boolean reconstructedTime) {
        TimelineEvent event = f.createTimelineEvent();
        event.setInstant(instant);
        event.setOriginalTimestamp(original);
        event.setOriginalZone(zone);
        event.setSource(source);
        event.setKind(kind);
        event.setMessage(message);
        event.setReconstructed(reconstructedTime);
        if (reconstructedTime) {
            event.setDescription("Time of day reconstructed: the source gives " + original + ".");
        }
        event.getCitations().add(cite(source));
        investigation.getTimelineEvents().add(event);
        return event;
    }

    private CausalLink link(CausalNode cause, CausalNode effect, RelationKind relation, Confidence confidence, String rationale,
            String source) {
        CausalLink link = f.createCausalLink();
        link.setCause(cause);
        link.setEffect(effect);
        link.setRelation(relation);
        link.setConfidence(confidence);
        link.setRationale(rationale);
        link.getCitations().add(cite(source));
        investigation.getCausalLinks().add(link);
        return link;
    }

    private EvidenceRef cite(String url) {
        EvidenceRef ref = f.createEvidenceRef();
        ref.setEvidence(sources);
        ref.setLine(SampleSources.lineOf(url));
        return ref;
    }
}
