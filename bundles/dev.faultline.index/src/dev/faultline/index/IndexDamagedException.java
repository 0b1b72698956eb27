package dev.faultline.index;

import java.io.IOException;

/** The index cannot be read (missing files, failed checksums) and no rebuild source was given. */
public final class IndexDamagedException extends IOException {
    private static final long serialVersionUID = 1L;

    public IndexDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
