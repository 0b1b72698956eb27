package dev.faultline.core.formats.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.faultline.core.formats.SharedData;

class EventLogXmlParserTest {

    private final EventLogXmlParser parser = new EventLogXmlParser();

    @Test
    void kernelPowerFromEventViewerCopyWithTreeMarkers() throws IOException {
        SharedData.Result result = SharedData.parse(parser,
                SharedData.file("eventlog_snippets/wdd1499_kernel_power_41_bugcheck_0x1a_eventviewer_copy.txt"));
        assertEquals(1, result.records().size());
        WindowsEventRecord record = result.record(0, WindowsEventRecord.class);
        WindowsEvent event = record.event();
        assertEquals("Microsoft-Windows-Kernel-Power", event.provider());
        assertEquals(41, event.eventId());
        assertEquals(1, event.level());
        assertEquals("System", event.channel());
        assertEquals("ZenMachine", event.computer());
        assertEquals(37649L, event.recordId());
        assertEquals(Instant.parse("2019-04-25T04:34:10.676151Z"), event.time());
        assertEquals(1, record.source().line());
        EventMeaning.UnexpectedPowerLoss loss = assertInstanceOf(EventMeaning.UnexpectedPowerLoss.class, record.meaning());
        assertEquals("0x1A", loss.bugcheckCode());
        assertEquals(List.of("0x6001", "0x0", "0x0", "0x0"), loss.arguments());
        assertEquals(1, result.rejections().size(), "the copy is cut off inside EventData");
    }

    @Test
    void kernelPowerFragmentWithoutEventElement() throws IOException {
        SharedData.Result result = SharedData.parse(parser, SharedData.file("eventlog_snippets/wdd1815_kernel_power_41_bugcheck_0x1a.xml.txt"));
        assertEquals(1, result.records().size());
        WindowsEventRecord record = result.record(0, WindowsEventRecord.class);
        assertEquals("DESKTOP-G8IIL19", record.event().computer());
        assertEquals(4730L, record.event().recordId());
        assertEquals("0x3470", record.event().value("BugcheckParameter1"));
        EventMeaning.UnexpectedPowerLoss loss = assertInstanceOf(EventMeaning.UnexpectedPowerLoss.class, record.meaning());
        assertEquals("0x1A", loss.bugcheckCode());
        assertEquals(List.of("0x3470", "0xffffa603e09df000", "0xa6e9fbc8a2515bb0", "0xa669fbc8a2515bb0"), loss.arguments());
        assertEquals(1, result.rejections().size());
        assertEquals(25, result.rejections().get(0).where().line());
    }

    @ParameterizedTest
    @CsvSource({
        "plaso_test_data_evtx_System.key_events.xml, 9",
        "omerbenamram-evtx_samples_system.key_events.xml, 6",
        "eas_LM_Remote_Service02_7045.key_events.xml, 3",
        "eas_System_7045_namedpipe_privesc.key_events.xml, 1",
        "eas_DSE_bypass_BYOV_TDL_dummydriver_sysmon_6_7_13.key_events.xml, 1",
        "eas_discovery_UEFI_Settings_rweverything_sysmon_6.key_events.xml, 1",
    })
    void derivedKeyEventsAllRead(String file, int events) throws IOException {
        SharedData.Result result = SharedData.parse(parser, SharedData.file("evtx/derived/" + file));
        assertEquals(events, result.records().size());
        assertEquals(List.of(), result.rejections());
    }

    @Test
    void plasoSystemKeyEvents() throws IOException {
        SharedData.Result result = SharedData.parse(parser, SharedData.file("evtx/derived/plaso_test_data_evtx_System.key_events.xml"));
        WindowsEventRecord filter = result.record(0, WindowsEventRecord.class);
        assertEquals("Microsoft-Windows-FilterManager", filter.event().provider());
        assertEquals("luafv", filter.event().value("DeviceName"));
        assertEquals(Instant.parse("2015-06-23T06:00:48.625Z"), filter.event().time());
        assertEquals(71L, filter.event().recordId());
        assertInstanceOf(EventMeaning.Generic.class, filter.meaning());

        WindowsEventRecord install = result.record(1, WindowsEventRecord.class);
        EventMeaning.ServiceInstalled installed = assertInstanceOf(EventMeaning.ServiceInstalled.class, install.meaning());
        assertEquals("Intel(R) PRO/1000 NDIS 6 Adapter Driver", installed.serviceName());
        assertEquals("system32\\DRIVERS\\E1G6032E.sys", installed.imagePath());
        assertEquals("kernel mode driver", installed.serviceType());
        assertEquals("demand start", installed.startType());
        assertNull(installed.accountName());
        assertTrue(installed.isDriver());
        assertEquals(Instant.parse("2015-06-23T06:01:28Z"), install.event().time());

        WindowsEventRecord power = result.record(5, WindowsEventRecord.class);
        EventMeaning.UnexpectedPowerLoss loss = assertInstanceOf(EventMeaning.UnexpectedPowerLoss.class, power.meaning());
        assertNull(loss.bugcheckCode(), "BugcheckCode 0 means no bugcheck");
        assertEquals(325L, power.event().recordId());
        assertEquals("WIN-NBRJP24VCHB", power.event().computer());

        WindowsEventRecord shutdown = result.record(7, WindowsEventRecord.class);
        EventMeaning.UnexpectedShutdown unexpected = assertInstanceOf(EventMeaning.UnexpectedShutdown.class, shutdown.meaning());
        assertEquals("1:34:44 PM", unexpected.shutdownTimeText());
        assertEquals("8/25/2015", unexpected.shutdownDateText());
        assertEquals(LocalDateTime.of(2015, 8, 25, 13, 34, 44), unexpected.shutdownLocal());
        assertEquals("DC1.internal.greendale.edu", shutdown.event().computer());
        assertEquals(1041L, shutdown.event().recordId());

        assertEquals("unexpected-power-loss", result.record(8, WindowsEventRecord.class).meaning().name());
    }

    @Test
    void sysmonDriverLoad() throws IOException {
        SharedData.Result result = SharedData.parse(parser,
                SharedData.file("evtx/derived/eas_DSE_bypass_BYOV_TDL_dummydriver_sysmon_6_7_13.key_events.xml"));
        WindowsEvent event = result.record(0, WindowsEventRecord.class).event();
        assertEquals("Microsoft-Windows-Sysmon", event.provider());
        assertEquals(6, event.eventId());
        assertEquals("Microsoft-Windows-Sysmon/Operational", event.channel());
        assertEquals("C:\\Windows\\System32\\drivers\\VBoxDrv.sys", event.value("ImageLoaded"));
        assertEquals("innotek GmbH", event.value("Signature"));
        assertTrue(event.xml().contains("<Data Name=\"Signed\">true</Data>"), event.xml());
    }

    @Test
    void wevtutilOutputWithoutRootAndUserData() throws IOException {
        String xml = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Service Control Manager'/>"
                + "<EventID Qualifiers='16384'>7036</EventID><Level>4</Level><TimeCreated SystemTime='2024-07-19T04:09:15.000000000Z'/>"
                + "<EventRecordID>5</EventRecordID><Channel>System</Channel><Computer>WS-01</Computer></System>"
                + "<EventData><Data Name='param1'>CSFalconService</Data><Data Name='param2'>running</Data></EventData></Event>\n"
                + "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WER-SystemErrorReporting'/>"
                + "<EventID Qualifiers='16384'>1001</EventID><Level>2</Level><TimeCreated SystemTime='2024-07-19T04:20:00.000Z'/>"
                + "<Computer>WS-01</Computer></System><EventData><Data Name='param1'>0x00000050 (0xffff840500000074, 0x0000000000000000, "
                + "0xfffff806715114ed, 0x0000000000000002)</Data><Data Name='param2'>C:\\Windows\\MEMORY.DMP</Data>"
                + "<Data Name='param3'>0b1c2d3e</Data></EventData></Event>\n";
        SharedData.Result result = SharedData.parse(parser, xml);
        assertEquals(2, result.records().size());
        EventMeaning.ServiceStateChanged state = assertInstanceOf(EventMeaning.ServiceStateChanged.class,
                result.record(0, WindowsEventRecord.class).meaning());
        assertEquals("CSFalconService", state.serviceName());
        assertEquals("running", state.state());
        WindowsEventRecord bugcheck = result.record(1, WindowsEventRecord.class);
        assertEquals(2, bugcheck.source().line());
        EventMeaning.BugcheckReport report = assertInstanceOf(EventMeaning.BugcheckReport.class, bugcheck.meaning());
        assertEquals("0x50", report.bugcheckCode());
        assertEquals(List.of("0xffff840500000074", "0x0", "0xfffff806715114ed", "0x2"), report.arguments());
        assertEquals("C:\\Windows\\MEMORY.DMP", report.dumpPath());
        assertEquals("0b1c2d3e", report.reportId());
        assertEquals("0x50", bugcheck.evidence().fields().get("bugcheckCode"));
    }

    @Test
    void dtdAndExternalEntitiesAreRefused() throws IOException {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Event [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Event><System><EventID>1</EventID><Computer>&x;</Computer></System></Event>\n";
        SharedData.Result result = SharedData.parse(parser, xxe);
        assertEquals(0, result.records().size());
        assertEquals(1, result.rejections().size());
        assertTrue(result.rejections().get(0).reason().startsWith("malformed or cut-off XML"), result.rejections().get(0).reason());
    }
}
