package dev.faultline.app.cli;

/** The command line was wrong; the message says what, and the CLI exits with {@link ExitCode#USAGE}. */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
