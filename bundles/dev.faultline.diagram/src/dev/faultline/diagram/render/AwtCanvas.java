package dev.faultline.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** A {@link Canvas} over {@code java.awt.Graphics2D}: the SVG, PNG and PDF exports draw through it. */
public final class AwtCanvas implements Canvas {

    private static final String FAMILY = installedFamily();
    private final Graphics2D g;
    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, FontMetrics> metrics = new EnumMap<>(TextStyle.class);

    public AwtCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        for (TextStyle style : TextStyle.values()) {
            int awtStyle = (style.bold() ? Font.BOLD : Font.PLAIN) | (style.italic() ? Font.ITALIC : Font.PLAIN);
            Font font = new Font(FAMILY, awtStyle, style.size());
            fonts.put(style, font);
            metrics.put(style, g.getFontMetrics(font));
        }
    }

    /** A canvas that only measures (over a 1x1 image), for sizes and layouts. */
    public static AwtCanvas measuring() {
        return new AwtCanvas(new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_ARGB).createGraphics());
    }

    /** The font family the exports use: {@link TextStyle#FAMILY} when installed, else the logical sans serif font. */
    public static String family() {
        return FAMILY;
    }

    private static String installedFamily() {
        String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        return Arrays.asList(installed).contains(TextStyle.FAMILY) ? TextStyle.FAMILY : Font.SANS_SERIF;
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, int rgb, LineStyle line) {
        g.setColor(new Color(rgb));
        g.setStroke(stroke(line));
        g.draw(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, LineStyle line) {
        Path2D path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        g.setColor(new Color(rgb));
        g.setStroke(stroke(line));
        g.draw(path);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        Path2D path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(new Color(rgb));
        g.fill(path);
    }

    @Override
    public void text(String text, double x, double top, TextStyle style, int rgb) {
        g.setColor(new Color(rgb));
        g.setFont(fonts.get(style));
        g.drawString(text, (float) x, (float) (top + metrics.get(style).getAscent()));
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return fonts.get(style).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public double lineHeight(TextStyle style) {
        return metrics.get(style).getHeight();
    }

    private static BasicStroke stroke(LineStyle line) {
        return line.solid() ? new BasicStroke(line.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(line.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, line.dash(), 0f);
    }
}
