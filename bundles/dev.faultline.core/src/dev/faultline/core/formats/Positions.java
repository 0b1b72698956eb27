package dev.faultline.core.formats;

import dev.faultline.core.evidence.SourceRef;

/** How a {@link SourceRef} is written in messages: {@code FILE:LINE} or {@code FILE@OFFSET}. */
public final class Positions {

    private Positions() {
    }

    public static String describe(SourceRef where) {
        if (where.line() > 0) {
            return where.file() + ":" + where.line();
        }
        if (where.offset() >= 0) {
            return where.file() + "@" + where.offset();
        }
        return where.file();
    }
}
