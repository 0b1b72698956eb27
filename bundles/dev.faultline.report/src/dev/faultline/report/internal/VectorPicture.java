package dev.faultline.report.internal;

import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfGraphics2D;
import org.openpdf.text.pdf.PdfWriter;

/** A picture drawn by Java2D code as a one-page vector PDF (1 unit = 1 pt), which the PDF report places as is. */
final class VectorPicture {

    private VectorPicture() {
    }

    static byte[] pdf(int width, int height, Consumer<Graphics2D> painter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            Graphics2D g = new PdfGraphics2D(writer.getDirectContent(), width, height, new ReportFonts(), false, false, 0);
            try {
                painter.accept(g);
            } finally {
                g.dispose();
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot draw the picture as PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
