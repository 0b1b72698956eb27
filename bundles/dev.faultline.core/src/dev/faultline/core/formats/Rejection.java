package dev.faultline.core.formats;

import dev.faultline.core.evidence.SourceRef;

/**
 * A piece of input that could not be used, and why.
 *
 * @param where the file and line (or byte offset) of the bad input
 * @param reason what was wrong, in words an analyst understands
 */
public record Rejection(SourceRef where, String reason) {

    /** {@code FILE:LINE: reason}, or {@code FILE@OFFSET: reason} for non-line positions. */
    @Override
    public String toString() {
        return Positions.describe(where) + ": " + reason;
    }
}
