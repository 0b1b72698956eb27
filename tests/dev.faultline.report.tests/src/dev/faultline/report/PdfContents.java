package dev.faultline.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** What a PDF holds, read back with OpenPDF: its text, its pages, its raster images and vector forms. */
final class PdfContents {

    private PdfContents() {
    }

    static String text(Path pdf) throws IOException {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    /** {@code text} without white space: cells wrap long words anywhere, so comparisons ignore where lines end. */
    static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    static int pages(Path pdf) throws IOException {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            return reader.getNumberOfPages();
        }
    }

    /** Width and height of page 1 in points. */
    static float[] pageSize(Path pdf) throws IOException {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            return new float[] { reader.getPageSizeWithRotation(1).getWidth(), reader.getPageSizeWithRotation(1).getHeight() };
        }
    }

    /** The number of raster images (image XObjects) anywhere in the file. */
    static int images(byte[] pdf) throws IOException {
        return count(pdf, PdfName.IMAGE);
    }

    static int images(Path pdf) throws IOException {
        return images(Files.readAllBytes(pdf));
    }

    /** The number of form XObjects (vector drawings placed as a whole, such as an imported page). */
    static int forms(Path pdf) throws IOException {
        return count(Files.readAllBytes(pdf), PdfName.FORM);
    }

    private static int count(byte[] pdf, PdfName subtype) throws IOException {
        int found = 0;
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int i = 0; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObjectRelease(i);
                if (object instanceof PdfStream stream && subtype.equals(stream.get(PdfName.SUBTYPE))) {
                    found++;
                }
            }
        }
        return found;
    }
}
