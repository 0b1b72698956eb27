package dev.faultline.core.formats.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.core.formats.SharedData;

/** Hand-written rows; the first carries the release and revert times of channel file 291 from the CrowdStrike notes. */
class UpdatesCsvParserTest {

    @Test
    void rowsWithReleaseAndRevert() throws IOException {
        String csv = """
                Vendor,Product,Kind,Identifier,Version,Released,Reverted,Scope,Ticket
                CrowdStrike,Falcon sensor,channel file,C-00000291,,2024-07-19T04:09:00Z,2024-07-19T05:27:00Z,Windows sensors >= 7.11,INC-1
                Microsoft,Windows,KB,KB5040442,,7/9/2024 10:00 AM,,all,
                Example,Agent,sensor,,1.0,yesterday,,,
                ,,,,,,,,
                """;
        SharedData.Result result = SharedData.parse(new UpdatesCsvParser(), csv);
        assertEquals(2, result.records().size());
        UpdateRecord cf291 = result.record(0, UpdateRecord.class);
        assertEquals("CrowdStrike", cf291.vendor());
        assertEquals("channel file", cf291.kind());
        assertEquals("C-00000291", cf291.identifier());
        assertNull(cf291.version());
        assertEquals(Instant.parse("2024-07-19T04:09:00Z"), cf291.released());
        assertEquals(Instant.parse("2024-07-19T05:27:00Z"), cf291.reverted());
        assertEquals("Windows sensors >= 7.11", cf291.scope());
        assertEquals(Map.of("Ticket", "INC-1"), cf291.attributes());
        assertEquals(Instant.parse("2024-07-09T10:00:00Z"), result.record(1, UpdateRecord.class).released());
        assertEquals(2, result.rejections().size());
        assertEquals(4, result.rejections().get(0).where().line());
        assertEquals("released time 'yesterday' is not a readable date and time", result.rejections().get(0).reason());
        assertEquals(5, result.rejections().get(1).where().line());
    }

    @Test
    void perHostDeploymentRowsNameTheirHostAndTheFiles() throws IOException {
        String csv = """
                vendor,product,kind,identifier,version,released,Computer,Files
                Contoso,StorShield,driver,SSF-4.2.1,4.2.1,2024-03-12T09:00:00Z,SRV-0001,C:\\Windows\\System32\\drivers\\ssflt.sys; C:\\Program Files\\Contoso\\ssf.cfg
                Contoso,StorShield,driver,SSF-4.2.1,4.2.1,2024-03-12T09:00:00Z,,
                """;
        SharedData.Result result = SharedData.parse(new UpdatesCsvParser(), csv);
        UpdateRecord first = result.record(0, UpdateRecord.class);
        assertEquals("SRV-0001", first.host());
        assertEquals("SRV-0001", first.evidence().host());
        assertEquals(java.util.List.of("C:\\Windows\\System32\\drivers\\ssflt.sys", "C:\\Program Files\\Contoso\\ssf.cfg"), first.files());
        assertNull(result.record(1, UpdateRecord.class).host());
        assertEquals(java.util.List.of(), result.record(1, UpdateRecord.class).files());
    }
}
