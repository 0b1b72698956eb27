package dev.faultline.core.formats.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.core.formats.SharedData;

/** No public Event Viewer CSV export was found; these inputs are hand-written in the exporters' layouts. */
class EventLogCsvParserTest {

    private final EventLogCsvParser parser = new EventLogCsvParser();

    @Test
    void eventViewerSaveAsCsvWithUnnamedMessageColumn() throws IOException {
        String csv = """
                Level,Date and Time,Source,Event ID,Task Category
                Information,7/19/2024 4:09:15 AM,Service Control Manager,7036,None,The CSFalconService service entered the running state.
                Error,7/19/2024 4:20:00 AM,BugCheck,1001,None,"The computer has rebooted from a bugcheck.  The bugcheck was: 0x00000050 (0xffff840500000074, 0x0000000000000000, 0xfffff806715114ed, 0x0000000000000002). A dump was saved in: C:\\Windows\\MEMORY.DMP. Report Id: 0b1c2d3e."
                Critical,7/19/2024 4:21:00 AM,Microsoft-Windows-Kernel-Power,forty-one,(63),The system has rebooted
                """;
        SharedData.Result result = SharedData.parse(parser, csv);
        assertEquals(2, result.records().size());
        WindowsEventRecord state = result.record(0, WindowsEventRecord.class);
        assertEquals(Instant.parse("2024-07-19T04:09:15Z"), state.event().time());
        assertEquals(4, state.event().level());
        EventMeaning.ServiceStateChanged changed = assertInstanceOf(EventMeaning.ServiceStateChanged.class, state.meaning());
        assertEquals("CSFalconService", changed.serviceName());
        assertEquals("running", changed.state());
        EventMeaning.BugcheckReport report = assertInstanceOf(EventMeaning.BugcheckReport.class,
                result.record(1, WindowsEventRecord.class).meaning());
        assertEquals("0x50", report.bugcheckCode());
        assertEquals("C:\\Windows\\MEMORY.DMP", report.dumpPath());
        assertEquals("0b1c2d3e", report.reportId());
        assertEquals(1, result.rejections().size());
        assertEquals(4, result.rejections().get(0).where().line());
        assertEquals("event id 'forty-one' is not a number", result.rejections().get(0).reason());
    }

    @Test
    void powerShellGetWinEventExport() throws IOException {
        String csv = """
                #TYPE System.Diagnostics.Eventing.Reader.EventLogRecord
                "Message","Id","Level","RecordId","ProviderName","LogName","MachineName","TimeCreated"
                "A service was installed in the system.","7045","4","174","Service Control Manager","System","WS-01","2024-07-19T04:09:00Z"
                """;
        SharedData.Result result = SharedData.parse(parser, csv);
        assertEquals(List.of(), result.rejections());
        WindowsEventRecord record = result.record(0, WindowsEventRecord.class);
        assertEquals(7045, record.event().eventId());
        assertEquals("WS-01", record.event().computer());
        assertEquals(174L, record.event().recordId());
        assertEquals(3, record.source().line());
        assertInstanceOf(EventMeaning.ServiceInstalled.class, record.meaning());
    }
}
