package dev.faultline.index;

/**
 * A query that cannot be run. The message says where (1-based column) and what was expected,
 * e.g. {@code column 12: expected a search term, a quoted phrase or '(' but found ')'}.
 */
public final class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final int column;

    public QuerySyntaxException(String query, int column, String problem) {
        super(column > 0 ? "query error at column " + column + ": " + problem : "query error: " + problem);
        this.query = query;
        this.column = column;
    }

    /** The query as typed. */
    public String query() {
        return query;
    }

    /** 1-based column of the problem in {@link #query()}, or 0 when it cannot be placed. */
    public int column() {
        return column;
    }

    /** The query with a caret under the problem, for terminals and tool tips. */
    public String pointer() {
        if (column <= 0) {
            return query;
        }
        return query + System.lineSeparator() + " ".repeat(column - 1) + "^";
    }
}
