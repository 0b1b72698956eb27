package dev.faultline.diagram;

import java.util.Locale;

/** The formats a diagram is exported to. */
public enum ExportFormat {
    /** SVG 1.1, every label a {@code <text>} element. */
    SVG,
    /** PNG at a chosen scale. */
    PNG,
    /** PDF, vector, one page the size of the drawing, labels as text. */
    PDF;

    /** {@code svg}, {@code png} or {@code pdf} (any case), else {@code null}. */
    public static ExportFormat parse(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return format;
            }
        }
        return null;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
