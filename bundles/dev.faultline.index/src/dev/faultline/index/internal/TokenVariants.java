package dev.faultline.index.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The other forms under which a token is findable, and the one form a query token is looked up
 * by. Index side and query side must agree: every {@link #canonicalQueryForm query form} of a
 * token is among the {@link #indexVariants index variants} of that same token.
 * <ul>
 * <li>Hex: {@code 0xfffff803...} is also indexed as {@code fffff803...}; zero-padded values
 * ({@code 0x00000050}, {@code 00000050}, {@code 0000000000000050}) also as {@code 0x50} and
 * {@code 50}; bare hex that is clearly hex (8+ digits, or digits and letters a-f) also with a
 * {@code 0x} prefix.</li>
 * <li>Symbols: {@code csagent!foo+0x1e4} also as {@code csagent}, {@code csagent!foo},
 * {@code foo}, {@code 0x1e4}; {@code csagent+0xe14ed} as {@code csagent}, {@code 0xe14ed}.</li>
 * <li>Compound names: the parts between {@code . - _} ({@code csagent.sys}: {@code csagent},
 * {@code sys}) and the name without a short extension
 * ({@code c-00000291-00000000-00000032}).</li>
 * </ul>
 */
public final class TokenVariants {

    /** Upper bound of extra forms per token, against pathological tokens. */
    static final int MAX_VARIANTS = 24;

    private TokenVariants() {
    }

    /** Extra forms of {@code token} (lower-case) to index at the same position; never contains the token itself. */
    public static Set<String> indexVariants(String token) {
        Set<String> out = new LinkedHashSet<>();
        addHexVariants(token, out);
        int bang = token.indexOf('!');
        if (bang > 0 && bang < token.length() - 1) {
            String module = token.substring(0, bang);
            String rest = token.substring(bang + 1);
            int plus = rest.indexOf('+');
            String function = plus >= 0 ? rest.substring(0, plus) : rest;
            add(out, module);
            addNameParts(module, out);
            if (!function.isEmpty()) {
                add(out, module + '!' + function);
                add(out, function);
            }
            if (plus >= 0 && plus < rest.length() - 1) {
                String offset = rest.substring(plus + 1);
                add(out, offset);
                addHexVariants(offset, out);
            }
        } else {
            int plus = token.indexOf('+');
            if (plus > 0 && plus < token.length() - 1) {
                String base = token.substring(0, plus);
                String offset = token.substring(plus + 1);
                add(out, base);
                addNameParts(base, out);
                add(out, offset);
                addHexVariants(offset, out);
            } else if (!isHexToken(token)) {
                addNameParts(token, out);
            }
        }
        out.remove(token);
        if (out.size() > MAX_VARIANTS) {
            Set<String> capped = new LinkedHashSet<>();
            for (String v : out) {
                if (capped.size() == MAX_VARIANTS) {
                    break;
                }
                capped.add(v);
            }
            return capped;
        }
        return out;
    }

    /** The form a query token is looked up by: zero-padded hex becomes {@code 0x} plus the trimmed digits. */
    public static String canonicalQueryForm(String token) {
        if (token.length() > 2 && token.startsWith("0x") && isHex(token, 2)) {
            return "0x" + trimZeros(token.substring(2));
        }
        if (token.length() >= 8 && token.charAt(0) == '0' && isHex(token, 0)) {
            return "0x" + trimZeros(token);
        }
        return token;
    }

    private static void addHexVariants(String token, Set<String> out) {
        if (token.length() > 2 && token.startsWith("0x") && isHex(token, 2)) {
            String digits = token.substring(2);
            String trimmed = trimZeros(digits);
            add(out, digits);
            add(out, "0x" + trimmed);
            add(out, trimmed);
        } else if (isHex(token, 0) && (token.length() >= 8 || (hasDigit(token) && hasHexLetter(token)))) {
            String trimmed = trimZeros(token);
            add(out, "0x" + trimmed);
            add(out, trimmed);
        }
    }

    private static void addNameParts(String token, Set<String> out) {
        int dot = token.lastIndexOf('.');
        int extension = token.length() - dot - 1;
        if (dot > 0 && extension >= 1 && extension <= 4 && isLetters(token, dot + 1)) {
            add(out, token.substring(0, dot));
        }
        int start = 0;
        for (int i = 0; i < token.length(); i++) {
            if (isPartSeparator(token.charAt(i))) {
                if (i > start) {
                    addPart(token.substring(start, i), out);
                }
                start = i + 1;
            }
        }
        if (start > 0 && start < token.length()) {
            addPart(token.substring(start), out);
        }
    }

    /** A part of a compound name; zero-padded hex parts ({@code 00000291}) also under their canonical form. */
    private static void addPart(String part, Set<String> out) {
        add(out, part);
        if (part.length() >= 8 && part.charAt(0) == '0' && isHex(part, 0)) {
            addHexVariants(part, out);
        }
    }

    private static boolean isPartSeparator(char c) {
        return c == '.' || c == '-' || c == '_';
    }

    private static void add(Set<String> out, String value) {
        if (!value.isEmpty()) {
            out.add(value);
        }
    }

    static boolean isHexToken(String token) {
        return (token.length() > 2 && token.startsWith("0x") && isHex(token, 2)) || isHex(token, 0);
    }

    static String trimZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isHex(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetters(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHexLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 'a' && s.charAt(i) <= 'f') {
                return true;
            }
        }
        return false;
    }
}
