package dev.faultline.core.formats.driverquery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.core.formats.SharedData;

class DriverQueryParserTest {

    private final DriverQueryParser parser = new DriverQueryParser();

    @Test
    void verboseTableWithRespacedHeader() throws IOException {
        SharedData.Result result = SharedData.parse(parser, SharedData.file("driverquery/generalupdate_bowl_driverquery_v_en.txt"));
        assertEquals(5, result.records().size());
        DriverRecord first = result.record(0, DriverRecord.class);
        assertEquals("360AntiAttac", first.moduleName());
        assertEquals("360Safe Anti Attack Se", first.displayName());
        assertEquals("Kernel", first.driverType());
        assertEquals("System", first.startMode());
        assertEquals("Running", first.state());
        assertEquals("OK", first.status());
        assertEquals("TRUE", first.acceptStop());
        assertEquals("FALSE", first.acceptPause());
        assertEquals(4096L, first.pagedPoolBytes());
        assertEquals(36864L, first.codeBytes());
        assertEquals(0L, first.bssBytes());
        assertEquals(4096L, first.initBytes());
        assertEquals("9/29/2022 3:45:03 PM", first.linkDateText());
        assertEquals(LocalDateTime.of(2022, 9, 29, 15, 45, 3), first.linkDate());
        assertEquals("C:\\Windows\\system32\\Drivers\\360AntiAttack64.sys", first.path());
        assertEquals(3, first.source().line());

        DriverRecord filter = result.record(4, DriverRecord.class);
        assertEquals("360Box64", filter.moduleName());
        assertEquals("File System", filter.driverType());
        assertEquals(225280L, filter.codeBytes());
        assertEquals(12288L, filter.initBytes());
        assertEquals(LocalDateTime.of(2024, 8, 7, 11, 50, 19), filter.linkDate());
        assertEquals("C:\\Windows\\system32\\DRIVERS\\360Box64.sys", filter.path());

        assertEquals(1, result.rejections().size());
        assertEquals(9, result.rejections().get(0).where().line());
        assertTrue(result.rejections().get(0).reason().contains("//..."));
    }

    @Test
    void plainTableAndImplausibleLinkDates() throws IOException {
        SharedData.Result result = SharedData.parse(parser, SharedData.file("driverquery/payloadsallthethings_driverquery_fo_table.txt"));
        assertEquals(9, result.records().size());
        DriverRecord ohci = result.record(0, DriverRecord.class);
        assertEquals("1394ohci", ohci.moduleName());
        assertEquals("1394 OHCI Compliant Ho", ohci.displayName());
        assertEquals("Kernel", ohci.driverType());
        assertEquals(LocalDateTime.of(2006, 12, 10, 16, 44, 38), ohci.linkDate());
        assertNull(ohci.path());
        DriverRecord acpi = result.record(2, DriverRecord.class);
        assertEquals("ACPI", acpi.moduleName());
        assertEquals("12/9/1975 6:17:08 AM", acpi.linkDateText());
        assertNull(acpi.linkDate(), "1975 is a build hash, not a date");
        DriverRecord acpiex = result.record(4, DriverRecord.class);
        assertEquals("3/1/2087 8:53:50 AM", acpiex.linkDateText());
        assertNull(acpiex.linkDate(), "2087 is in the future");
        assertEquals(LocalDateTime.of(2015, 4, 9, 16, 49, 48), result.record(8, DriverRecord.class).linkDate());
        assertEquals(1, result.rejections().size());
        assertEquals(12, result.rejections().get(0).where().line());
    }

    @Test
    void csvLayout() throws IOException {
        String csv = """
                "Module Name","Display Name","Driver Type","Link Date"
                "csagent","CrowdStrike Falcon","File System","7/18/2024 1:02:03 PM"
                "broken","row"
                "ACPI","Microsoft ACPI Driver","Kernel","12/9/1975 6:17:08 AM"
                """;
        SharedData.Result result = SharedData.parse(parser, csv);
        assertEquals(2, result.records().size());
        DriverRecord csagent = result.record(0, DriverRecord.class);
        assertEquals("csagent", csagent.moduleName());
        assertEquals("File System", csagent.driverType());
        assertEquals(LocalDateTime.of(2024, 7, 18, 13, 2, 3), csagent.linkDate());
        assertEquals(2, csagent.source().line());
        assertEquals(1, result.rejections().size());
        assertEquals(3, result.rejections().get(0).where().line());
        assertTrue(result.rejections().get(0).reason().contains("2 fields but the header has 4"));
    }

    @Test
    void listLayout() throws IOException {
        String list = """
                Module Name:  1394ohci
                Display Name: 1394 OHCI Compliant Host Controller
                Driver Type:  Kernel
                Link Date:    12/10/2006 4:44:38 PM

                Module Name:  3ware
                Display Name: 3ware
                Driver Type:  Kernel
                Link Date:    5/18/2015 6:28:03 PM
                """;
        SharedData.Result result = SharedData.parse(parser, list);
        assertEquals(2, result.records().size());
        DriverRecord second = result.record(1, DriverRecord.class);
        assertEquals("3ware", second.moduleName());
        assertEquals("Kernel", second.driverType());
        assertEquals(6, second.source().line());
        assertEquals("1394 OHCI Compliant Host Controller", result.record(0, DriverRecord.class).displayName());
    }

    @Test
    void germanHeadersAreMappedByPositionAndKeepRawValues() throws IOException {
        String german = """
                Modulname    Anzeigename            Treibertyp    Linkdatum
                ============ ====================== ============= ======================
                1394ohci     1394 OHCI-kompatibler  Kernel        10.12.2006 16:44:38
                """;
        SharedData.Result result = SharedData.parse(parser, german);
        assertEquals(1, result.records().size());
        DriverRecord driver = result.record(0, DriverRecord.class);
        assertEquals("1394ohci", driver.moduleName());
        assertEquals("1394 OHCI-kompatibler", driver.displayName());
        assertEquals("10.12.2006 16:44:38", driver.linkDateText());
        assertEquals(LocalDateTime.of(2006, 12, 10, 16, 44, 38), driver.linkDate());
        assertEquals(Map.of(), driver.otherColumns());
    }

    @Test
    void hostNameLinesNameTheHostOfTheRowsAfterThem() throws IOException {
        String text = """
                Host Name: WS-01
                Module Name  Display Name           Driver Type   Link Date
                ============ ====================== ============= ======================
                csagent      CrowdStrike Falcon     File System   7/18/2024 1:02:03 PM
                Host Name: WS-02
                csagent      CrowdStrike Falcon     File System   7/18/2024 1:02:03 PM
                """;
        SharedData.Result result = SharedData.parse(parser, text);
        assertEquals(java.util.List.of(), result.rejections());
        assertEquals("WS-01", result.record(0, DriverRecord.class).host());
        assertEquals("WS-02", result.record(1, DriverRecord.class).host());
        assertEquals(6, result.record(1, DriverRecord.class).source().line());
    }

    /** driverquery /v /fo csv gathered with PowerShell remoting: a leading PSComputerName column (synthetic rows). */
    static final String POWERSHELL_CSV = """
            #TYPE System.Management.Automation.PSCustomObject
            "PSComputerName","Module Name","Display Name","Description","Driver Type","Start Mode","State","Status","Accept Stop","Accept Pause","Paged Pool(bytes)","Code(bytes)","BSS(bytes)","Link Date","Path","Init(bytes)"
            "KIOSK-0001","CSAgent","CrowdStrike Falcon","CrowdStrike Falcon","File System ","System ","Running ","OK ","TRUE ","FALSE ","0","1,118,208","0","7/10/2024 3:11:02 PM","C:\\Windows\\system32\\drivers\\CrowdStrike\\csagent.sys","12,288"
            "KIOSK-0002","ACPI","Microsoft ACPI Driver","Microsoft ACPI Driver","Kernel ","Boot ","Running ","OK ","TRUE ","FALSE ","0","610,304","0","5/4/2023 9:20:41 AM","C:\\Windows\\system32\\drivers\\ACPI.sys","28,672"
            """;

    @Test
    void powerShellRemotingCsvIsDetectedAndNamesTheHostOfEachRow() throws IOException {
        byte[] head = POWERSHELL_CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(DriverQueryParser.ID, dev.faultline.core.formats.Formats.detect(head).format().id());
        assertTrue(parser.detect(head) >= 90);
        SharedData.Result result = SharedData.parse(parser, POWERSHELL_CSV);
        assertEquals(java.util.List.of(), result.rejections());
        assertEquals(2, result.records().size());
        DriverRecord csagent = result.record(0, DriverRecord.class);
        assertEquals("KIOSK-0001", csagent.host());
        assertEquals("CSAgent", csagent.moduleName());
        assertEquals("File System", csagent.driverType());
        assertEquals("System", csagent.startMode());
        assertEquals("C:\\Windows\\system32\\drivers\\CrowdStrike\\csagent.sys", csagent.path());
        assertEquals(3, csagent.source().line());
        assertEquals("KIOSK-0002", result.record(1, DriverRecord.class).host());
        assertEquals(Map.of(), csagent.otherColumns());
    }

    @Test
    void aTrailingPowerShellColumnIsDetectedToo() {
        String csv = "\"Module Name\",\"Display Name\",\"Driver Type\",\"Link Date\",\"PSComputerName\",\"RunspaceId\"\n"
                + "\"csagent\",\"CrowdStrike Falcon\",\"File System\",\"7/18/2024 1:02:03 PM\",\"WS-7\",\"5d1c\"\n";
        assertEquals(DriverQueryParser.ID, dev.faultline.core.formats.Formats.detect(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).format().id());
    }

    @Test
    void aCsvWithoutDriverColumnsIsNotDriverquery() {
        String csv = "\"PSComputerName\",\"Name\",\"Status\"\n\"WS-7\",\"Spooler\",\"Running\"\n";
        assertEquals(0, parser.detect(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void byteCounts() {
        assertEquals(139264L, DriverQueryParser.bytes("139,264"));
        assertEquals(139264L, DriverQueryParser.bytes("139.264"));
        assertNull(DriverQueryParser.bytes("n/a"));
    }
}
