package dev.faultline.app.cli;

/** The CLI's exit codes. Scripts rely on them. */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** The command line was wrong: unknown command, missing or bad option. */
    public static final int USAGE = 1;
    /** Input was rejected: a record, a file or a query could not be used. */
    public static final int BAD_INPUT = 2;
    /** Faultline itself failed. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
