package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes crash signatures from stacks by {@link SignatureRules} (Socorro's method, for Windows kernel stacks). */
public final class StackSignature {

    /** Separator of frames in a signature, as Socorro writes it. */
    public static final String SEPARATOR = " | ";

    private final SignatureRules rules;
    private final List<Pattern> skip;
    private final List<Pattern> prefix;

    public StackSignature(SignatureRules rules) {
        this.rules = rules;
        this.skip = compile(rules.skip());
        this.prefix = compile(rules.prefix());
    }

    public SignatureRules rules() {
        return rules;
    }

    private static List<Pattern> compile(List<String> patterns) {
        List<Pattern> compiled = new ArrayList<>(patterns.size());
        for (String pattern : patterns) {
            StringBuilder regex = new StringBuilder();
            for (String part : pattern.split("\\*", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(part));
            }
            compiled.add(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE));
        }
        return compiled;
    }

    /**
     * The signature of a stack given as Faultline indexes it: call sites innermost first, joined
     * with {@code " < "} ({@code nt!KeBugCheckEx < nt!KiPageFault+0x2e1 < csagent+0xe14ed}).
     * An empty or {@code null} stack gives {@code ""}.
     */
    public String ofStackText(String stack) {
        if (stack == null || stack.isBlank()) {
            return "";
        }
        return of(List.of(stack.split(" < ")));
    }

    /** The signature of call sites, innermost first. */
    public String of(List<String> callSites) {
        List<String> kept = new ArrayList<>();
        for (String site : callSites) {
            String frame = normalize(site);
            if (frame.isEmpty() || matches(skip, frame)) {
                continue;
            }
            kept.add(frame);
            if (kept.size() >= rules.maxFrames() || !matches(prefix, frame)) {
                break;
            }
        }
        return String.join(SEPARATOR, kept);
    }

    /**
     * A frame as it goes into a signature: {@code module!function} without the offset (offsets
     * move between builds); a frame without a function keeps its offset ({@code csagent+0xe14ed}),
     * which is then all that tells frames apart. Hexadecimal digits are lower-cased.
     */
    static String normalize(String site) {
        String s = site.strip();
        if (s.isEmpty()) {
            return s;
        }
        int bang = s.indexOf('!');
        int plus = s.lastIndexOf('+');
        if (bang > 0 && plus > bang) {
            return s.substring(0, plus);
        }
        if (bang < 0 && plus > 0) {
            return s.substring(0, plus) + "+" + s.substring(plus + 1).toLowerCase(Locale.ROOT);
        }
        return s;
    }

    private static boolean matches(List<Pattern> patterns, String frame) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(frame).matches()) {
                return true;
            }
        }
        return false;
    }
}
