package dev.faultline.diagram;

import java.io.IOException;

/** A diagram that cannot be found, read or written; the message names the file and what was wrong. */
public class DiagramException extends IOException {

    private static final long serialVersionUID = 1L;

    public DiagramException(String message) {
        super(message);
    }

    public DiagramException(String message, Throwable cause) {
        super(message, cause);
    }
}
