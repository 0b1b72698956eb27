package dev.faultline.analysis.internal;

import java.util.Locale;

/** Module names and bugcheck codes in the form the evidence index keeps them, for model values. */
public final class CrashKeys {

    private CrashKeys() {
    }

    public static String keyword(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code 0x} + lower-case hex without leading zeros ({@code 0x00000050} gives {@code 0x50}); other text lower-cased. */
    public static String bugcheck(String value) {
        String v = keyword(value);
        if (v == null) {
            return null;
        }
        int end = 0;
        while (end < v.length() && !Character.isWhitespace(v.charAt(end)) && v.charAt(end) != '(' && v.charAt(end) != ',') {
            end++;
        }
        String code = v.substring(0, end);
        String digits = code.startsWith("0x") ? code.substring(2) : code;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return v;
        }
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return "0x" + digits.substring(first);
    }

    /** A module name without {@code .sys .dll .exe .drv .ocx .efi}, lower-case. */
    public static String moduleBase(String value) {
        String full = keyword(value);
        if (full == null) {
            return null;
        }
        int slash = Math.max(full.lastIndexOf('\\'), full.lastIndexOf('/'));
        if (slash >= 0) {
            full = full.substring(slash + 1);
        }
        int dot = full.lastIndexOf('.');
        if (dot > 0) {
            String extension = full.substring(dot + 1);
            if (extension.equals("sys") || extension.equals("dll") || extension.equals("exe") || extension.equals("drv")
                    || extension.equals("ocx") || extension.equals("efi")) {
                return full.substring(0, dot);
            }
        }
        return full;
    }

    /**
     * What the crashes of a cluster share: the failure bucket when there is one, else blamed module,
     * bugcheck and stack signature.
     */
    public static String clusterKey(String bucket, String module, String bugcheck, String signature) {
        if (bucket != null && !bucket.isBlank()) {
            return "bucket:" + bucket.strip().toLowerCase(Locale.ROOT);
        }
        return (module == null ? "?" : module) + "|" + (bugcheck == null ? "?" : bugcheck) + "|" + (signature == null ? "" : signature);
    }

    /** A short stable hexadecimal hash of a text, for ids. */
    public static String shortHash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 29;
        return String.format(Locale.ROOT, "%08x", (int) (h ^ (h >>> 32)));
    }
}
