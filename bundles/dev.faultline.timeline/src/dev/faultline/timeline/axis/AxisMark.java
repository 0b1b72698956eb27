package dev.faultline.timeline.axis;

/**
 * One row drawn as a mark when the axis is zoomed in far enough.
 *
 * @param at epoch milliseconds
 * @param lane index of the lane it is drawn in
 * @param rowId the row's id (to select it when the mark is clicked)
 * @param highlighted whether it is starred or tagged (drawn stronger)
 */
public record AxisMark(long at, int lane, String rowId, boolean highlighted) {
}
