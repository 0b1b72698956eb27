package dev.faultline.report.internal;

import java.util.List;
import java.util.stream.Collectors;

import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.Incident;
import dev.faultline.model.Investigation;
import dev.faultline.model.Outage;
import dev.faultline.report.InvestigationCounts;
import dev.faultline.report.SummarySection;

/** The summary section from the model's incidents, outages and host groups. */
public final class SummaryRows {

    private final Texts texts;

    public SummaryRows(Texts texts) {
        this.texts = texts;
    }

    public SummarySection build(Investigation investigation, InvestigationCounts counts) {
        List<SummarySection.Incident> incidents = investigation.getIncidents().stream().map(this::incident).toList();
        List<SummarySection.Outage> outages = investigation.getOutages().stream().map(this::outage).toList();
        List<SummarySection.HostGroup> groups = investigation.getHostGroups().stream().map(this::group).toList();
        return new SummarySection(Texts.text(investigation.getSummary()), Texts.text(investigation.getStatus()),
                Texts.text(investigation.getSeverity()), incidents, outages, groups, counts.lines());
    }

    private SummarySection.Incident incident(Incident i) {
        return new SummarySection.Incident(Texts.text(i.getTitle()), texts.time(i.getStart()), texts.time(i.getDetected()),
                texts.time(i.getMitigated()), texts.time(i.getResolved()), Texts.text(i.getImpactStatement()),
                Texts.text(i.getDescription()), i.isReconstructed(), Texts.citations(i));
    }

    private SummarySection.Outage outage(Outage o) {
        String hosts = o.getAffectedHosts().stream().map(Host::getName).collect(Collectors.joining(", "));
        String groups = o.getAffectedGroups().stream().map(HostGroup::getName).collect(Collectors.joining(", "));
        String affected = String.join("; ", List.of(hosts, groups).stream().filter(s -> !s.isEmpty()).toList());
        return new SummarySection.Outage(Texts.text(o.getService()), Texts.text(o.getSector()), texts.time(o.getStart()),
                texts.time(o.getEnd()), Texts.text(o.getSeverity()), Texts.text(o.getCustomerImpact()), affected,
                Texts.text(o.getDescription()), o.isReconstructed(), Texts.citations(o));
    }

    private SummarySection.HostGroup group(HostGroup g) {
        return new SummarySection.HostGroup(Texts.text(g.getName()), Texts.text(g.getCriteria()), Texts.count(g.getHostCount()),
                Texts.count(g.getAffectedCount()), Texts.count(g.getRecoveredCount()), texts.time(g.getCountsAsOf()),
                Texts.text(g.getDescription()), g.isReconstructed(), Texts.citations(g));
    }
}
