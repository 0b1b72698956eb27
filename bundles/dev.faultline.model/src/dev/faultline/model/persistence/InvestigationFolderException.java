package dev.faultline.model.persistence;

import java.io.IOException;

/** An investigation folder could not be created, opened or saved; the message names the path and why. */
public class InvestigationFolderException extends IOException {
    private static final long serialVersionUID = 1L;

    public InvestigationFolderException(String message) {
        super(message);
    }

    public InvestigationFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
