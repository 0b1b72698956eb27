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
    void lenientUtf8KeepsSequencesCutByTheReadBufferAndReadsStrayBytesAsWindows1252() throws IOException {
        // ASCII runs of every length before each sequence, so some sequences straddle each 16 KiB refill and each 4 KiB read
        StringBuilder expected = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; expected.length() < 70_000; i++) {
            String ascii = "x".repeat(i % 23);
            String special = switch (i % 4) {
                case 0 -> "\u00e9"; // 2 bytes
                case 1 -> "\u20ac"; // 3 bytes
                case 2 -> "\ud83d\ude00"; // 4 bytes, a surrogate pair
                default -> null; // a stray Windows-1252 byte: 0x80 is the euro sign
            };
            expected.append(ascii).append(special == null ? "\u20ac" : special);
            bytes.writeBytes(ascii.getBytes(StandardCharsets.UTF_8));
            if (special == null) {
                bytes.write(0x80);
            } else {
                bytes.writeBytes(special.getBytes(StandardCharsets.UTF_8));
            }
        }
        java.io.Reader reader = new LenientUtf8Reader(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        StringBuilder read = new StringBuilder();
        char[] chunk = new char[4093];
        for (int n; (n = reader.read(chunk, 0, chunk.length)) >= 0;) {
            read.append(chunk, 0, n);
        }
        assertEquals(expected.toString(), read.toString());
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
