package dev.faultline.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The sections of a post-mortem, in the order they are written; {@link #id()} is the name used by {@code --sections}. */
public enum ReportSection {
    SUMMARY("summary", "Summary"),
    TIMELINE("timeline", "Timeline"),
    DIAGRAM("diagram", "Causal chain"),
    CLUSTERS("clusters", "Crash clusters"),
    DRIVERS("drivers", "Kernel-driver audit"),
    REMEDIATIONS("remediations", "Remediations"),
    QUESTIONS("questions", "Open questions"),
    EVIDENCE("evidence", "Evidence appendix"),
    CUSTODY("custody", "Chain of custody");

    private final String id;
    private final String title;

    ReportSection(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name on the command line and in templates, e.g. {@code clusters}. */
    public String id() {
        return id;
    }

    /** The heading in the report, e.g. {@code Crash clusters}. */
    public String title() {
        return title;
    }

    /** Every section id, comma-separated (for messages). */
    public static String ids() {
        return Arrays.stream(values()).map(ReportSection::id).collect(Collectors.joining(","));
    }

    /**
     * Parses a comma-separated list such as {@code summary,timeline,evidence}.
     *
     * @throws IllegalArgumentException naming every unknown section and the known ones
     */
    public static Set<ReportSection> parse(String list) {
        Set<ReportSection> sections = EnumSet.noneOf(ReportSection.class);
        List<String> unknown = new ArrayList<>();
        for (String part : list.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Arrays.stream(values()).filter(s -> s.id.equals(name)).findFirst().ifPresentOrElse(sections::add,
                    () -> unknown.add(part.strip()));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown section" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " (known: " + ids() + ")");
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("no section given (known: " + ids() + ")");
        }
        return sections;
    }
}
