package dev.faultline.intake;

/**
 * Reading evidence on a reader thread failed for another reason than I/O or cancellation (a bug,
 * out of memory): the reader has stopped and the import or index write that consumed its records
 * is abandoned.
 */
public final class EvidenceReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EvidenceReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
