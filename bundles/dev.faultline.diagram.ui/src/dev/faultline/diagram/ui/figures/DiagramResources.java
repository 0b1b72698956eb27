package dev.faultline.diagram.ui.figures;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import dev.faultline.diagram.render.TextStyle;

/**
 * Colours and fonts of one diagram editor, made once and disposed with the editor. Fonts are the
 * exports' family at the same pixel size (SWT sizes fonts in points: size × 72 / screen DPI).
 */
public final class DiagramResources {

    private final Display display;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, Integer> heights = new EnumMap<>(TextStyle.class);

    public DiagramResources(Display display) {
        this.display = display;
        int dpi = display.getDPI().y <= 0 ? 96 : display.getDPI().y;
        for (TextStyle style : TextStyle.values()) {
            int swtStyle = (style.bold() ? SWT.BOLD : SWT.NORMAL) | (style.italic() ? SWT.ITALIC : SWT.NORMAL);
            int points = Math.max(6, Math.round(style.size() * 72f / dpi));
            Font font = new Font(display, new FontData(TextStyle.FAMILY, points, swtStyle));
            fonts.put(style, font);
        }
    }

    public Color color(int rgb) {
        return colors.computeIfAbsent(rgb, value -> new Color(display, new RGB((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)));
    }

    public Font font(TextStyle style) {
        return fonts.get(style);
    }

    public double textWidth(String text, TextStyle style) {
        return FigureUtilities.getTextWidth(text, fonts.get(style));
    }

    public double lineHeight(TextStyle style) {
        return heights.computeIfAbsent(style, s -> FigureUtilities.getFontMetrics(fonts.get(s)).getHeight());
    }

    public void dispose() {
        colors.values().forEach(Color::dispose);
        fonts.values().forEach(Font::dispose);
        colors.clear();
        fonts.clear();
    }
}
