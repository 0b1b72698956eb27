package dev.faultline.evtx.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes the binary-XML token stream of one 64 KiB chunk: element names and template
 * definitions are cached per chunk by their chunk offset, as the format shares them between the
 * records of a chunk. Every length and offset is checked against the chunk; nesting of elements,
 * templates and embedded binary XML is capped at {@link #MAX_DEPTH}.
 */
final class BinXmlParser {

    /** Maximum nesting of elements, template instances and embedded binary XML. */
    static final int MAX_DEPTH = 64;
    /**
     * Maximum bytes of template definitions decoded per chunk: each distinct definition is decoded
     * once, so real chunks stay below the chunk size; hostile ones pointing many records at many
     * large overlapping definitions are stopped here.
     */
    static final long MAX_TEMPLATE_BYTES = 64L * ChunkDecoder.CHUNK_SIZE;

    private static final BinXmlNode[] NO_NODES = {};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final BinXmlNode.Attribute[] NO_ATTRIBUTES = {};

    private final byte[] b;
    private final int chunkEnd;
    private final Map<Integer, String> names = new HashMap<>();
    private final Map<Integer, BinXmlNode[]> templates = new HashMap<>();
    private final Map<Integer, Boolean> templatesBeingParsed = new HashMap<>();
    private int pos;
    private long templateBytes;

    /**
     * @param chunk    the chunk's bytes (offsets in the stream are relative to index 0)
     * @param chunkEnd number of valid bytes in {@code chunk}
     */
    BinXmlParser(byte[] chunk, int chunkEnd) {
        this.b = chunk;
        this.chunkEnd = chunkEnd;
    }

    /** Decodes the binary XML of an event record occupying {@code [start, end)} of the chunk. */
    BinXmlNode[] parseRecord(int start, int end) {
        pos = start;
        return parseFragment(end, 0);
    }

    private EvtxDamageException damage(String reason) {
        return new EvtxDamageException(pos, reason);
    }

    private void need(int count, int end) {
        if (count < 0 || pos > end - count) {
            throw damage("binary XML needs " + count + " bytes at chunk offset " + pos + " but only "
                    + Math.max(0, end - pos) + " remain");
        }
    }

    /** A token stream up to an end-of-stream token or {@code end}: fragment headers, templates, elements, content. */
    private BinXmlNode[] parseFragment(int end, int depth) {
        if (depth > MAX_DEPTH) {
            throw damage("binary XML nested deeper than " + MAX_DEPTH + " levels");
        }
        List<BinXmlNode> out = new ArrayList<>(2);
        while (pos < end) {
            int token = b[pos] & 0xff;
            switch (token) {
                case 0x00 -> {
                    pos++;
                    return out.toArray(NO_NODES);
                }
                case 0x0f -> {
                    need(4, end);
                    pos += 4;
                }
                case 0x0c -> out.add(parseTemplateInstance(end, depth + 1));
                case 0x01, 0x41 -> out.add(parseElement(end, depth + 1));
                default -> out.add(parseContentToken(token, end, depth));
            }
        }
        return out.toArray(NO_NODES);
    }

    private BinXmlNode parseElement(int end, int depth) {
        if (depth > MAX_DEPTH) {
            throw damage("elements nested deeper than " + MAX_DEPTH + " levels");
        }
        boolean hasAttributes = (b[pos] & 0x40) != 0;
        pos++;
        need(10, end);
        // token, dependency id (u16), data size (u32), name offset (u32); the dependency id is
        // absent in some writers' streams, recognisable by an implausible name offset.
        int nameOffset = LittleEndian.i32(b, pos + 6);
        if (plausibleNameOffset(nameOffset, pos + 10)) {
            pos += 10;
        } else {
            int withoutDependency = LittleEndian.i32(b, pos + 4);
            if (!plausibleNameOffset(withoutDependency, pos + 8)) {
                throw damage("element name offset " + Integer.toUnsignedString(nameOffset) + " is not inside the chunk");
            }
            nameOffset = withoutDependency;
            pos += 8;
        }
        String name = readName(nameOffset, end);
        BinXmlNode.Attribute[] attributes = NO_ATTRIBUTES;
        if (hasAttributes) {
            need(4, end);
            pos += 4;
            List<BinXmlNode.Attribute> list = new ArrayList<>(4);
            while (pos < end && (b[pos] & 0xbf) == 0x06) {
                pos++;
                need(4, end);
                int attributeNameOffset = LittleEndian.i32(b, pos);
                pos += 4;
                String attributeName = readName(attributeNameOffset, end);
                list.add(new BinXmlNode.Attribute(attributeName, parseAttributeValue(end, depth)));
            }
            attributes = list.toArray(NO_ATTRIBUTES);
        }
        need(1, end);
        int close = b[pos] & 0xff;
        pos++;
        if (close == 0x03) {
            return new BinXmlNode.Element(name, attributes, NO_NODES);
        }
        if (close != 0x02) {
            pos--;
            throw damage("expected end of start tag of <" + name + "> but found token 0x" + Integer.toHexString(close));
        }
        List<BinXmlNode> children = new ArrayList<>(4);
        while (true) {
            if (pos >= end) {
                throw damage("element <" + name + "> is not closed before the end of its data");
            }
            int token = b[pos] & 0xff;
            switch (token) {
                case 0x04 -> {
                    pos++;
                    return new BinXmlNode.Element(name, attributes, children.toArray(NO_NODES));
                }
                case 0x01, 0x41 -> children.add(parseElement(end, depth + 1));
                case 0x0c -> children.add(parseTemplateInstance(end, depth + 1));
                case 0x00 -> throw damage("end of stream inside element <" + name + ">");
                default -> children.add(parseContentToken(token, end, depth));
            }
        }
    }

    private boolean plausibleNameOffset(int offset, int inlinePosition) {
        if (offset == inlinePosition) {
            return true;
        }
        return offset >= 0 && offset < inlinePosition && offset <= chunkEnd - 10;
    }

    private BinXmlNode[] parseAttributeValue(int end, int depth) {
        List<BinXmlNode> value = new ArrayList<>(1);
        while (pos < end) {
            int token = b[pos] & 0xff;
            switch (token) {
                case 0x05, 0x45, 0x0d, 0x0e, 0x08, 0x48, 0x09, 0x49, 0x07, 0x47 -> value.add(parseContentToken(token, end, depth));
                default -> {
                    return value.toArray(NO_NODES);
                }
            }
        }
        return value.toArray(NO_NODES);
    }

    /** Value text, CDATA, references, processing instructions and substitutions. */
    private BinXmlNode parseContentToken(int token, int end, int depth) {
        switch (token) {
            case 0x05, 0x45 -> {
                need(4, end);
                int valueType = b[pos + 1] & 0xff;
                if (valueType != 0x01) {
                    throw damage("value token of type 0x" + Integer.toHexString(valueType) + " (only strings are defined)");
                }
                pos += 2;
                return new BinXmlNode.Text(readCountedString(end));
            }
            case 0x07, 0x47 -> {
                need(3, end);
                pos++;
                return new BinXmlNode.CData(readCountedString(end));
            }
            case 0x08, 0x48 -> {
                need(3, end);
                int codePoint = LittleEndian.u16(b, pos + 1);
                pos += 3;
                return new BinXmlNode.CharRef(codePoint);
            }
            case 0x09, 0x49 -> {
                need(5, end);
                int nameOffset = LittleEndian.i32(b, pos + 1);
                pos += 5;
                return new BinXmlNode.EntityRef(readName(nameOffset, end));
            }
            case 0x0a -> {
                need(5, end);
                int nameOffset = LittleEndian.i32(b, pos + 1);
                pos += 5;
                String target = readName(nameOffset, end);
                need(3, end);
                if (b[pos] != 0x0b) {
                    throw damage("processing instruction target without data");
                }
                pos++;
                return new BinXmlNode.ProcessingInstruction(target, readCountedString(end));
            }
            case 0x0d, 0x0e -> {
                need(4, end);
                int index = LittleEndian.u16(b, pos + 1);
                int valueType = b[pos + 3] & 0xff;
                pos += 4;
                return new BinXmlNode.Substitution(index, valueType, token == 0x0e);
            }
            default -> throw damage("unexpected binary XML token 0x" + Integer.toHexString(token));
        }
    }

    /** A u16 character count followed by that many UTF-16LE code units. */
    private String readCountedString(int end) {
        need(2, end);
        int count = LittleEndian.u16(b, pos);
        pos += 2;
        need(2 * count, end);
        String s = LittleEndian.utf16(b, pos, count);
        pos += 2 * count;
        return s;
    }

    /**
     * Reads a name by chunk offset. A name defined right here (offset == current position) is
     * skipped over: next-offset (u32), hash (u16), count (u16), characters, terminating NUL.
     */
    private String readName(int offset, int end) {
        if (offset == pos) {
            String name = names.get(offset);
            need(8, end);
            int count = LittleEndian.u16(b, pos + 6);
            need(8 + 2 * count + 2, end);
            if (name == null) {
                name = LittleEndian.utf16(b, pos + 8, count);
                names.put(offset, name);
            }
            pos += 8 + 2 * count + 2;
            return name;
        }
        String name = names.get(offset);
        if (name != null) {
            return name;
        }
        if (offset < 0 || offset > chunkEnd - 8) {
            throw damage("name offset " + Integer.toUnsignedString(offset) + " is outside the chunk");
        }
        int count = LittleEndian.u16(b, offset + 6);
        if (offset + 8 + 2 * count > chunkEnd) {
            throw damage("name at chunk offset " + offset + " runs past the chunk end");
        }
        name = LittleEndian.utf16(b, offset + 8, count);
        names.put(offset, name);
        return name;
    }

    private BinXmlNode parseTemplateInstance(int end, int depth) {
        if (depth > MAX_DEPTH) {
            throw damage("templates nested deeper than " + MAX_DEPTH + " levels");
        }
        need(10, end);
        int definitionOffset = LittleEndian.i32(b, pos + 6);
        pos += 10;
        BinXmlNode[] template;
        if (definitionOffset == pos) {
            need(24, end);
            int dataSize = LittleEndian.i32(b, pos + 20);
            if (dataSize < 0 || dataSize > end - pos - 24) {
                throw damage("template definition of " + Integer.toUnsignedString(dataSize) + " bytes does not fit in the record");
            }
            template = template(definitionOffset, depth);
            pos += 24 + dataSize;
        } else {
            template = template(definitionOffset, depth);
        }
        need(4, end);
        int count = LittleEndian.i32(b, pos);
        pos += 4;
        if (count < 0 || count > (end - pos) / 4) {
            throw damage("substitution count " + Integer.toUnsignedString(count) + " exceeds the record");
        }
        int descriptors = pos;
        pos += 4 * count;
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            int size = LittleEndian.u16(b, descriptors + 4 * i);
            int type = b[descriptors + 4 * i + 2] & 0xff;
            need(size, end);
            values[i] = decodeValue(type, pos, size, depth);
            pos += size;
        }
        return new BinXmlNode.TemplateInstance(template, values);
    }

    private BinXmlNode[] template(int offset, int depth) {
        BinXmlNode[] cached = templates.get(offset);
        if (cached != null) {
            return cached;
        }
        if (offset < 0 || offset > chunkEnd - 24) {
            throw damage("template definition offset " + Integer.toUnsignedString(offset) + " is outside the chunk");
        }
        int dataSize = LittleEndian.i32(b, offset + 20);
        if (dataSize < 0 || dataSize > chunkEnd - offset - 24) {
            throw damage("template definition at chunk offset " + offset + " runs past the chunk end");
        }
        templateBytes += dataSize;
        if (templateBytes > MAX_TEMPLATE_BYTES) {
            throw damage("template definitions of this chunk exceed " + MAX_TEMPLATE_BYTES + " bytes in total");
        }
        if (templatesBeingParsed.putIfAbsent(offset, Boolean.TRUE) != null) {
            throw damage("template definition at chunk offset " + offset + " refers to itself");
        }
        int saved = pos;
        try {
            pos = offset + 24;
            BinXmlNode[] nodes = parseFragment(offset + 24 + dataSize, depth + 1);
            templates.put(offset, nodes);
            return nodes;
        } finally {
            templatesBeingParsed.remove(offset);
            pos = saved;
        }
    }

    /**
     * Decodes one substitution value: {@code null} for empty, a {@link String}, a
     * {@link FileTimeValue} or a {@link FragmentValue}.
     */
    private Object decodeValue(int type, int off, int size, int depth) {
        if (size == 0 && type != 0x21) {
            return null;
        }
        switch (type) {
            case 0x00:
                return null;
            case 0x01:
                return wideString(off, size);
            case 0x02:
                return ansiString(off, size);
            case 0x03:
                return fixed(type, size, 1) ? Integer.toString(b[off]) : ValueFormats.binary(b, off, size);
            case 0x04:
                return fixed(type, size, 1) ? Integer.toString(b[off] & 0xff) : ValueFormats.binary(b, off, size);
            case 0x05:
                return fixed(type, size, 2) ? Integer.toString(LittleEndian.i16(b, off)) : ValueFormats.binary(b, off, size);
            case 0x06:
                return fixed(type, size, 2) ? Integer.toString(LittleEndian.u16(b, off)) : ValueFormats.binary(b, off, size);
            case 0x07:
                return fixed(type, size, 4) ? Integer.toString(LittleEndian.i32(b, off)) : ValueFormats.binary(b, off, size);
            case 0x08:
                return fixed(type, size, 4) ? Long.toString(LittleEndian.u32(b, off)) : ValueFormats.binary(b, off, size);
            case 0x09:
                return fixed(type, size, 8) ? Long.toString(LittleEndian.i64(b, off)) : ValueFormats.binary(b, off, size);
            case 0x0a:
                return fixed(type, size, 8) ? Long.toUnsignedString(LittleEndian.i64(b, off)) : ValueFormats.binary(b, off, size);
            case 0x0b:
                return fixed(type, size, 4) ? Float.toString(Float.intBitsToFloat(LittleEndian.i32(b, off))) : ValueFormats.binary(b, off, size);
            case 0x0c:
                return fixed(type, size, 8) ? Double.toString(Double.longBitsToDouble(LittleEndian.i64(b, off))) : ValueFormats.binary(b, off, size);
            case 0x0d:
                if (size == 4 || size == 1 || size == 2 || size == 8) {
                    boolean value = switch (size) {
                        case 1 -> b[off] != 0;
                        case 2 -> LittleEndian.i16(b, off) != 0;
                        case 4 -> LittleEndian.i32(b, off) != 0;
                        default -> LittleEndian.i64(b, off) != 0;
                    };
                    return value ? "true" : "false";
                }
                return ValueFormats.binary(b, off, size);
            case 0x0e:
                return ValueFormats.binary(b, off, size);
            case 0x0f:
                return fixed(type, size, 16) ? ValueFormats.guid(b, off) : ValueFormats.binary(b, off, size);
            case 0x10:
                if (size == 8) {
                    return ValueFormats.hex(LittleEndian.i64(b, off), 16);
                }
                return size == 4 ? ValueFormats.hex(LittleEndian.u32(b, off), 8) : ValueFormats.binary(b, off, size);
            case 0x11:
                return fixed(type, size, 8) ? new FileTimeValue(LittleEndian.i64(b, off)) : ValueFormats.binary(b, off, size);
            case 0x12:
                return fixed(type, size, 16) ? systemTime(off) : ValueFormats.binary(b, off, size);
            case 0x13: {
                String sid = ValueFormats.sid(b, off, size);
                return sid != null ? sid : ValueFormats.binary(b, off, size);
            }
            case 0x14:
                return fixed(type, size, 4) ? ValueFormats.hex(LittleEndian.u32(b, off), 8) : ValueFormats.binary(b, off, size);
            case 0x15:
                return fixed(type, size, 8) ? ValueFormats.hex(LittleEndian.i64(b, off), 16) : ValueFormats.binary(b, off, size);
            case 0x21: {
                int saved = pos;
                try {
                    pos = off;
                    return new FragmentValue(parseFragment(off + size, depth + 1));
                } finally {
                    pos = saved;
                }
            }
            case 0x81:
                return wideStringArray(off, size);
            default:
                if ((type & 0x80) != 0) {
                    return array(type & 0x7f, off, size, depth);
                }
                return ValueFormats.binary(b, off, size);
        }
    }

    private static boolean fixed(int type, int size, int expected) {
        return size == expected;
    }

    private String wideString(int off, int size) {
        int count = size / 2;
        while (count > 0 && LittleEndian.u16(b, off + 2 * (count - 1)) == 0) {
            count--;
        }
        return LittleEndian.utf16(b, off, count);
    }

    /** NUL-terminated strings, one array item each. */
    private ArrayValue wideStringArray(int off, int size) {
        List<String> items = new ArrayList<>();
        int count = size / 2;
        int start = 0;
        for (int i = 0; i < count; i++) {
            if (LittleEndian.u16(b, off + 2 * i) == 0) {
                items.add(LittleEndian.utf16(b, off + 2 * start, i - start));
                start = i + 1;
            }
        }
        if (start < count) {
            items.add(LittleEndian.utf16(b, off + 2 * start, count - start));
        }
        return new ArrayValue(items.toArray(new String[0]));
    }

    private String ansiString(int off, int size) {
        int length = 0;
        while (length < size && b[off + length] != 0) {
            length++;
        }
        return new String(b, off, length, WINDOWS_1252);
    }

    private String systemTime(int off) {
        return ValueFormats.systemTime(LittleEndian.u16(b, off), LittleEndian.u16(b, off + 2), LittleEndian.u16(b, off + 6),
                LittleEndian.u16(b, off + 8), LittleEndian.u16(b, off + 10), LittleEndian.u16(b, off + 12),
                LittleEndian.u16(b, off + 14));
    }

    /** Arrays of fixed-size values, one item per element. */
    private Object array(int elementType, int off, int size, int depth) {
        int elementSize = switch (elementType) {
            case 0x03, 0x04 -> 1;
            case 0x05, 0x06 -> 2;
            case 0x07, 0x08, 0x0b, 0x0d, 0x14 -> 4;
            case 0x09, 0x0a, 0x0c, 0x11, 0x15 -> 8;
            case 0x0f, 0x12 -> 16;
            case 0x10 -> size % 8 == 0 ? 8 : 4;
            default -> 0;
        };
        if (elementSize == 0 || size % elementSize != 0) {
            return ValueFormats.binary(b, off, size);
        }
        String[] items = new String[size / elementSize];
        for (int i = 0; i < items.length; i++) {
            Object element = decodeValue(elementType, off + i * elementSize, elementSize, depth);
            items[i] = element instanceof FileTimeValue ft ? ft.text() : String.valueOf(element);
        }
        return new ArrayValue(items);
    }
}
