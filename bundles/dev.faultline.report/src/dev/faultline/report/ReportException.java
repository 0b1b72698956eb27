package dev.faultline.report;

/** A report could not be written: a template is missing or wrong, or a picture cannot be made. */
public class ReportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReportException(String message) {
        super(message);
    }
}
