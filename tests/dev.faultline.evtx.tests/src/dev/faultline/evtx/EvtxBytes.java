package dev.faultline.evtx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.CRC32;

/**
 * Builds small, valid EVTX files for tests: one file header and one chunk with correct
 * checksums, holding records whose binary XML is produced by the caller (given the chunk
 * offset where the body will start, since names and templates are addressed by chunk offset).
 */
final class EvtxBytes {

    static final long FILETIME_2024_07_19_0409 = 133_658_357_400_000_000L;

    private EvtxBytes() {
    }

    /** A growable little-endian buffer that knows the chunk offset of its first byte. */
    static final class Bin {
        private final int base;
        private ByteBuffer buf = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);

        Bin(int base) {
            this.base = base;
        }

        int pos() {
            return base + buf.position();
        }

        private void ensure(int n) {
            if (buf.remaining() < n) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + n))
                        .order(ByteOrder.LITTLE_ENDIAN);
                buf.flip();
                bigger.put(buf);
                buf = bigger;
            }
        }

        Bin u8(int v) {
            ensure(1);
            buf.put((byte) v);
            return this;
        }

        Bin u16(int v) {
            ensure(2);
            buf.putShort((short) v);
            return this;
        }

        Bin u32(long v) {
            ensure(4);
            buf.putInt((int) v);
            return this;
        }

        Bin u64(long v) {
            ensure(8);
            buf.putLong(v);
            return this;
        }

        Bin utf16(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_16LE);
            ensure(bytes.length);
            buf.put(bytes);
            return this;
        }

        /** An inline name structure at the current position. */
        Bin inlineName(String name) {
            return u32(0).u16(0).u16(name.length()).utf16(name).u16(0);
        }

        /** Open-start-element token with an inline name, returns the name's offset for reuse. */
        int openElementInline(String name) {
            u8(0x01).u16(0xffff).u32(0);
            int nameOffset = pos() + 4;
            u32(nameOffset).inlineName(name);
            return nameOffset;
        }

        Bin openElementAt(int nameOffset) {
            return u8(0x01).u16(0xffff).u32(0).u32(nameOffset);
        }

        byte[] bytes() {
            byte[] out = new byte[buf.position()];
            buf.duplicate().flip().get(out);
            return out;
        }
    }

    /**
     * A record body: {@code <Event><Data>value</Data></Event>} as a template with an inline
     * definition and one WString substitution.
     */
    static IntFunction<byte[]> simpleEvent(String value) {
        return base -> {
            Bin b = new Bin(base);
            b.u8(0x0f).u8(1).u8(1).u8(0);
            b.u8(0x0c).u8(1).u32(7);
            int definition = b.pos() + 4;
            b.u32(definition);
            Bin template = new Bin(definition + 24);
            template.u8(0x0f).u8(1).u8(1).u8(0);
            template.openElementInline("Event");
            template.u8(0x02);
            template.openElementInline("Data");
            template.u8(0x02);
            template.u8(0x0d).u16(0).u8(0x01);
            template.u8(0x04);
            template.u8(0x04);
            template.u8(0x00);
            byte[] templateBytes = template.bytes();
            b.u32(0).u64(0).u64(0).u32(templateBytes.length);
            for (byte x : templateBytes) {
                b.u8(x);
            }
            byte[] valueBytes = value.getBytes(StandardCharsets.UTF_16LE);
            b.u32(1).u16(valueBytes.length).u8(0x01).u8(0);
            for (byte x : valueBytes) {
                b.u8(x);
            }
            b.u8(0x00);
            return b.bytes();
        };
    }

    /** A record body of {@code depth} nested elements, all named by one inline name. */
    static IntFunction<byte[]> nestedElements(int depth) {
        return base -> {
            Bin b = new Bin(base);
            b.u8(0x0f).u8(1).u8(1).u8(0);
            int name = b.openElementInline("E");
            b.u8(0x02);
            for (int i = 1; i < depth; i++) {
                b.openElementAt(name).u8(0x02);
            }
            for (int i = 0; i < depth; i++) {
                b.u8(0x04);
            }
            b.u8(0x00);
            return b.bytes();
        };
    }

    /**
     * A record body whose template refers {@code references} times to substitution 0, a binary
     * XML value of one element with {@code children} empty child elements: rendering it would
     * visit references × children nodes.
     */
    static IntFunction<byte[]> repeatedFragment(int references, int children) {
        return base -> {
            Bin b = new Bin(base);
            b.u8(0x0f).u8(1).u8(1).u8(0);
            b.u8(0x0c).u8(1).u32(9);
            int definition = b.pos() + 4;
            b.u32(definition);
            Bin template = new Bin(definition + 24);
            template.u8(0x0f).u8(1).u8(1).u8(0);
            template.openElementInline("Event");
            template.u8(0x02);
            for (int i = 0; i < references; i++) {
                template.u8(0x0d).u16(0).u8(0x21);
            }
            template.u8(0x04);
            template.u8(0x00);
            byte[] templateBytes = template.bytes();
            b.u32(0).u64(0).u64(0).u32(templateBytes.length);
            for (byte x : templateBytes) {
                b.u8(x);
            }
            // one substitution descriptor, then the binary XML value itself
            int valueStart = b.pos() + 8;
            Bin value = new Bin(valueStart);
            value.u8(0x0f).u8(1).u8(1).u8(0);
            int name = value.openElementInline("F");
            value.u8(0x02);
            for (int i = 0; i < children; i++) {
                value.openElementAt(name).u8(0x03);
            }
            value.u8(0x04).u8(0x00);
            byte[] valueBytes = value.bytes();
            b.u32(1).u16(valueBytes.length).u8(0x21).u8(0);
            for (byte x : valueBytes) {
                b.u8(x);
            }
            b.u8(0x00);
            return b.bytes();
        };
    }

    /** A record body whose inline template definition contains an instance of itself. */
    static IntFunction<byte[]> selfReferencingTemplate() {
        return base -> {
            Bin b = new Bin(base);
            b.u8(0x0f).u8(1).u8(1).u8(0);
            b.u8(0x0c).u8(1).u32(5);
            int definition = b.pos() + 4;
            b.u32(definition);
            Bin template = new Bin(definition + 24);
            template.u8(0x0f).u8(1).u8(1).u8(0);
            template.u8(0x0c).u8(1).u32(5).u32(definition).u32(0);
            template.u8(0x00);
            byte[] templateBytes = template.bytes();
            b.u32(0).u64(0).u64(0).u32(templateBytes.length);
            for (byte x : templateBytes) {
                b.u8(x);
            }
            b.u32(0).u8(0x00);
            return b.bytes();
        };
    }

    /** A file of one chunk holding one record per body, ids 1..n, checksums correct. */
    static byte[] file(List<IntFunction<byte[]>> bodies) {
        byte[] file = new byte[4096 + 65536];
        ByteBuffer f = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        f.put("ElfFile\0".getBytes(StandardCharsets.US_ASCII));
        f.putLong(8, 0).putLong(16, 0).putLong(24, bodies.size() + 1L).putInt(32, 128).putShort(36, (short) 1)
                .putShort(38, (short) 3).putShort(40, (short) 4096).putShort(42, (short) 1).putInt(120, 0);
        f.putInt(124, (int) crc(file, 0, 120));

        int chunk = 4096;
        f.put(chunk, "ElfChnk\0".getBytes(StandardCharsets.US_ASCII));
        int pos = 512;
        int lastRecord = pos;
        long id = 1;
        for (IntFunction<byte[]> body : bodies) {
            byte[] xml = body.apply(pos + 24);
            int size = 24 + xml.length + 4;
            f.putInt(chunk + pos, 0x00002a2a).putInt(chunk + pos + 4, size).putLong(chunk + pos + 8, id++)
                    .putLong(chunk + pos + 16, FILETIME_2024_07_19_0409);
            f.put(chunk + pos + 24, xml);
            f.putInt(chunk + pos + size - 4, size);
            lastRecord = pos;
            pos += size;
        }
        f.putLong(chunk + 8, 1).putLong(chunk + 16, bodies.size()).putLong(chunk + 24, 1)
                .putLong(chunk + 32, bodies.size()).putInt(chunk + 40, 128).putInt(chunk + 44, lastRecord)
                .putInt(chunk + 48, pos);
        f.putInt(chunk + 52, (int) crc(file, chunk + 512, pos - 512));
        CRC32 header = new CRC32();
        header.update(file, chunk, 120);
        header.update(file, chunk + 128, 384);
        f.putInt(chunk + 124, (int) header.getValue());
        return file;
    }

    private static long crc(byte[] b, int off, int len) {
        CRC32 crc = new CRC32();
        crc.update(b, off, len);
        return crc.getValue();
    }
}
