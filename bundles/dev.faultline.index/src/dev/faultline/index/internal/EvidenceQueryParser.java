package dev.faultline.index.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import dev.faultline.index.IndexFields;
import dev.faultline.index.QuerySyntaxException;

/**
 * Lucene's classic query syntax over the evidence index, with the field names users guess
 * ({@code host:}, {@code module:}, {@code bugcheck:}, {@code event:}, {@code source:},
 * {@code tag:}, {@code kind:}, {@code level:}, {@code message:} — see {@link IndexFields}),
 * time ranges ({@code time:[2024-07-19T04:00Z TO 2024-07-19T06:00Z]}, {@code time:2024-07-19},
 * open ends {@code *}), normalised bugcheck codes and {@code module!function} written without
 * escaping. Terms are ANDed unless {@code OR} is written. Not thread-safe: one per query.
 */
public final class EvidenceQueryParser extends QueryParser {

    private static final Pattern LEXICAL_COLUMN = Pattern.compile("Lexical error at line \\d+, column (\\d+)");

    private final List<Integer> insertedEscapes = new ArrayList<>();
    private String typed = "";

    public EvidenceQueryParser(Analyzer queryAnalyzer) {
        super(IndexFields.MESSAGE, queryAnalyzer);
        setDefaultOperator(Operator.AND);
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
        setAllowLeadingWildcard(true);
    }

    /**
     * Parses a query as typed. A blank query matches everything.
     *
     * @throws QuerySyntaxException with the column and what was expected
     */
    public Query parseTyped(String query) throws QuerySyntaxException {
        typed = query;
        if (query.isBlank()) {
            return MatchAllDocsQuery.INSTANCE;
        }
        String escaped = escapeSymbolBangs(query);
        try {
            return withPositiveClause(parse(escaped));
        } catch (ParseException e) {
            throw toSyntaxException(e);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(query, 0, e.getMessage());
        }
    }

    /**
     * Lucene matches nothing for a boolean query of only NOT clauses; users mean "everything
     * except", so such a query (at any depth) gets a match-all clause.
     */
    static Query withPositiveClause(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean onlyNegative = !bool.clauses().isEmpty();
        for (BooleanClause clause : bool.clauses()) {
            builder.add(withPositiveClause(clause.query()), clause.occur());
            if (clause.occur() != Occur.MUST_NOT) {
                onlyNegative = false;
            }
        }
        if (onlyNegative) {
            builder.add(MatchAllDocsQuery.INSTANCE, Occur.FILTER);
        }
        return builder.build();
    }

    /**
     * Escapes {@code !} inside a word ({@code csagent!Foo}) so the classic syntax does not read it
     * as NOT; remembers where, to report columns of the text as typed.
     */
    private String escapeSymbolBangs(String query) {
        insertedEscapes.clear();
        StringBuilder out = new StringBuilder(query.length() + 4);
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '!' && i > 0 && i < query.length() - 1 && isWordChar(query.charAt(i - 1)) && isWordChar(query.charAt(i + 1))
                    && query.charAt(i - 1) != '\\') {
                insertedEscapes.add(i);
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$' || c == '*' || c == '?';
    }

    /** Maps a 0-based index in the escaped text to a 1-based column of the typed text. */
    private int typedColumn(int escapedIndex) {
        int shift = 0;
        for (int inserted : insertedEscapes) {
            if (inserted + shift < escapedIndex) {
                shift++;
            }
        }
        return Math.max(1, Math.min(escapedIndex - shift + 1, typed.length() + 1));
    }

    private QuerySyntaxException toSyntaxException(ParseException wrapper) {
        Throwable cause = wrapper.getCause();
        if (cause instanceof ParseException grammar && grammar.currentToken != null && grammar.expectedTokenSequences != null) {
            Token found = grammar.currentToken.next;
            String foundText = found == null || found.kind == QueryParserConstants.EOF ? "the end of the query" : "'" + found.image + "'";
            int column = found == null || found.kind == QueryParserConstants.EOF ? typed.length() + 1 : typedColumn(found.beginColumn);
            return new QuerySyntaxException(typed, column, "expected " + expected(grammar) + " but found " + foundText);
        }
        if (cause instanceof TokenMgrError lexical) {
            Matcher m = LEXICAL_COLUMN.matcher(lexical.getMessage());
            if (m.find()) {
                int column = typedColumn(Integer.parseInt(m.group(1)) - 1);
                int quote = unmatchedQuote(typed);
                if (quote >= 0) {
                    return new QuerySyntaxException(typed, quote + 1, "unterminated quoted phrase: the '\"' here has no closing '\"'");
                }
                String problem = typed.endsWith("\\") ? "a '\\' at the end of the query escapes nothing"
                        : "a character the query syntax cannot read here";
                return new QuerySyntaxException(typed, column, problem);
            }
            return new QuerySyntaxException(typed, 0, lexical.getMessage());
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof FieldProblem problem) {
                return new QuerySyntaxException(typed, problem.column, problem.getMessage());
            }
        }
        String message = cause != null && cause.getMessage() != null ? cause.getMessage() : wrapper.getMessage();
        return new QuerySyntaxException(typed, 0, message);
    }

    /** Index of a '"' that opens a phrase never closed, or -1. */
    private static int unmatchedQuote(String query) {
        int open = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }

    private static String expected(ParseException e) {
        Set<String> words = new LinkedHashSet<>();
        for (int[] sequence : e.expectedTokenSequences) {
            if (sequence.length == 0) {
                continue;
            }
            String word = switch (sequence[0]) {
                case QueryParserConstants.TERM, QueryParserConstants.PREFIXTERM, QueryParserConstants.WILDTERM -> "a search term";
                case QueryParserConstants.QUOTED -> "a quoted phrase";
                case QueryParserConstants.LPAREN -> "'('";
                case QueryParserConstants.RPAREN -> "')'";
                case QueryParserConstants.RANGEIN_START, QueryParserConstants.RANGEEX_START -> "a range [a TO b]";
                case QueryParserConstants.RANGE_GOOP, QueryParserConstants.RANGE_QUOTED -> "a range bound (a value or *)";
                case QueryParserConstants.RANGE_TO -> "'TO'";
                case QueryParserConstants.RANGEIN_END -> "']'";
                case QueryParserConstants.RANGEEX_END -> "'}'";
                case QueryParserConstants.NUMBER -> "a number";
                case QueryParserConstants.REGEXPTERM -> "a /regular expression/";
                case QueryParserConstants.STAR -> "'*'";
                case QueryParserConstants.CARAT -> "'^'";
                case QueryParserConstants.COLON -> "':'";
                case QueryParserConstants.EOF -> "the end of the query";
                default -> null;
            };
            if (word != null) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return "something else";
        }
        List<String> list = new ArrayList<>(words);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }

    // ---- fields -------------------------------------------------------------------------------

    private String field(String typedField) throws ParseException {
        if (typedField == null || typedField.equals("*")) {
            return typedField;
        }
        if (typedField.equals(IndexFields.MESSAGE) || typedField.equals(IndexFields.RAW)) {
            return IndexFields.MESSAGE;
        }
        String field = IndexFields.resolve(typedField);
        if (field == null) {
            throw fieldProblem(typedField, "unknown field '" + typedField + ":'; fields are " + String.join(", ", knownFields())
                    + " (to search text containing ':', put it in quotes or write '\\:')");
        }
        return field;
    }

    private static List<String> knownFields() {
        return List.of("message", "host", "kind", "source", "sha256", "line", "event", "provider", "channel", "level", "bugcheck",
                "module", "bucket", "symbol", "frame", "tag", "starred", "time", "id");
    }

    private ParseException fieldProblem(String typedField, String message) {
        int at = typed.toLowerCase(Locale.ROOT).indexOf(typedField.toLowerCase(Locale.ROOT) + ":");
        ParseException e = new ParseException(message);
        e.initCause(new FieldProblem(message, at >= 0 ? at + 1 : 0));
        return e;
    }

    @Override
    protected Query getFieldQuery(String typedField, String queryText, boolean quoted) throws ParseException {
        String field = field(typedField);
        if (IndexFields.TIME.equals(field)) {
            TimeValues.Span span = time(typedField, queryText);
            return TimeRanges.between(span.first(), span.last());
        }
        if (IndexFields.LINE.equals(field)) {
            return LongPoint.newExactQuery(IndexFields.LINE, number(typedField, queryText));
        }
        if (IndexFields.BUGCHECK.equals(field)) {
            return new TermQuery(new Term(field, IndexValues.bugcheck(queryText)));
        }
        if (IndexFields.MODULE.equals(field)) {
            // every module is indexed under its base name too: csagent.sys finds MODULE_NAME csagent
            return new TermQuery(new Term(field, IndexValues.moduleBase(queryText)));
        }
        if (IndexFields.SOURCE.equals(field)) {
            return new TermQuery(new Term(field, IndexValues.keyword(queryText)));
        }
        if (IndexFields.ID.equals(field)) {
            return new TermQuery(new Term(field, queryText.strip()));
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getRangeQuery(String typedField, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        String field = field(typedField);
        if (IndexFields.TIME.equals(field)) {
            long low = Long.MIN_VALUE;
            long high = Long.MAX_VALUE;
            if (!isOpen(part1)) {
                TimeValues.Span span = time(typedField, part1);
                low = startInclusive ? span.first() : span.last() + 1;
            }
            if (!isOpen(part2)) {
                TimeValues.Span span = time(typedField, part2);
                high = endInclusive ? span.last() : span.first() - 1;
            }
            return TimeRanges.between(low, high);
        }
        if (IndexFields.LINE.equals(field)) {
            long low = isOpen(part1) ? Long.MIN_VALUE : number(typedField, part1) + (startInclusive ? 0 : 1);
            long high = isOpen(part2) ? Long.MAX_VALUE : number(typedField, part2) - (endInclusive ? 0 : 1);
            return LongPoint.newRangeQuery(IndexFields.LINE, low, high);
        }
        if (IndexFields.BUGCHECK.equals(field)) {
            throw fieldProblem(typedField, "'" + typedField + ":' takes a code such as 0x50, not a range");
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    private static boolean isOpen(String part) {
        return part == null || part.equals("*");
    }

    @Override
    protected Query getPrefixQuery(String typedField, String termStr) throws ParseException {
        return super.getPrefixQuery(textOrKeyword(typedField, "a prefix*"), termStr);
    }

    @Override
    protected Query getWildcardQuery(String typedField, String termStr) throws ParseException {
        if ("*".equals(typedField) && "*".equals(termStr)) {
            return MatchAllDocsQuery.INSTANCE;
        }
        return super.getWildcardQuery(textOrKeyword(typedField, "a wildcard"), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String typedField, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(textOrKeyword(typedField, "a fuzzy term~"), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String typedField, String termStr) throws ParseException {
        return super.getRegexpQuery(textOrKeyword(typedField, "a /regular expression/"), termStr);
    }

    private String textOrKeyword(String typedField, String what) throws ParseException {
        String field = field(typedField);
        if (IndexFields.TIME.equals(field) || IndexFields.LINE.equals(field)) {
            throw fieldProblem(typedField, "'" + typedField + ":' takes a value or a range [a TO b], not " + what);
        }
        return field;
    }

    private TimeValues.Span time(String typedField, String text) throws ParseException {
        try {
            return TimeValues.parse(text);
        } catch (IllegalArgumentException e) {
            throw fieldProblem(typedField, e.getMessage());
        }
    }

    private long number(String typedField, String text) throws ParseException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw fieldProblem(typedField, "'" + typedField + ":' takes a number, not '" + text + "'");
        }
    }

    /** A problem found while building the query for a field, with the column of {@code field:} in the typed query. */
    private static final class FieldProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;

        FieldProblem(String message, int column) {
            super(message);
            this.column = column;
        }
    }
}
