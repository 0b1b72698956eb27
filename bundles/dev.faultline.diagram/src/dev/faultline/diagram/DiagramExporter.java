package dev.faultline.diagram;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGraphics2D;
import org.openpdf.text.pdf.PdfWriter;

import dev.faultline.diagram.internal.PdfFonts;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.diagram.render.AwtCanvas;
import dev.faultline.diagram.render.TextStyle;
import dev.faultline.model.persistence.AtomicFileWriter;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Exports a diagram as SVG (JFreeSVG; every label a {@code <text>}), PNG (java.awt, at a scale) or
 * PDF (OpenPDF; vector, labels as text with DejaVu Sans embedded). One painter
 * ({@link DiagramPainter} over {@link AwtCanvas}) draws all three, and the editor's figures use the
 * same box and arrow painters, so they look alike. Headless: needs no display.
 */
public final class DiagramExporter {

    /** Largest PNG side in pixels (a larger scale is refused rather than exhausting the heap). */
    public static final int MAX_PNG_SIDE = 20_000;

    private DiagramExporter() {
    }

    /** The diagram as an SVG document. */
    public static String toSvg(Diagram diagram, InvestigationFolder folder) {
        DiagramScene scene = DiagramScene.of(diagram, folder);
        double[] area = area(scene);
        SVGGraphics2D svg = new SVGGraphics2D(area[2], area[3]);
        svg.setFontFunction(family -> TextStyle.CSS_FAMILY);
        draw(svg, scene, area, 1);
        return svg.getSVGDocument();
    }

    /** The diagram as an image, {@code scale} pixels per diagram unit, on white. */
    public static BufferedImage toImage(Diagram diagram, InvestigationFolder folder, double scale) {
        if (!(scale > 0) || scale > 16) {
            throw new IllegalArgumentException("scale must be above 0 and at most 16, not " + scale);
        }
        DiagramScene scene = DiagramScene.of(diagram, folder);
        double[] area = area(scene);
        int width = (int) Math.ceil(area[2] * scale);
        int height = (int) Math.ceil(area[3] * scale);
        if (width > MAX_PNG_SIDE || height > MAX_PNG_SIDE) {
            throw new IllegalArgumentException("a PNG at scale " + scale + " would be " + width + " x " + height
                    + " pixels (at most " + MAX_PNG_SIDE + " per side): choose a smaller scale");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, scene, area, scale);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The diagram as PNG bytes. */
    public static byte[] toPng(Diagram diagram, InvestigationFolder folder, double scale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(toImage(diagram, folder, scale), "png", bytes);
        return bytes.toByteArray();
    }

    /** The diagram as a one-page vector PDF, 1 diagram unit = 1 pt. */
    public static byte[] toPdf(Diagram diagram, InvestigationFolder folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writePdf(DiagramScene.of(diagram, folder), bytes);
        return bytes.toByteArray();
    }

    /**
     * Writes the diagram to {@code out} in {@code format}, atomically: a failure leaves no file (and an
     * earlier file of that name untouched).
     *
     * @param scale pixels per diagram unit (PNG only)
     */
    public static void export(Diagram diagram, InvestigationFolder folder, ExportFormat format, double scale, Path out)
            throws IOException {
        byte[] content = switch (format) {
            case SVG -> toSvg(diagram, folder).getBytes(StandardCharsets.UTF_8);
            case PNG -> toPng(diagram, folder, scale);
            case PDF -> toPdf(diagram, folder);
        };
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new DiagramException(target + ": is a folder");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new DiagramException(target + ": folder " + parent + " does not exist");
        }
        new AtomicFileWriter().write(target, stream -> stream.write(content));
    }

    private static void writePdf(DiagramScene scene, OutputStream out) throws IOException {
        double[] area = area(scene);
        Document document = new Document(new Rectangle((float) area[2], (float) area[3]), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(scene.diagram().getName());
            document.addCreator("Faultline");
            document.open();
            PdfContentByte content = writer.getDirectContent();
            Graphics2D g = new PdfGraphics2D(content, (float) area[2], (float) area[3], new PdfFonts(), false, false, 0);
            try {
                draw(g, scene, area, 1);
            } finally {
                g.dispose();
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write PDF: " + e.getMessage(), e);
        }
    }

    /** {@code {minX, minY, width, height}} of the drawing with its margin. */
    private static double[] area(DiagramScene scene) {
        double[] extent = DiagramPainter.extent(scene, AwtCanvas.measuring());
        double width = Math.max(1, extent[2] - extent[0]) + 2 * DiagramPainter.MARGIN;
        double height = Math.max(1, extent[3] - extent[1]) + 2 * DiagramPainter.MARGIN;
        return new double[] { extent[0], extent[1], Math.ceil(width), Math.ceil(height) };
    }

    private static void draw(Graphics2D g, DiagramScene scene, double[] area, double scale) {
        g.scale(scale, scale);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, (int) Math.ceil(area[2]), (int) Math.ceil(area[3]));
        g.translate(DiagramPainter.MARGIN - area[0], DiagramPainter.MARGIN - area[1]);
        DiagramPainter.paint(scene, new AwtCanvas(g));
    }
}
