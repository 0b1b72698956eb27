package dev.faultline.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecodingTest {

    @Test
    void sniffsEncodings() {
        assertEquals(TextDecoding.UTF_8, TextDecoding.sniff("plain".getBytes(StandardCharsets.US_ASCII)).encoding());
        assertEquals(3, TextDecoding.sniff(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}).bomLength());
        assertEquals(TextDecoding.UTF_16LE, TextDecoding.sniff("no bom here".getBytes(StandardCharsets.UTF_16LE)).encoding());
        assertEquals(TextDecoding.UTF_16BE, TextDecoding.sniff("no bom here".getBytes(StandardCharsets.UTF_16BE)).encoding());
        assertEquals(TextDecoding.WINDOWS_1252, TextDecoding.sniff(new byte[] {'c', 'a', 'f', (byte) 0xE9}).encoding());
        TextDecoding.Sniffed binary = TextDecoding.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});
        assertNull(binary.encoding());
        assertEquals(3, binary.refusalOffset());
        assertEquals("binary data: NUL byte (not a text file)", binary.refusal());
    }

    @Test
    void headTextDropsACutCharacter() {
        byte[] cut = new byte[TextDecoding.HEAD_SIZE];
        java.util.Arrays.fill(cut, (byte) 'a');
        cut[cut.length - 1] = (byte) 0xC3;
        assertEquals("a".repeat(TextDecoding.HEAD_SIZE - 1), TextDecoding.headText(cut), "a head cut inside a UTF-8 sequence");
        assertEquals("a\u00c3", TextDecoding.headText(new byte[] {'a', (byte) 0xC3}), "a whole file ending so is Windows-1252");
    }

    @Test
    void lineReaderHandlesAllTerminators() throws IOException {
        LineReader lines = new LineReader(new StringReader("a\r\nb\rc\n\nd"), 100);
        assertEquals("a", lines.readLine());
        assertEquals("b", lines.readLine());
        assertEquals("c", lines.readLine());
        assertEquals("", lines.readLine());
        assertEquals("d", lines.readLine());
        assertEquals(5, lines.lineNumber());
        assertNull(lines.readLine());
    }

    @Test
    void hexSpelling() {
        assertEquals("0x50", Hex.bugcheckFromHex("50"));
        assertEquals("0x3B", Hex.bugcheckFromHex("0x0000003b"));
        assertEquals("0x1A", Hex.bugcheckFromDecimal("26"));
        assertEquals("0xffffe5068d8a4000", Hex.value("ffffe506`8d8a4000"));
        assertEquals("0x0", Hex.value("0000000000000000"));
        assertNull(Hex.value("zz"));
    }
}
