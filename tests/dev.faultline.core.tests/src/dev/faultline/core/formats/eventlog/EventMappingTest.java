package dev.faultline.core.formats.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class EventMappingTest {

    @Test
    void bugcheckMessageOfWslIssue() {
        EventMeaning.BugcheckReport report = EventMapping.bugcheckMessage("The computer has rebooted from a bugcheck.  The bugcheck was: "
                + "0x0000003b (0x00000000c0000005, 0xfffff80815a0f9c8, 0xffffbf0094c14e70, 0x0000000000000000). A dump was saved in: "
                + "C:\\WINDOWS\\MEMORY.DMP. Report Id: 8b65d1e9-3ca7-4675-80c2-31f079bd2d6a.");
        assertEquals("0x3B", report.bugcheckCode());
        assertEquals(List.of("0xc0000005", "0xfffff80815a0f9c8", "0xffffbf0094c14e70", "0x0"), report.arguments());
        assertEquals("C:\\WINDOWS\\MEMORY.DMP", report.dumpPath());
        assertEquals("8b65d1e9-3ca7-4675-80c2-31f079bd2d6a", report.reportId());
    }

    @Test
    void notABugcheckMessage() {
        assertNull(EventMapping.bugcheckMessage("The system has rebooted without cleanly shutting down first."));
    }

    @Test
    void otherEventsAreGeneric() {
        WindowsEvent event = new WindowsEvent("Microsoft-Windows-Kernel-General", 12, 4, "System", "h", null, null, 1L, null, null, null);
        assertEquals("event", EventMapping.meaning(event).name());
    }
}
