package dev.faultline.diagram.render;

/** The few kinds of text a diagram shows, with their size in diagram units (pixels at 100 %). */
public enum TextStyle {
    /** The kind band at the top of a box ("UPDATE"). */
    BADGE(10, true, false),
    /** The name of a fact. */
    TITLE(13, true, false),
    /** The key facts below the name. */
    DETAIL(11, false, false),
    /** The "reconstructed" mark. */
    MARK(10, false, true),
    /** A link's relation, confidence and evidence count. */
    EDGE_LABEL(11, false, false);

    /** Font family used everywhere; falls back to the platform's sans serif font when missing. */
    public static final String FAMILY = "DejaVu Sans";
    /** CSS font list for SVG viewers that lack the family. */
    public static final String CSS_FAMILY = "DejaVu Sans, Bitstream Vera Sans, Verdana, Arial, sans-serif";

    private final int size;
    private final boolean bold;
    private final boolean italic;

    TextStyle(int size, boolean bold, boolean italic) {
        this.size = size;
        this.bold = bold;
        this.italic = italic;
    }

    public int size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }

    public boolean italic() {
        return italic;
    }
}
