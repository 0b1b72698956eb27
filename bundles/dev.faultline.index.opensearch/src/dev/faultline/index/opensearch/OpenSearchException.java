package dev.faultline.index.opensearch;

import java.io.IOException;

/** A cluster that cannot be used as asked, with a message naming the cluster or index and what failed. */
public final class OpenSearchException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What failed. */
    public enum Problem {
        /** No connection (refused, unknown host, timed out, TLS handshake failed). */
        UNREACHABLE,
        /** HTTP 401: the cluster wants other credentials. */
        CREDENTIALS,
        /** HTTP 403: the credentials lack a permission. */
        FORBIDDEN,
        /** The named index does not exist. */
        MISSING_INDEX,
        /** The named index exists but was not made by Faultline (or by another layout of it). */
        FOREIGN_INDEX,
        /** The named index holds the records of another investigation ({@link IndexOwner}). */
        OTHER_INVESTIGATION,
        /** The cluster refused or failed a request. */
        REQUEST_FAILED
    }

    private final Problem problem;

    public OpenSearchException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
