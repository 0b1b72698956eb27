package dev.faultline.evtx.internal;

import java.time.Instant;

/** Text forms of EVTX value types, written like libevtx's evtxexport prints them. */
public final class ValueFormats {

    /** Seconds between 1601-01-01 and 1970-01-01. */
    private static final long FILETIME_EPOCH_OFFSET = 11_644_473_600L;
    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();
    private static final char[] HEX_LOWER = "0123456789abcdef".toCharArray();

    private ValueFormats() {
    }

    /** @return the instant of an (unsigned) FILETIME value */
    public static Instant fileTimeToInstant(long fileTime) {
        long seconds = Long.divideUnsigned(fileTime, 10_000_000L);
        long hundredNanos = Long.remainderUnsigned(fileTime, 10_000_000L);
        return Instant.ofEpochSecond(seconds - FILETIME_EPOCH_OFFSET, hundredNanos * 100);
    }

    /** @return {@code YYYY-MM-DDThh:mm:ss.nnnnnnnnnZ} of a FILETIME */
    static String fileTime(long fileTime) {
        long seconds = Long.divideUnsigned(fileTime, 10_000_000L) - FILETIME_EPOCH_OFFSET;
        long nanos = Long.remainderUnsigned(fileTime, 10_000_000L) * 100;
        long days = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        StringBuilder sb = new StringBuilder(30);
        appendCivilDate(sb, days);
        sb.append('T');
        appendTime(sb, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
        sb.append('.');
        pad(sb, nanos, 9);
        return sb.append('Z').toString();
    }

    /** @return {@code YYYY-MM-DDThh:mm:ss.nnnnnnnnnZ} of a SYSTEMTIME's fields */
    static String systemTime(int year, int month, int day, int hour, int minute, int second, int millis) {
        StringBuilder sb = new StringBuilder(30);
        pad(sb, year, 4);
        sb.append('-');
        pad(sb, month, 2);
        sb.append('-');
        pad(sb, day, 2);
        sb.append('T');
        appendTime(sb, hour, minute, second);
        sb.append('.');
        pad(sb, millis * 1_000_000L, 9);
        return sb.append('Z').toString();
    }

    /** Appends a proleptic Gregorian date from days since 1970-01-01 (Howard Hinnant's algorithm). */
    private static void appendCivilDate(StringBuilder sb, long days) {
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long year = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        if (month <= 2) {
            year++;
        }
        pad(sb, year, 4);
        sb.append('-');
        pad(sb, month, 2);
        sb.append('-');
        pad(sb, day, 2);
    }

    private static void appendTime(StringBuilder sb, int hour, int minute, int second) {
        pad(sb, hour, 2);
        sb.append(':');
        pad(sb, minute, 2);
        sb.append(':');
        pad(sb, second, 2);
    }

    private static void pad(StringBuilder sb, long value, int width) {
        if (value < 0) {
            sb.append(value);
            return;
        }
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    /** @return {@code 0x} and {@code digits} lower-case hex digits of {@code value} */
    static String hex(long value, int digits) {
        char[] out = new char[digits + 2];
        out[0] = '0';
        out[1] = 'x';
        for (int i = digits + 1; i >= 2; i--) {
            out[i] = HEX_LOWER[(int) (value & 0xf)];
            value >>>= 4;
        }
        return new String(out);
    }

    /** @return upper-case hex of {@code length} bytes */
    static String binary(byte[] b, int off, int length) {
        char[] out = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int v = b[off + i] & 0xff;
            out[2 * i] = HEX_UPPER[v >>> 4];
            out[2 * i + 1] = HEX_UPPER[v & 0xf];
        }
        return new String(out);
    }

    /** @return {@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}} of a 16-byte little-endian GUID */
    static String guid(byte[] b, int off) {
        StringBuilder sb = new StringBuilder(38).append('{');
        appendHexUpper(sb, LittleEndian.u32(b, off), 8);
        sb.append('-');
        appendHexUpper(sb, LittleEndian.u16(b, off + 4), 4);
        sb.append('-');
        appendHexUpper(sb, LittleEndian.u16(b, off + 6), 4);
        sb.append('-');
        sb.append(binary(b, off + 8, 2)).append('-').append(binary(b, off + 10, 6));
        return sb.append('}').toString();
    }

    private static void appendHexUpper(StringBuilder sb, long value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX_UPPER[(int) ((value >>> shift) & 0xf)]);
        }
    }

    /**
     * @return the {@code S-R-A-S1-S2...} form of a SID, or {@code null} if {@code length} bytes do
     *         not hold a complete SID
     */
    static String sid(byte[] b, int off, int length) {
        if (length < 8) {
            return null;
        }
        int revision = b[off] & 0xff;
        int subCount = b[off + 1] & 0xff;
        if (8 + 4 * subCount > length) {
            return null;
        }
        long authority = 0;
        for (int i = 2; i < 8; i++) {
            authority = (authority << 8) | (b[off + i] & 0xff);
        }
        StringBuilder sb = new StringBuilder(16 + 11 * subCount).append("S-").append(revision).append('-');
        if (authority >= (1L << 32)) {
            sb.append("0x").append(binary(b, off + 2, 6));
        } else {
            sb.append(authority);
        }
        for (int i = 0; i < subCount; i++) {
            sb.append('-').append(LittleEndian.u32(b, off + 8 + 4 * i));
        }
        return sb.toString();
    }
}
