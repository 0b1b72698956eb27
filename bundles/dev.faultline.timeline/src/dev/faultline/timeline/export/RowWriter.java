package dev.faultline.timeline.export;

import java.io.IOException;

import dev.faultline.timeline.TimelineRow;

/** Writes timeline rows in one format, one at a time. */
public interface RowWriter {

    void write(TimelineRow row) throws IOException;

    /** Writes what follows the last row and flushes (does not close the stream). */
    void finish() throws IOException;
}
