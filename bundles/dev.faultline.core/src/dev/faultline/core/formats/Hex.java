package dev.faultline.core.formats;

import java.util.Locale;

/**
 * The one spelling of bugcheck codes and hex values Faultline prints: a bugcheck code is
 * {@code 0x} plus upper-case hex digits without leading zeros ({@code 0x50}, {@code 0x7E},
 * {@code 0x139}); an argument or address is {@code 0x} plus lower-case hex digits without
 * leading zeros ({@code 0xffffe5068d8a4000}, {@code 0x2}, {@code 0x0}).
 */
public final class Hex {

    private Hex() {
    }

    /**
     * A bugcheck code from hex text as WinDbg and events write it ({@code 50}, {@code 0x0000003b},
     * {@code 0x7E}), or {@code null} if it is not hex.
     */
    public static String bugcheckFromHex(String text) {
        String digits = digits(text);
        return digits == null ? null : "0x" + digits.toUpperCase(Locale.ROOT);
    }

    /** A bugcheck code from decimal text (Kernel-Power 41 writes {@code 26} for 0x1A), or {@code null}. */
    public static String bugcheckFromDecimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value < 0 ? null : "0x" + Long.toHexString(value).toUpperCase(Locale.ROOT);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An argument or address from hex text ({@code ffffe506`8d8a4000}, {@code 0x6001}), or {@code null}. */
    public static String value(String text) {
        String digits = digits(text);
        return digits == null ? null : "0x" + digits.toLowerCase(Locale.ROOT);
    }

    /** The hex digits without prefix, backtick separators and leading zeros, or {@code null}. */
    private static String digits(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            t = t.substring(2);
        }
        StringBuilder digits = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '`') {
                continue;
            }
            if (Character.digit(c, 16) < 0) {
                return null;
            }
            if (digits.isEmpty() && c == '0') {
                continue;
            }
            digits.append(c);
        }
        if (t.isEmpty() || t.equals("`")) {
            return null;
        }
        return digits.isEmpty() ? "0" : digits.toString();
    }
}
