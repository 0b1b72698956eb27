package dev.faultline.analysis.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small text helpers for rationales and name matching. */
public final class Words {

    private static final Set<String> STOP = Set.of("and", "the", "for", "with", "from", "services", "service", "systems", "system",
            "server", "servers", "hosts", "host", "windows", "workstation", "workstations", "illustrative");

    private Words() {
    }

    /** Significant words (4 letters or more, no stop words), lower-case. */
    public static Set<String> significant(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** A word both texts share (one the prefix of the other counts: bank / banking), or {@code null}. */
    public static String shared(String a, String b) {
        Set<String> right = significant(b);
        for (String left : significant(a)) {
            for (String r : right) {
                if (left.startsWith(r) || r.startsWith(left)) {
                    return left.length() <= r.length() ? left : r;
                }
            }
        }
        return null;
    }

    /** "11 minutes", "3 h 5 min", "142 days". */
    public static String duration(long minutes) {
        if (minutes < 120) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + " h " + minutes % 60 + " min";
        }
        return Duration.ofMinutes(minutes).toDays() + " days";
    }

    /** {@code a, b and c}; at most {@code max} items then "and N more". */
    public static String list(List<String> items, int max) {
        if (items.isEmpty()) {
            return "";
        }
        List<String> shown = items.size() > max ? items.subList(0, max) : items;
        String text = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
        return items.size() > max ? String.join(", ", shown) + " and " + (items.size() - max) + " more" : text;
    }

    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
