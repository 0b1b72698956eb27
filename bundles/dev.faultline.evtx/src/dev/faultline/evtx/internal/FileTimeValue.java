package dev.faultline.evtx.internal;

import java.time.Instant;

/** A FILETIME substitution value: 100 ns intervals since 1601-01-01 UTC, unsigned. */
record FileTimeValue(long fileTime) {

    Instant instant() {
        return ValueFormats.fileTimeToInstant(fileTime);
    }

    String text() {
        return ValueFormats.fileTime(fileTime);
    }
}
