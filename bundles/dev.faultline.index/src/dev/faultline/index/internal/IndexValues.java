package dev.faultline.index.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How values of the keyword fields are normalised, the same way on the index and the query side. */
public final class IndexValues {

    private IndexValues() {
    }

    /** Trimmed and lower-case. */
    public static String keyword(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A bugcheck code as {@code 0x} + lower-case hex without leading zeros: {@code 0x50},
     * {@code 50}, {@code 0x00000050} and {@code 0x50 (PAGE_FAULT_IN_NONPAGED_AREA)} all give
     * {@code 0x50}. Codes are hex as WinDbg and WER write them. A value that is not hex is only
     * lower-cased (e.g. a symbolic name).
     */
    public static String bugcheck(String value) {
        String v = keyword(value);
        int end = 0;
        while (end < v.length() && !Character.isWhitespace(v.charAt(end)) && v.charAt(end) != '(' && v.charAt(end) != ',') {
            end++;
        }
        String code = v.substring(0, end);
        String digits = code.startsWith("0x") ? code.substring(2) : code;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return v;
        }
        return "0x" + TokenVariants.trimZeros(digits);
    }

    /** A module's indexed names: the name as given (lower-case) and, for {@code .sys .dll .exe .drv .ocx .efi}, the name without it. */
    public static List<String> moduleNames(String value) {
        String full = keyword(value);
        List<String> names = new ArrayList<>(2);
        if (full.isEmpty()) {
            return names;
        }
        names.add(full);
        String base = moduleBase(full);
        if (!base.equals(full)) {
            names.add(base);
        }
        return names;
    }

    /** The module name without a binary extension, lower-case: the facet value. */
    public static String moduleBase(String value) {
        String full = keyword(value);
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

    /** Tags split at commas, semicolons and white space, lower-case. */
    public static List<String> tags(String value) {
        List<String> tags = new ArrayList<>();
        for (String tag : value.split("[,;\\s]+")) {
            String t = keyword(tag);
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        return tags;
    }

    /** The file name part of an evidence path ({@code /} or {@code \} separated). */
    public static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
