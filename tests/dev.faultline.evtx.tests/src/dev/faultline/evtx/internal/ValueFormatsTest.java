package dev.faultline.evtx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ValueFormatsTest {

    @Test
    void fileTimeLikeEvtxexport() {
        long fileTime = (Instant.parse("2015-08-08T18:08:30.468750Z").getEpochSecond() + 11_644_473_600L) * 10_000_000L
                + 4_687_500L;
        assertEquals("2015-08-08T18:08:30.468750000Z", ValueFormats.fileTime(fileTime));
        assertEquals(Instant.parse("2015-08-08T18:08:30.468750Z"), ValueFormats.fileTimeToInstant(fileTime));
        assertEquals("1601-01-01T00:00:00.000000000Z", ValueFormats.fileTime(0));
        assertEquals(Instant.parse("1601-01-01T00:00:00Z"), ValueFormats.fileTimeToInstant(0));
        assertEquals("2000-02-29T23:59:59.999999900Z", ValueFormats.fileTime(
                (Instant.parse("2000-02-29T23:59:59Z").getEpochSecond() + 11_644_473_600L) * 10_000_000L + 9_999_999L));
    }

    @Test
    void systemTime() {
        assertEquals("2009-07-13T16:26:13.000000000Z", ValueFormats.systemTime(2009, 7, 13, 16, 26, 13, 0));
        assertEquals("2024-07-19T04:09:00.123000000Z", ValueFormats.systemTime(2024, 7, 19, 4, 9, 0, 123));
    }

    @Test
    void guidSidHex() {
        byte[] guid = {(byte) 0x3a, 0x3b, 0x1c, 0x33, 0x05, 0x20, (byte) 0xc2, 0x44, (byte) 0xac, 0x5e, 0x77, 0x22, 0x0c,
            0x37, (byte) 0xd6, (byte) 0xb4};
        assertEquals("{331C3B3A-2005-44C2-AC5E-77220C37D6B4}", ValueFormats.guid(guid, 0));
        byte[] sid = {1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0};
        assertEquals("S-1-5-18", ValueFormats.sid(sid, 0, sid.length));
        assertNull(ValueFormats.sid(sid, 0, 10), "sub-authority past the value");
        assertEquals("0x00000000", ValueFormats.hex(0, 8));
        assertEquals("0x8000000000000002", ValueFormats.hex(0x8000000000000002L, 16));
        assertEquals("00FF10", ValueFormats.binary(new byte[] {0, -1, 16}, 0, 3));
    }
}
