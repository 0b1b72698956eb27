package dev.faultline.index;

import java.util.Arrays;

/**
 * A record's own fields ({@link dev.faultline.core.evidence.EvidenceRecord#fields()}) as they are
 * stored: one string of names and values, read as spans of it without copying a name or a value.
 * Reused from record to record. Entry {@code i} has the name {@code source().substring(nameStart(i),
 * nameEnd(i))} and the value {@code source().substring(nameEnd(i) + 1, valueEnd(i))}; a name may
 * repeat (the last one is the record's value, as in {@code fields()}).
 */
public final class FieldSpans {

    private String source = "";
    private int count;
    private int[] bounds = new int[3 * 16];

    /** Reads an encoded field string (see {@link DocumentMapper#encodeFields}); {@code null} = no fields. */
    void read(String encoded) {
        source = encoded == null ? "" : encoded;
        count = 0;
        int start = 0;
        int length = source.length();
        while (start < length) {
            int keyEnd = source.indexOf(DocumentMapper.KEY_END, start);
            int entryEnd = source.indexOf(DocumentMapper.ENTRY_END, start);
            if (keyEnd < 0 || entryEnd < 0 || keyEnd > entryEnd) {
                break;
            }
            if (3 * count + 3 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[3 * count] = start;
            bounds[3 * count + 1] = keyEnd;
            bounds[3 * count + 2] = entryEnd;
            count++;
            start = entryEnd + 1;
        }
    }

    /** The string the spans point into. */
    public String source() {
        return source;
    }

    /** Entries, names repeated included. */
    public int count() {
        return count;
    }

    public int nameStart(int i) {
        return bounds[3 * i];
    }

    public int nameEnd(int i) {
        return bounds[3 * i + 1];
    }

    public int valueStart(int i) {
        return bounds[3 * i + 1] + 1;
    }

    public int valueEnd(int i) {
        return bounds[3 * i + 2];
    }

    /** Whether entry {@code i} is named {@code name} (exactly). */
    public boolean nameIs(int i, String name) {
        int start = nameStart(i);
        return nameEnd(i) - start == name.length() && source.startsWith(name, start);
    }

    /** The entry named {@code name} that {@code fields().get(name)} reads (the last), or -1. */
    public int find(String name) {
        for (int i = count - 1; i >= 0; i--) {
            if (nameIs(i, name)) {
                return i;
            }
        }
        return -1;
    }
}
