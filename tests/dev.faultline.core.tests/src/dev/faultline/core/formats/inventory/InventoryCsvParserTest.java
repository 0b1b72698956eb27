package dev.faultline.core.formats.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.SharedData;

/** Hand-written inventories (no public one is in shared/data). */
class InventoryCsvParserTest {

    private static final String CSV = """
            Hostname;IP Address;OS;OS Build;Sensor Version;Rack
            WS-01;10.0.0.5;Windows 11;22621.3880;7.15.18513;R1
            ;10.0.0.6;Windows 11;22621.3880;7.15.18513;R2
            """;

    @Test
    void columnsByHeaderName() throws IOException {
        SharedData.Result result = SharedData.parse(new InventoryCsvParser(), CSV);
        assertEquals(1, result.records().size());
        HostRecord host = result.record(0, HostRecord.class);
        assertEquals("WS-01", host.hostName());
        assertEquals("10.0.0.5", host.get(HostField.IP_ADDRESS));
        assertEquals("Windows 11", host.get(HostField.OS_NAME));
        assertEquals("22621.3880", host.get(HostField.OS_BUILD));
        assertEquals("7.15.18513", host.get(HostField.SENSOR_VERSION));
        assertEquals(Map.of("Rack", "R1"), host.attributes());
        assertEquals(1, result.rejections().size());
        assertEquals(3, result.rejections().get(0).where().line());
        assertEquals("inventory row without a host name", result.rejections().get(0).reason());
        assertEquals(List.of("Rack"), InventoryCsvParser.unknownHeaders(List.of("Hostname", "IP Address", "OS", "OS Build", "Sensor Version", "Rack")));
    }

    @Test
    void headersMappedByTheCaller() throws IOException {
        SharedData.Result result = SharedData.parse(new InventoryCsvParser(Map.of("rack", HostField.LOCATION)),
                new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "hosts.csv", ParseOptions.defaults());
        HostRecord host = result.record(0, HostRecord.class);
        assertEquals("R1", host.get(HostField.LOCATION));
        assertEquals(Map.of(), host.attributes());
        assertEquals("R1", host.toJson().get("location"));
    }
}
