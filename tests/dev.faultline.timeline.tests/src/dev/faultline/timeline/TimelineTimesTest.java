package dev.faultline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Investigation;

class TimelineTimesTest {

    @Test
    void zonesByNameAndTheInvestigations() {
        Investigation inv = FaultlineFactory.eINSTANCE.createInvestigation();
        inv.setDisplayTimeZone("America/New_York");
        assertEquals(ZoneOffset.UTC, TimelineTimes.zone(null, inv));
        assertEquals(ZoneOffset.UTC, TimelineTimes.zone("utc", inv));
        assertEquals(ZoneId.of("America/New_York"), TimelineTimes.zone("investigation", inv));
        assertEquals(ZoneId.systemDefault(), TimelineTimes.zone("machine", inv));
        assertEquals(ZoneId.of("+02:00"), TimelineTimes.zone("+02:00", inv));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimelineTimes.zone("Mars/Base", inv));
        assertTrue(e.getMessage().contains("'Mars/Base'"), e.getMessage());
    }

    @Test
    void typedTimesAndTheirBadForms() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(Instant.parse("2024-07-19T04:09:00Z"), TimelineTimes.start("2024-07-19T04:09Z", berlin));
        assertEquals(Instant.parse("2024-07-19T04:09:00Z"), TimelineTimes.start("2024-07-19T06:09", berlin), "no offset: in the zone");
        assertEquals(Instant.parse("2024-07-18T22:00:00Z"), TimelineTimes.start("2024-07-19", berlin));
        assertEquals(Instant.parse("2024-07-19T21:59:59.999Z"), TimelineTimes.end("2024-07-19", berlin));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimelineTimes.start("19/07/2024", berlin));
        assertTrue(e.getMessage().contains("'19/07/2024' is not a time"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimelineTimes.start("2024-13-40", berlin));
    }

    @Test
    void aReversedWindowIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimelineQuery("", Instant.parse("2024-07-20T00:00:00Z"), Instant.parse("2024-07-19T00:00:00Z"), false));
        assertTrue(e.getMessage().contains("reversed"), e.getMessage());
        assertEquals("(host:a) AND time:[2024-07-19T00:00:00.000Z TO *]",
                new TimelineQuery("host:a", Instant.parse("2024-07-19T00:00:00Z"), null, false).queryText());
    }
}
