package dev.faultline.report.internal;

import org.w3c.dom.Element;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextImageElement;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.pdf.PDFAsImage;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

/**
 * Places the report's pictures: {@code <img src="picture:NAME"/>} becomes the picture's one-page PDF imported as a
 * form (vector graphics: text stays text, lines stay lines), at its own size or smaller: no wider than its containing
 * block (or the CSS {@code width}/{@code max-width}), no higher than the CSS {@code height}/{@code max-height}, the
 * aspect ratio kept. Every other element is left to Flying Saucer.
 */
final class PictureElements implements ReplacedElementFactory {

    private final ReplacedElementFactory standard;

    PictureElements(ITextOutputDevice device) {
        this.standard = new ITextReplacedElementFactory(device);
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth,
            int cssHeight) {
        Element element = box.getElement();
        if (element == null || !"img".equals(element.getLocalName() == null ? element.getNodeName() : element.getLocalName())
                || !element.getAttribute("src").startsWith(ReportUserAgent.PICTURE)) {
            return standard.createReplacedElement(c, box, uac, cssWidth, cssHeight);
        }
        ImageResource resource = uac.getImageResource(element.getAttribute("src"));
        FSImage image = resource == null ? null : resource.getImage();
        if (!(image instanceof PDFAsImage pdf) || pdf.getWidth() <= 0 || pdf.getHeight() <= 0) {
            return null;
        }
        CalculatedStyle style = box.getStyle();
        int available = box.getContainingBlock() == null ? -1 : box.getContainingBlock().getContentWidth();
        int maxWidth = smallest(cssWidth, style.isMaxWidthNone() ? -1 : style.getMaxWidth(c, Math.max(available, 0)), available);
        int maxHeight = smallest(cssHeight, style.isMaxHeightNone() ? -1 : style.getMaxHeight(c, 0), -1);
        double scale = 1;
        if (maxWidth > 0) {
            scale = Math.min(scale, maxWidth / (double) pdf.getWidth());
        }
        if (maxHeight > 0) {
            scale = Math.min(scale, maxHeight / (double) pdf.getHeight());
        }
        int width = Math.max(1, (int) Math.round(pdf.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(pdf.getHeight() * scale));
        return new ITextImageElement(pdf.scale(width, height));
    }

    /** The smallest of the positive values, or -1 when none is. */
    private static int smallest(int... values) {
        int smallest = -1;
        for (int v : values) {
            if (v > 0 && (smallest < 0 || v < smallest)) {
                smallest = v;
            }
        }
        return smallest;
    }

    @Override
    public void reset() {
        standard.reset();
    }

    @Override
    public void remove(Element e) {
        standard.remove(e);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        standard.setFormSubmissionListener(listener);
    }
}
