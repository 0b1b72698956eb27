package dev.faultline.index.internal;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits evidence text into the tokens investigators search for, lower-cased, without breaking
 * them apart: {@code csagent!Foo+0x1e4}, {@code C-00000291-00000000-00000032.sys},
 * {@code 0xfffff80312345678}, {@code PAGE_FAULT_IN_NONPAGED_AREA}, {@code 218.188.2.4}.
 * <p>
 * A token is a run of letters, digits and {@code _ . - ! + ` $ @}; leading and trailing
 * {@code . - ! + ` @} are dropped (sentence ends, list dashes), and WinDbg's 64-bit separator
 * backtick is removed ({@code fffff803`12345678} becomes {@code fffff80312345678}). Everything
 * else (white space, {@code : = , ; ( ) [ ] \ / " '} ...) separates tokens. Tokens longer than
 * {@value #MAX_TOKEN_LENGTH} characters are cut.
 */
public final class EvidenceTokenizer extends Tokenizer {

    public static final int MAX_TOKEN_LENGTH = 255;

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);

    private final char[] ioBuffer = new char[4096];
    private int bufferLength;
    private int bufferIndex;
    private int consumed; // chars of input before ioBuffer[0]
    private int finalOffset;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        char[] term = termAttribute.buffer();
        while (true) {
            int length = 0;
            int start = -1;
            int lastKept = -1; // input offset just after the last char worth keeping at the end
            int keptLength = 0; // term length at lastKept
            while (true) {
                if (bufferIndex >= bufferLength) {
                    consumed += bufferLength;
                    bufferLength = fill();
                    bufferIndex = 0;
                    if (bufferLength <= 0) {
                        bufferLength = 0;
                        finalOffset = correctOffset(consumed);
                        break;
                    }
                }
                char c = ioBuffer[bufferIndex];
                int offset = consumed + bufferIndex;
                bufferIndex++;
                if (!isTokenChar(c)) {
                    if (length > 0) {
                        break;
                    }
                    continue;
                }
                if (c == '`') {
                    continue; // WinDbg's address separator: never part of the term
                }
                if (length == 0 && isTrimmed(c)) {
                    continue;
                }
                if (start < 0) {
                    start = offset;
                }
                if (length == term.length) {
                    term = termAttribute.resizeBuffer(length + 1);
                }
                term[length++] = Character.toLowerCase(c);
                if (!isTrimmed(c)) {
                    lastKept = offset + 1;
                    keptLength = length;
                }
                if (length >= MAX_TOKEN_LENGTH) {
                    break;
                }
            }
            if (keptLength > 0) {
                termAttribute.setLength(keptLength);
                offsetAttribute.setOffset(correctOffset(start), correctOffset(lastKept));
                return true;
            }
            if (bufferLength == 0) {
                return false;
            }
        }
    }

    private int fill() throws IOException {
        int total = 0;
        while (total < ioBuffer.length) {
            int read = input.read(ioBuffer, total, ioBuffer.length - total);
            if (read < 0) {
                break;
            }
            total += read;
        }
        return total == 0 ? -1 : total;
    }

    /** Whether {@code c} can be part of a token (else it separates tokens). */
    public static boolean isTokenChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                    || c == '-' || c == '!' || c == '+' || c == '`' || c == '$' || c == '@';
        }
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isTrimmed(char c) {
        return c == '.' || c == '-' || c == '!' || c == '+' || c == '@';
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAttribute.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        bufferLength = 0;
        bufferIndex = 0;
        consumed = 0;
        finalOffset = 0;
    }
}
