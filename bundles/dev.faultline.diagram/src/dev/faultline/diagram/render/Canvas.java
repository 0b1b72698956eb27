package dev.faultline.diagram.render;

/**
 * A drawing surface for {@link NodePainter} and {@link EdgePainter}: the exports implement it over
 * {@code java.awt.Graphics2D} ({@link AwtCanvas}: SVG, PNG, PDF) and the editor over draw2d's
 * {@code Graphics}, so the editor and every export draw the same shapes, texts and colours.
 * Coordinates are diagram units (pixels at 100 %); colours are {@code 0xRRGGBB}.
 */
public interface Canvas {

    void fillRoundRect(double x, double y, double width, double height, double arc, int rgb);

    void strokeRoundRect(double x, double y, double width, double height, double arc, int rgb, LineStyle line);

    void fillRect(double x, double y, double width, double height, int rgb);

    /** A polyline through the points {@code xs[i], ys[i]}. */
    void polyline(double[] xs, double[] ys, int rgb, LineStyle line);

    void fillPolygon(double[] xs, double[] ys, int rgb);

    /** Draws {@code text} with its top-left corner at {@code x, top}. */
    void text(String text, double x, double top, TextStyle style, int rgb);

    /** Width of {@code text} in {@code style}. */
    double textWidth(String text, TextStyle style);

    /** Height of one line of {@code style} (ascent + descent + leading). */
    double lineHeight(TextStyle style);
}
