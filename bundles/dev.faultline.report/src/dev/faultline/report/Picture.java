package dev.faultline.report;

/**
 * A picture of the report (the causal-chain diagram, the time axis).
 *
 * @param name file-name stem for formats that write pictures beside the text, e.g. {@code diagram}
 * @param title caption
 * @param svg the picture as SVG markup, already passed through {@link SvgSanitizer} (no script, no event handlers,
 *            no external references), or {@code null} when there is none
 * @param pdf the picture as a one-page PDF (vector graphics, 1 unit = 1 pt) for the PDF report, or {@code null}
 */
public record Picture(String name, String title, String svg, byte[] pdf) {

    /** A picture made from SVG alone (sanitised here). */
    public static Picture ofSvg(String name, String title, String svg) {
        return new Picture(name, title, SvgSanitizer.sanitize(svg), null);
    }

    public boolean hasSvg() {
        return svg != null && !svg.isEmpty();
    }

    /** Whether the picture can be placed in the PDF report ({@code <img src="picture:NAME"/>} in the PDF templates). */
    public boolean hasPdf() {
        return pdf != null && pdf.length > 0;
    }
}
