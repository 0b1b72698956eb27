package dev.faultline.diagram.render;

/**
 * Width and dash pattern of a line; {@code dash} is empty for a solid line.
 *
 * @param width line width in diagram units
 * @param dash lengths of dashes and gaps, alternating (empty: solid)
 */
public record LineStyle(float width, float... dash) {

    public static final LineStyle THIN = new LineStyle(1f);

    public boolean solid() {
        return dash.length == 0;
    }
}
