package dev.faultline.core.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds out how a text file is encoded and decodes it: UTF-8 (with or without BOM; stray bytes
 * that are not UTF-8 are read as Windows-1252), UTF-16 LE/BE (with BOM, or without when the
 * zero bytes give it away), Windows-1252; refuses binary data with a reason.
 */
public final class TextDecoding {

    /** Bytes looked at to decide the encoding (and, in {@link Formats}, the format). */
    public static final int HEAD_SIZE = 64 * 1024;

    /** Name used for UTF-8 read leniently (invalid bytes as Windows-1252). */
    public static final String UTF_8 = "UTF-8";
    public static final String UTF_16LE = "UTF-16LE";
    public static final String UTF_16BE = "UTF-16BE";
    public static final String WINDOWS_1252 = "windows-1252";

    private static final Charset CP1252 = Charset.forName(WINDOWS_1252);

    /**
     * The outcome of looking at a file's first bytes.
     *
     * @param encoding one of the constants of {@link TextDecoding}, or {@code null} when refused
     * @param bomLength bytes of byte-order mark to skip
     * @param refusal why the bytes are not text, or {@code null}
     * @param refusalOffset byte offset the refusal refers to, or -1
     */
    public record Sniffed(String encoding, int bomLength, String refusal, long refusalOffset) {

        public boolean isText() {
            return refusal == null;
        }
    }

    /**
     * A stream opened as text.
     *
     * @param sniffed what the first bytes said
     * @param reader the decoded characters after the BOM, or {@code null} when refused
     */
    public record Opened(Sniffed sniffed, Reader reader) {
    }

    private TextDecoding() {
    }

    /** Looks at the first bytes of a file (at most {@link #HEAD_SIZE} are needed). */
    public static Sniffed sniff(byte[] head) {
        int n = head.length;
        if (n == 0) {
            return new Sniffed(null, 0, "file is empty", 0);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return checkControls(head, 3, UTF_8, 3);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return checkUtf16(head, 2, UTF_16LE);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return checkUtf16(head, 2, UTF_16BE);
        }
        String utf16 = utf16WithoutBom(head);
        if (utf16 != null) {
            return checkUtf16(head, 0, utf16);
        }
        String encoding = isUtf8(head, head.length < HEAD_SIZE) ? UTF_8 : WINDOWS_1252;
        return checkControls(head, 0, encoding, 0);
    }

    /** The head decoded as text (BOM removed, a cut last character dropped), or {@code null} if not text. */
    public static String headText(byte[] head) {
        Sniffed sniffed = sniff(head);
        if (!sniffed.isText()) {
            return null;
        }
        int start = sniffed.bomLength();
        int length = head.length - start;
        if (!sniffed.encoding().equals(UTF_8) && !sniffed.encoding().equals(WINDOWS_1252)) {
            length -= length % 2;
        }
        Charset charset = charset(sniffed.encoding());
        String text = new String(head, start, length, charset);
        if (!text.isEmpty() && text.charAt(text.length() - 1) == '\uFFFD') {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /**
     * Opens a stream as text: reads its head, sniffs, and returns a reader positioned after the
     * BOM, or a refusal (empty or binary) with no reader.
     */
    public static Opened open(InputStream in) throws IOException {
        byte[] head = in.readNBytes(HEAD_SIZE);
        Sniffed sniffed = sniff(head);
        if (!sniffed.isText()) {
            return new Opened(sniffed, null);
        }
        InputStream rest = new SequenceInputStream(
                new ByteArrayInputStream(head, sniffed.bomLength(), head.length - sniffed.bomLength()), in);
        Reader reader;
        if (sniffed.encoding().equals(UTF_8)) {
            reader = new LenientUtf8Reader(rest);
        } else {
            CharsetDecoder decoder = charset(sniffed.encoding()).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            reader = new InputStreamReader(rest, decoder);
        }
        return new Opened(sniffed, reader);
    }

    private static Charset charset(String encoding) {
        return switch (encoding) {
            case UTF_8 -> StandardCharsets.UTF_8;
            case UTF_16LE -> StandardCharsets.UTF_16LE;
            case UTF_16BE -> StandardCharsets.UTF_16BE;
            default -> CP1252;
        };
    }

    private static String utf16WithoutBom(byte[] head) {
        int pairs = Math.min(head.length, 4096) / 2;
        if (pairs < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs; i++) {
            if (head[2 * i] == 0) {
                zeroEven++;
            }
            if (head[2 * i + 1] == 0) {
                zeroOdd++;
            }
        }
        if (zeroOdd * 10 > pairs * 6 && zeroEven * 20 <= pairs) {
            return UTF_16LE;
        }
        if (zeroEven * 10 > pairs * 6 && zeroOdd * 20 <= pairs) {
            return UTF_16BE;
        }
        return null;
    }

    private static Sniffed checkUtf16(byte[] head, int start, String encoding) {
        boolean littleEndian = encoding.equals(UTF_16LE);
        int controls = 0;
        int units = 0;
        for (int i = start; i + 1 < head.length; i += 2) {
            int unit = littleEndian ? (head[i] & 0xFF) | (head[i + 1] & 0xFF) << 8 : (head[i] & 0xFF) << 8 | (head[i + 1] & 0xFF);
            units++;
            if (unit == 0) {
                return new Sniffed(null, 0, "binary data: NUL character in " + encoding + " text", i);
            }
            if (isBinaryControl(unit)) {
                controls++;
            }
        }
        if (units > 0 && controls * 20 > units) {
            return new Sniffed(null, 0, "binary data: " + controls + " control characters in the first " + units + " characters", start);
        }
        return new Sniffed(encoding, start, null, -1);
    }

    private static Sniffed checkControls(byte[] head, int start, String encoding, int bomLength) {
        int controls = 0;
        for (int i = start; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return new Sniffed(null, 0, "binary data: NUL byte (not a text file)", i);
            }
            if (isBinaryControl(b)) {
                controls++;
            }
        }
        int length = head.length - start;
        if (length > 0 && controls * 20 > length) {
            return new Sniffed(null, 0, "binary data: " + controls + " control bytes in the first " + length + " bytes (not a text file)", start);
        }
        return new Sniffed(encoding, bomLength, null, -1);
    }

    private static boolean isBinaryControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B;
    }

    /**
     * Whether the bytes are valid UTF-8; unless {@code whole}, a sequence cut by the end of the head
     * is allowed.
     */
    static boolean isUtf8(byte[] head, boolean whole) {
        int i = 0;
        int n = head.length;
        while (i < n) {
            int b = head[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = LenientUtf8Reader.sequenceLength(b);
            if (length == 0) {
                return false;
            }
            if (i + length > n) {
                if (whole) {
                    return false;
                }
                for (int k = i + 1; k < n; k++) {
                    if ((head[k] & 0xC0) != 0x80) {
                        return false;
                    }
                }
                return true;
            }
            if (LenientUtf8Reader.decode(head, i, length) < 0) {
                return false;
            }
            i += length;
        }
        return true;
    }
}
