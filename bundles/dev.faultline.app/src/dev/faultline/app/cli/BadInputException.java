package dev.faultline.app.cli;

/** Input was rejected as a whole; the message names the file and why. Exit {@link ExitCode#BAD_INPUT}. */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
