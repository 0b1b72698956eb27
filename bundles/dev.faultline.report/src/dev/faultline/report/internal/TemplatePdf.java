package dev.faultline.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

import dev.faultline.report.ReportException;

/**
 * The PDF report from the XHTML its templates made ({@code pdf/report.ftlx} and the templates it includes, with the
 * print CSS {@code pdf/report.css}): laid out by Flying Saucer (CSS 2.1 with paged media: {@code @page} size, margins
 * and margin boxes with page counters, {@code page-break-*}, table headers repeated on each page) and written through
 * OpenPDF. The report's pictures are placed as vector graphics ({@link PictureElements}); resources come only from the
 * templates folders ({@link ReportUserAgent}).
 */
public final class TemplatePdf {

    /** Flying Saucer's layout units: 20 per point (its default). */
    private static final float DOTS_PER_POINT = 20f;
    private static final int DOTS_PER_PIXEL = 20;

    private final Map<String, byte[]> pictures;
    private final List<Path> folders;

    /**
     * @param pictures the report's pictures as one-page PDFs, by name ({@code diagram}, {@code timeline})
     * @param folders the templates folders, searched in order for files the templates refer to
     */
    public TemplatePdf(Map<String, byte[]> pictures, List<Path> folders) {
        this.pictures = pictures;
        this.folders = folders;
    }

    /**
     * @param xhtml what the template made
     * @param template the template's name, for messages
     * @throws ReportException when the XHTML is not well-formed or cannot be laid out
     */
    public byte[] render(String xhtml, String template, String creator) throws ReportException {
        Document document = XhtmlParser.parse(xhtml, template);
        ITextOutputDevice device = new ITextOutputDevice(DOTS_PER_POINT);
        ReportUserAgent resources = new ReportUserAgent(device, DOTS_PER_PIXEL, pictures, folders);
        ITextRenderer renderer = new ITextRenderer(DOTS_PER_POINT, DOTS_PER_PIXEL, device, resources);
        renderer.getSharedContext().setReplacedElementFactory(new PictureElements(device));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReportFonts.register(renderer.getFontResolver());
            renderer.setPDFCreator(creator);
            renderer.setDocument(document, null);
            renderer.layout();
            renderer.createPDF(out);
        } catch (IOException | RuntimeException e) {
            throw new ReportException("cannot make the PDF from " + template + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
