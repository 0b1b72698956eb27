package dev.faultline.diagram.ui.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.swt.SWT;

import dev.faultline.diagram.render.Canvas;
import dev.faultline.diagram.render.LineStyle;
import dev.faultline.diagram.render.TextStyle;

/**
 * A {@link Canvas} over draw2d's {@link Graphics}: the editor's figures draw through the same box and
 * arrow painters as the exports, so the editor looks like the exported picture.
 */
public final class Draw2dCanvas implements Canvas {

    private final Graphics g;
    private final DiagramResources resources;

    public Draw2dCanvas(Graphics g, DiagramResources resources) {
        this.g = g;
        this.resources = resources;
        g.setAntialias(SWT.ON);
        g.setTextAntialias(SWT.ON);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, int rgb) {
        g.setBackgroundColor(resources.color(rgb));
        g.fillRoundRectangle(new org.eclipse.draw2d.geometry.Rectangle(round(x), round(y), round(width), round(height)), round(arc),
                round(arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, int rgb, LineStyle line) {
        g.setForegroundColor(resources.color(rgb));
        apply(line);
        g.drawRoundRectangle(new org.eclipse.draw2d.geometry.Rectangle(round(x), round(y), round(width) - 1, round(height) - 1),
                round(arc), round(arc));
        g.setLineStyle(SWT.LINE_SOLID);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        g.setBackgroundColor(resources.color(rgb));
        g.fillRectangle(round(x), round(y), round(width), round(height));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, LineStyle line) {
        g.setForegroundColor(resources.color(rgb));
        apply(line);
        g.drawPolyline(points(xs, ys));
        g.setLineStyle(SWT.LINE_SOLID);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        g.setBackgroundColor(resources.color(rgb));
        g.fillPolygon(points(xs, ys));
    }

    @Override
    public void text(String text, double x, double top, TextStyle style, int rgb) {
        g.setForegroundColor(resources.color(rgb));
        g.setFont(resources.font(style));
        g.drawText(text, round(x), round(top));
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return resources.textWidth(text, style);
    }

    @Override
    public double lineHeight(TextStyle style) {
        return resources.lineHeight(style);
    }

    private void apply(LineStyle line) {
        g.setLineWidth(Math.max(1, Math.round(line.width())));
        if (line.solid()) {
            g.setLineStyle(SWT.LINE_SOLID);
        } else {
            int[] dash = new int[line.dash().length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = Math.max(1, Math.round(line.dash()[i]));
            }
            g.setLineStyle(SWT.LINE_CUSTOM);
            g.setLineDash(dash);
        }
    }

    private static int[] points(double[] xs, double[] ys) {
        int[] points = new int[xs.length * 2];
        for (int i = 0; i < xs.length; i++) {
            points[2 * i] = round(xs[i]);
            points[2 * i + 1] = round(ys[i]);
        }
        return points;
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }
}
