package dev.faultline.diagram.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws one box: a rounded rectangle in the colours of its {@link NodeKind}, a band with the kind
 * (and "reconstructed" when the fact is), the fact's name in bold (wrapped to at most three lines)
 * and its key facts below. A reconstructed fact gets a dashed border. Shared by the editor and the
 * exports, so they look alike.
 */
public final class NodePainter {

    /** Default box width for new nodes and layouts. */
    public static final int WIDTH = 250;
    public static final int MIN_WIDTH = 120;
    public static final int MIN_HEIGHT = 44;
    static final double PAD = 8;
    static final double BAND = 20;
    static final double ARC = 10;
    static final int MAX_TITLE_LINES = 3;
    static final int MAX_DETAIL_LINES = 2;
    private static final LineStyle BORDER = new LineStyle(1.5f);
    private static final LineStyle RECONSTRUCTED_BORDER = new LineStyle(1.5f, 5f, 3f);
    private static final String MARK = "reconstructed";

    private NodePainter() {
    }

    /** Widest box a layout makes, for a title with a long word (e.g. {@code PAGE_FAULT_IN_NONPAGED_AREA}). */
    public static final int MAX_WIDTH = 340;

    /**
     * Width a layout gives a box: {@link #WIDTH}, or wider (up to {@link #MAX_WIDTH}) when that puts the
     * whole title on one line, or else when the title has a word that would not fit on one line.
     */
    public static int preferredWidth(Canvas canvas, NodeContent content) {
        double title = canvas.textWidth(content.title(), TextStyle.TITLE) + 2 * PAD + 2;
        if (title <= MAX_WIDTH) {
            return (int) Math.max(WIDTH, Math.ceil(title));
        }
        double widest = 0;
        for (String word : content.title().split("\\s+")) {
            widest = Math.max(widest, canvas.textWidth(word, TextStyle.TITLE));
        }
        return (int) Math.min(MAX_WIDTH, Math.max(WIDTH, Math.ceil(widest + 2 * PAD + 2)));
    }

    /** Height a box of {@code width} needs to show {@code content} (only the title when collapsed). */
    public static int preferredHeight(Canvas canvas, NodeContent content, int width, boolean collapsed) {
        double inner = width - 2 * PAD;
        int titleLines = wrap(canvas, content.title(), TextStyle.TITLE, inner, MAX_TITLE_LINES).size();
        int detailLines = 0;
        if (!collapsed) {
            for (String detail : content.details()) {
                detailLines += wrap(canvas, detail, TextStyle.DETAIL, inner, MAX_DETAIL_LINES).size();
            }
        }
        double height = BAND + PAD + titleLines * canvas.lineHeight(TextStyle.TITLE)
                + (detailLines == 0 ? 0 : 3 + detailLines * canvas.lineHeight(TextStyle.DETAIL)) + PAD;
        return Math.max(MIN_HEIGHT, (int) Math.ceil(height));
    }

    /** Paints the box into the rectangle {@code x, y, width, height}. */
    public static void paint(Canvas canvas, NodeContent content, double x, double y, double width, double height,
            boolean collapsed) {
        NodeKind kind = content.kind();
        canvas.fillRoundRect(x, y, width, height, ARC, kind.fill());
        canvas.fillRoundRect(x, y, width, BAND, ARC, kind.accent());
        canvas.fillRect(x, y + BAND / 2, width, BAND / 2, kind.accent());
        canvas.strokeRoundRect(x, y, width, height, ARC, kind.accent(), content.reconstructed() ? RECONSTRUCTED_BORDER : BORDER);

        double inner = width - 2 * PAD;
        double bandText = y + (BAND - canvas.lineHeight(TextStyle.BADGE)) / 2;
        double markWidth = content.reconstructed() ? canvas.textWidth(MARK, TextStyle.MARK) + PAD : 0;
        canvas.text(fit(canvas, content.badge(), TextStyle.BADGE, inner - markWidth), x + PAD, bandText, TextStyle.BADGE, 0xFFFFFF);
        if (content.reconstructed() && markWidth < inner) {
            double markTop = y + (BAND - canvas.lineHeight(TextStyle.MARK)) / 2;
            canvas.text(MARK, x + width - PAD - canvas.textWidth(MARK, TextStyle.MARK), markTop, TextStyle.MARK, 0xFFFFFF);
        }

        double bottom = y + height - PAD / 2;
        double top = y + BAND + PAD;
        double titleHeight = canvas.lineHeight(TextStyle.TITLE);
        for (String line : wrap(canvas, content.title(), TextStyle.TITLE, inner, MAX_TITLE_LINES)) {
            if (top + titleHeight > bottom) {
                return;
            }
            canvas.text(line, x + PAD, top, TextStyle.TITLE, 0x202124);
            top += titleHeight;
        }
        if (collapsed) {
            return;
        }
        top += 3;
        double detailHeight = canvas.lineHeight(TextStyle.DETAIL);
        for (String detail : content.details()) {
            for (String line : wrap(canvas, detail, TextStyle.DETAIL, inner, MAX_DETAIL_LINES)) {
                if (top + detailHeight > bottom) {
                    return;
                }
                canvas.text(line, x + PAD, top, TextStyle.DETAIL, 0x3C4043);
                top += detailHeight;
            }
        }
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width} at spaces (long words are cut), at most
     * {@code maxLines}; the last line ends with an ellipsis when text is left over.
     */
    public static List<String> wrap(Canvas canvas, String text, TextStyle style, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (lines.size() == maxLines - 1 || canvas.textWidth(rest, style) <= width) {
                lines.add(fit(canvas, rest, style, width));
                break;
            }
            int cut = breakAt(canvas, rest, style, width);
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        return lines;
    }

    private static int breakAt(Canvas canvas, String text, TextStyle style, double width) {
        int fits = 1;
        int lo = 1;
        int hi = text.length();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (canvas.textWidth(text.substring(0, mid), style) <= width) {
                fits = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        int space = text.lastIndexOf(' ', fits);
        if (space > 0) {
            return space;
        }
        for (int i = fits - 1; i > 0; i--) {
            if ("_-./\\".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return fits;
    }

    /** {@code text}, cut with an ellipsis when wider than {@code width}. */
    public static String fit(Canvas canvas, String text, TextStyle style, double width) {
        if (canvas.textWidth(text, style) <= width) {
            return text;
        }
        String ellipsis = "\u2026";
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (canvas.textWidth(text.substring(0, mid) + ellipsis, style) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + ellipsis;
    }
}
