package dev.faultline.diagram.ui.figures;

import dev.faultline.diagram.render.Canvas;
import dev.faultline.diagram.render.LineStyle;
import dev.faultline.diagram.render.TextStyle;

/** A canvas that only measures text with the editor's fonts (for preferred sizes). */
final class MeasuringCanvas implements Canvas {

    private final DiagramResources resources;

    MeasuringCanvas(DiagramResources resources) {
        this.resources = resources;
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, int rgb) {
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, int rgb, LineStyle line) {
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, LineStyle line) {
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
    }

    @Override
    public void text(String text, double x, double top, TextStyle style, int rgb) {
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return resources.textWidth(text, style);
    }

    @Override
    public double lineHeight(TextStyle style) {
        return resources.lineHeight(style);
    }
}
