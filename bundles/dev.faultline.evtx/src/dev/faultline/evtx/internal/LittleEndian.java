package dev.faultline.evtx.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian reads from byte arrays; callers check bounds before reading. */
final class LittleEndian {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {
    }

    static int u8(byte[] b, int off) {
        return b[off] & 0xff;
    }

    static int u16(byte[] b, int off) {
        return ((short) SHORT.get(b, off)) & 0xffff;
    }

    static short i16(byte[] b, int off) {
        return (short) SHORT.get(b, off);
    }

    static int i32(byte[] b, int off) {
        return (int) INT.get(b, off);
    }

    static long u32(byte[] b, int off) {
        return ((int) INT.get(b, off)) & 0xffffffffL;
    }

    static long i64(byte[] b, int off) {
        return (long) LONG.get(b, off);
    }

    /** Decodes {@code count} UTF-16LE code units starting at {@code off}. */
    static String utf16(byte[] b, int off, int count) {
        char[] chars = new char[count];
        for (int i = 0; i < count; i++) {
            chars[i] = (char) (short) SHORT.get(b, off + 2 * i);
        }
        return new String(chars);
    }
}
