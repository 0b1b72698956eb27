package dev.faultline.model.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.faultline.model.CausalLink;
import dev.faultline.model.CrashAnalysis;
import dev.faultline.model.Driver;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.Investigation;
import dev.faultline.model.TimelineEvent;

class ObjectLabelsTest {

    private static final FaultlineFactory F = FaultlineFactory.eINSTANCE;

    @Test
    void namesObjectsByTypeAndName() {
        Driver driver = F.createDriver();
        driver.setFileName("csagent.sys");
        Host host = F.createHost();
        host.setName("wks-01");
        CrashAnalysis crash = F.createCrashAnalysis();
        crash.setBugcheckCode("0x50");
        crash.setBugcheckName("PAGE_FAULT_IN_NONPAGED_AREA");
        crash.setHost(host);

        assertEquals("Driver 'csagent.sys'", ObjectLabels.label(driver));
        assertEquals("Crash analysis '0x50 PAGE_FAULT_IN_NONPAGED_AREA on wks-01'", ObjectLabels.label(crash));
    }

    @Test
    void unnamedObjectsArePositionedInTheirList() {
        Investigation investigation = F.createInvestigation();
        investigation.getTimelineEvents().add(F.createTimelineEvent());
        TimelineEvent second = F.createTimelineEvent();
        investigation.getTimelineEvents().add(second);

        assertEquals("Timeline event #2", ObjectLabels.label(second));
    }

    @Test
    void causalLinksShowBothEndsAndLongNamesAreShortened() {
        Driver driver = F.createDriver();
        driver.setFileName("csagent.sys");
        TimelineEvent event = F.createTimelineEvent();
        event.setMessage("x".repeat(100));
        CausalLink link = F.createCausalLink();
        link.setCause(driver);
        link.setEffect(event);

        assertEquals("Causal link 'csagent.sys' \u2192 '" + "x".repeat(59) + "\u2026'", ObjectLabels.label(link));
    }
}
