package dev.faultline.timeline.axis;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;

/** The time axis as a picture, headless: SVG through JFreeSVG, PNG through an image and ImageIO. */
public final class TimeAxisRenderer {

    private TimeAxisRenderer() {
    }

    /** The axis as an SVG document. */
    public static String renderSvg(TimeAxisModel model, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        TimeAxisPainter.paint(g, model, width, height);
        return g.getSVGDocument();
    }

    public static void writeSvg(TimeAxisModel model, int width, int height, OutputStream out) throws IOException {
        out.write(renderSvg(model, width, height).getBytes(StandardCharsets.UTF_8));
    }

    /** The axis as an image (RGB). */
    public static BufferedImage renderImage(TimeAxisModel model, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            TimeAxisPainter.paint(g, model, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void writePng(TimeAxisModel model, int width, int height, OutputStream out) throws IOException {
        if (!ImageIO.write(renderImage(model, width, height), "png", out)) {
            throw new IOException("this Java runtime has no PNG writer");
        }
    }
}
