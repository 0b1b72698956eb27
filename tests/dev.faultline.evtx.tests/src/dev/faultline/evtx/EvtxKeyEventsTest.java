package dev.faultline.evtx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Compares the structured view with the key events python-evtx extracted into
 * {@code derived/*.key_events.xml}, and checks concrete values of the crash-relevant events.
 */
class EvtxKeyEventsTest {

    static Stream<String> keyEventFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.evtxDir().resolve("derived"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".key_events.xml")).sorted()
                    .toList().stream();
        }
    }

    /** @return the records by their EventRecordID (the id python-evtx's key events carry) */
    private static Map<Long, EvtxRecord> readAll(Path file) throws IOException {
        Map<Long, EvtxRecord> byId = new HashMap<>();
        try (EvtxReader reader = EvtxReader.open(file)) {
            reader.forEach(r -> byId.put(r.eventRecordId(), r));
        }
        return byId;
    }

    private static EvtxRecord record(String file, long recordId) throws IOException {
        EvtxRecord r = readAll(SharedData.evtx(file)).get(recordId);
        assertNotNull(r, "record " + recordId + " in " + file);
        return r;
    }

    @ParameterizedTest
    @MethodSource("keyEventFiles")
    void structuredViewEqualsPythonEvtxKeyEvents(String keyEventsFile) throws Exception {
        Path dir = SharedData.evtxDir();
        String evtxName = keyEventsFile.replace(".key_events.xml", ".evtx");
        Map<Long, EvtxRecord> ours = readAll(dir.resolve(evtxName));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("derived").resolve(keyEventsFile).toFile());
        NodeList events = doc.getElementsByTagName("Event");
        assertTrue(events.getLength() > 0, "key events in " + keyEventsFile);
        for (int i = 0; i < events.getLength(); i++) {
            Element event = (Element) events.item(i);
            long id = Long.parseLong(text(event, "EventRecordID"));
            EvtxRecord r = ours.get(id);
            assertNotNull(r, "record " + id + " of " + evtxName);
            assertEquals(Integer.parseInt(text(event, "EventID")), r.eventId(), "EventID of " + id);
            assertEquals(Integer.parseInt(text(event, "Level")), r.level(), "Level of " + id);
            assertEquals(text(event, "Channel"), r.channel(), "Channel of " + id);
            assertEquals(text(event, "Computer"), r.computer(), "Computer of " + id);
            assertEquals(((Element) event.getElementsByTagName("Provider").item(0)).getAttribute("Name"), r.provider());
            String systemTime = ((Element) event.getElementsByTagName("TimeCreated").item(0)).getAttribute("SystemTime");
            EvtxSampleFilesTest.assertSamePythonTime(systemTime, r.systemTime());

            Map<String, String> expected = new LinkedHashMap<>();
            NodeList data = event.getElementsByTagName("Data");
            int unnamed = 0;
            for (int d = 0; d < data.getLength(); d++) {
                Element e = (Element) data.item(d);
                if (!e.getAttribute("Name").isEmpty()) {
                    expected.put(e.getAttribute("Name"), e.getTextContent());
                } else if (e.getTextContent().startsWith("<string>")) {
                    // python-evtx writes a string array as one Data of <string> items; Windows,
                    // evtxexport and Faultline repeat the Data element per item
                    Matcher item = Pattern.compile("<string>(.*?)</string>").matcher(e.getTextContent());
                    while (item.find()) {
                        expected.put("Data" + (++unnamed), item.group(1));
                    }
                } else {
                    expected.put("Data" + (++unnamed), e.getTextContent());
                }
            }
            List<String> ourDataKeys = r.data().keySet().stream().filter(k -> !k.equals("Binary")).toList();
            assertEquals(List.copyOf(expected.keySet()), ourDataKeys, "Data names of " + id);
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertEquals(normalise(e.getValue()), normalise(r.data().get(e.getKey())),
                        "Data " + e.getKey() + " of record " + id + " in " + evtxName);
            }
        }
    }

    /**
     * python-evtx and evtxexport print a few types differently (documented in
     * releng/evtx/PEER-DIFFERENCES.md): GUID letter case, bool as True/False, SYSTEMTIME as
     * {@code YYYY-MM-DD hh:mm:ss}. Compare in one form.
     */
    private static String normalise(String value) {
        if (value.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z")) {
            return EvtxSampleFilesTest.pythonTime(Instant.parse(value));
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void kernelPower41UnexpectedShutdown() throws IOException {
        EvtxRecord r = record("plaso_test_data_evtx_System.evtx", 1046);
        assertEquals("Microsoft-Windows-Kernel-Power", r.provider());
        assertEquals(41, r.eventId());
        assertEquals(1, r.level());
        assertEquals("System", r.channel());
        assertEquals("DC1.internal.greendale.edu", r.computer());
        assertEquals("0", r.data().get("BugcheckCode"));
        assertEquals("0x0000000000000000", r.data().get("BugcheckParameter1"));
        assertEquals("false", r.data().get("SleepInProgress"));
        assertEquals("130849833260468750", r.data().get("PowerButtonTimestamp"));
        assertEquals(Instant.parse("2015-08-25T15:40:40.453125Z"), r.systemTime());
    }

    @Test
    void kernelPower41RendersLikeEvtxexport() throws IOException {
        EvtxRecord r = record("plaso_test_data_evtx_System.evtx", 325);
        assertEquals("""
                <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
                  <System>
                    <Provider Name="Microsoft-Windows-Kernel-Power" Guid="{331C3B3A-2005-44C2-AC5E-77220C37D6B4}"/>
                    <EventID>41</EventID>
                    <Version>2</Version>
                    <Level>1</Level>
                    <Task>63</Task>
                    <Opcode>0</Opcode>
                    <Keywords>0x8000000000000002</Keywords>
                    <TimeCreated SystemTime="2015-08-08T18:08:30.468750000Z"/>
                    <EventRecordID>325</EventRecordID>
                    <Correlation/>
                    <Execution ProcessID="4" ThreadID="8"/>
                    <Channel>System</Channel>
                    <Computer>WIN-NBRJP24VCHB</Computer>
                    <Security UserID="S-1-5-18"/>
                  </System>
                  <EventData>
                    <Data Name="BugcheckCode">0</Data>
                    <Data Name="BugcheckParameter1">0x0000000000000000</Data>
                    <Data Name="BugcheckParameter2">0x0000000000000000</Data>
                    <Data Name="BugcheckParameter3">0x0000000000000000</Data>
                    <Data Name="BugcheckParameter4">0x0000000000000000</Data>
                    <Data Name="SleepInProgress">false</Data>
                    <Data Name="PowerButtonTimestamp">0</Data>
                  </EventData>
                </Event>""", r.xml());
    }

    @Test
    void eventLog6008UnexpectedShutdownKeepsArrayItems() throws IOException {
        EvtxRecord r = record("plaso_test_data_evtx_System.evtx", 1041);
        assertEquals("EventLog", r.provider());
        assertEquals(6008, r.eventId());
        assertEquals("1:34:44 PM", r.data().get("Data1"));
        assertEquals("\u200e8/\u200e25/\u200e2015", r.data().get("Data2"));
        assertEquals("", r.data().get("Data3"));
        assertEquals("934", r.data().get("Data5"));
        assertEquals(8, r.data().size(), r.data().toString());
        assertTrue(r.data().get("Binary").startsWith("DF070800020019000D00"), r.data().get("Binary"));
    }

    @Test
    void serviceInstalled7045() throws IOException {
        EvtxRecord r = record("plaso_test_data_evtx_System.evtx", 174);
        assertEquals("Service Control Manager", r.provider());
        assertEquals(7045, r.eventId());
        assertEquals("Intel(R) PRO/1000 NDIS 6 Adapter Driver", r.data().get("ServiceName"));
        assertEquals("system32\\DRIVERS\\E1G6032E.sys", r.data().get("ImagePath"));
        assertEquals("kernel mode driver", r.data().get("ServiceType"));
        assertEquals("demand start", r.data().get("StartType"));
        assertEquals("", r.data().get("AccountName"));
    }

    @Test
    void namedPipeService7045KeepsShellMetacharacters() throws IOException {
        EvtxRecord r = record("eas_System_7045_namedpipe_privesc.evtx", 10446);
        assertEquals(7045, r.eventId());
        assertEquals("%COMSPEC% /c ping -n 1 127.0.0.1 >nul && echo 'WinPwnage' > \\\\.\\pipe\\WinPwnagePipe",
                r.data().get("ImagePath"));
        assertTrue(r.xml().contains("127.0.0.1 &gt;nul &amp;&amp; echo"), r.xml());
    }

    @Test
    void sysmon6DriverLoaded() throws IOException {
        EvtxRecord r = record("eas_DSE_bypass_BYOV_TDL_dummydriver_sysmon_6_7_13.evtx", 18766);
        assertEquals("Microsoft-Windows-Sysmon", r.provider());
        assertEquals(6, r.eventId());
        assertEquals("Microsoft-Windows-Sysmon/Operational", r.channel());
        assertEquals("MSEDGEWIN10", r.computer());
        assertEquals("C:\\Windows\\System32\\drivers\\VBoxDrv.sys", r.data().get("ImageLoaded"));
        assertEquals("innotek GmbH", r.data().get("Signature"));
        assertEquals("Valid", r.data().get("SignatureStatus"));
        assertEquals("true", r.data().get("Signed"));
    }

    @Test
    void unnamedDataAndBinaryAndUserData() throws IOException {
        Map<Long, EvtxRecord> all = readAll(SharedData.evtx("plaso_test_data_evtx_System.evtx"));
        EvtxRecord unnamed = all.values().stream().filter(r -> r.data().containsKey("Data1")
                && "37L4247F27-26".equals(r.data().get("Data1"))).findFirst().orElseThrow();
        assertEquals("WIN-NBRJP24VCHB", unnamed.data().get("Data2"), "array items become Data1, Data2");
        assertTrue(unnamed.xml().contains("<Data>37L4247F27-26</Data>\n    <Data>WIN-NBRJP24VCHB</Data>"),
                unnamed.xml());
        EvtxRecord userData = all.values().stream().filter(r -> r.data().containsKey("DriverFileName")
                && "NdisWan".equals(r.data().get("ServiceName"))).findFirst().orElseThrow();
        assertEquals("system32\\DRIVERS\\ndiswan.sys", userData.data().get("DriverFileName"));
        assertEquals("ROOT\\MS_NDISWANIP\\0000", userData.data().get("DeviceInstanceID"));
        assertTrue(all.values().stream().anyMatch(r -> "6500760065006E0074006C006F0067002F0031000000"
                .equals(r.data().get("Binary"))), "EventData Binary as upper-case hex");
    }
}
