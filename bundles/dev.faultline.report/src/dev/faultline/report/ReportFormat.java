package dev.faultline.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a post-mortem is written in. */
public enum ReportFormat {
    /** One self-contained HTML file: inline CSS and SVG pictures, no script, readable offline and printable. */
    HTML("html"),
    /** Markdown text with the pictures as SVG files beside it. */
    MD("md"),
    /** PDF with the diagram as vector graphics. */
    PDF("pdf");

    private final String id;

    ReportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * @throws IllegalArgumentException for anything but {@code html}, {@code md}, {@code pdf}
     */
    public static ReportFormat parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "' (known: "
                        + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining("|")) + ")"));
    }
}
