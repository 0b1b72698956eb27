package dev.faultline.index.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Marks what a query matched in the stored text of a hit, by tokenising that text again as the
 * index did ({@link EvidenceTokenizer} and the {@link TokenVariants variants}): a token is marked
 * when it, or one of its variants, is a term of the query or matches one of its
 * wildcard/prefix/fuzzy automata; an exact phrase of the query found at consecutive positions is
 * marked as one span. Terms under {@code NOT} and terms of other fields are not marked.
 * <p>
 * The passages are the lines of the text that hold a mark (at most {@code maxPassages}, in text
 * order, a long line cut to a window around its first mark), joined by "…".
 * <p>
 * Why not Lucene's UnifiedHighlighter: evidence text is mostly short lines and the hit's stored
 * text is already loaded; tokenising it again costs microseconds, while the UnifiedHighlighter
 * spent 0.5–3.5 ms per page of 20 hits (loading the text again, sentence breaking, and weight
 * matching that re-runs a query's time range for every highlighted document). One instance
 * serves one search (it remembers the tokens it has seen); not thread-safe.
 */
public final class HitHighlighter {

    /** Characters of a text tokenised at most (marks further on are not shown). */
    static final int MAX_ANALYSED = 100_000;
    /** Longest passage; a longer line is cut around its first mark. */
    static final int MAX_PASSAGE = 300;
    private static final String ELLIPSIS = "…";
    /** Distinct phrase terms are numbered for the bit masks of {@link TokenMatch}: at most 64. */
    private static final int MAX_PHRASE_TERMS = Long.SIZE;

    /** An exact phrase: the number of each term in {@link #phraseTermIndex}, and its position in the phrase. */
    private record Phrase(int[] termIndexes, int[] positions) {
    }

    /** What a distinct token matches: whether it is marked on its own, and which phrase terms it stands for. */
    private record TokenMatch(boolean marked, long phraseTermBits) {
        static final TokenMatch NONE = new TokenMatch(false, 0);
    }

    /** A token that stands for a phrase term, at its position in the text. */
    private record PhraseToken(long bits, int start, int end) {
    }

    private final String field;
    private final String pre;
    private final String post;
    private final int maxPassages;
    private final Set<String> terms = new HashSet<>();
    private final Map<String, Integer> phraseTermIndex = new HashMap<>();
    private final List<Phrase> phrases = new ArrayList<>();
    private final List<ByteRunAutomaton> automata = new ArrayList<>();
    /** Per distinct token of the highlighted texts: the hits of one search repeat most of their tokens. */
    private final Map<String, TokenMatch> matches = new HashMap<>();
    private final EvidenceTokenizer tokenizer = new EvidenceTokenizer();
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);

    private HitHighlighter(String field, String pre, String post, int maxPassages) {
        this.field = field;
        this.pre = pre;
        this.post = post;
        this.maxPassages = maxPassages;
    }

    /** A highlighter of {@code query}'s matches in {@code field}, a field analysed by {@link EvidenceAnalyzers#index()}. */
    public static HitHighlighter of(Query query, String field, String pre, String post, int maxPassages) {
        HitHighlighter h = new HitHighlighter(field, pre, post, maxPassages);
        query.visit(h.new Collector());
        return h;
    }

    /** Whether the query has anything to mark in the field at all. */
    public boolean hasTerms() {
        return !terms.isEmpty() || !phrases.isEmpty() || !automata.isEmpty();
    }

    private final class Collector extends QueryVisitor {
        @Override
        public boolean acceptField(String name) {
            return field.equals(name);
        }

        @Override
        public void consumeTerms(Query query, Term... queryTerms) {
            if (query instanceof PhraseQuery phrase && phrase.getSlop() == 0 && queryTerms.length > 1
                    && phraseTermIndex.size() + queryTerms.length <= MAX_PHRASE_TERMS) {
                int[] indexes = new int[queryTerms.length];
                for (int i = 0; i < indexes.length; i++) {
                    indexes[i] = phraseTermIndex.computeIfAbsent(queryTerms[i].text(), t -> phraseTermIndex.size());
                }
                phrases.add(new Phrase(indexes, phrase.getPositions()));
                return;
            }
            for (Term t : queryTerms) {
                if (field.equals(t.field())) {
                    terms.add(t.text());
                }
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String name, Supplier<ByteRunAutomaton> automaton) {
            if (field.equals(name)) {
                automata.add(automaton.get());
            }
        }

        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }

    /** The highlighted passages of {@code text}; empty when nothing in it matched. */
    public List<String> highlight(String text) {
        if (text == null || text.isEmpty() || !hasTerms()) {
            return List.of();
        }
        int[] spans = marks(text);
        if (spans.length == 0) {
            return List.of();
        }
        return List.of(passages(text, spans));
    }

    /** Sorted, merged [start, end) character spans of the marks, as pairs. */
    private int[] marks(String text) {
        String analysed = text.length() > MAX_ANALYSED ? text.substring(0, MAX_ANALYSED) : text;
        List<int[]> spans = new ArrayList<>();
        Map<Integer, PhraseToken> phraseTokens = phrases.isEmpty() ? null : new HashMap<>();
        try (EvidenceTokenizer tokens = tokenizer) {
            tokens.setReader(new StringReader(analysed));
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position++;
                TokenMatch match = matches.computeIfAbsent(term.toString(), this::match);
                if (match.marked()) {
                    spans.add(new int[] { offset.startOffset(), offset.endOffset() });
                }
                if (match.phraseTermBits() != 0 && phraseTokens != null) {
                    phraseTokens.put(position, new PhraseToken(match.phraseTermBits(), offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tokenise a hit's text for highlighting", e);
        }
        if (phraseTokens != null) {
            markPhrases(phraseTokens, spans);
        }
        return merge(spans);
    }

    /** What a token matches, itself or through the variants the index holds for it (see {@link VariantsFilter}). */
    private TokenMatch match(String token) {
        boolean marked = isQueryTerm(token);
        long bits = phraseTermBits(token);
        if (VariantsFilter.mayHaveVariants(token)) {
            for (String variant : TokenVariants.indexVariants(token)) {
                marked |= isQueryTerm(variant);
                bits |= phraseTermBits(variant);
            }
        }
        return marked || bits != 0 ? new TokenMatch(marked, bits) : TokenMatch.NONE;
    }

    private boolean isQueryTerm(String token) {
        if (terms.contains(token)) {
            return true;
        }
        if (!automata.isEmpty()) {
            BytesRef utf8 = new BytesRef(token);
            for (ByteRunAutomaton automaton : automata) {
                if (automaton.run(utf8.bytes, utf8.offset, utf8.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private long phraseTermBits(String token) {
        Integer index = phraseTermIndex.get(token);
        return index == null ? 0 : 1L << index;
    }

    private void markPhrases(Map<Integer, PhraseToken> phraseTokens, List<int[]> spans) {
        for (Phrase phrase : phrases) {
            int[] indexes = phrase.termIndexes();
            int[] positions = phrase.positions();
            for (Map.Entry<Integer, PhraseToken> first : phraseTokens.entrySet()) {
                int base = first.getKey() - positions[0];
                PhraseToken last = null;
                for (int i = 0; i < indexes.length; i++) {
                    PhraseToken t = phraseTokens.get(base + positions[i]);
                    if (t == null || (t.bits() & (1L << indexes[i])) == 0) {
                        last = null;
                        break;
                    }
                    last = t;
                }
                if (last != null) {
                    spans.add(new int[] { first.getValue().start(), Math.max(first.getValue().end(), last.end()) });
                }
            }
        }
    }

    private static int[] merge(List<int[]> spans) {
        if (spans.isEmpty()) {
            return new int[0];
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        int[] out = new int[spans.size() * 2];
        int n = 0;
        for (int[] s : spans) {
            if (n > 0 && s[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], s[1]);
            } else {
                out[n++] = s[0];
                out[n++] = s[1];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The lines holding marks, cut and marked up, joined by the ellipsis. */
    private String passages(String text, int[] spans) {
        StringBuilder out = new StringBuilder();
        int passages = 0;
        int i = 0;
        while (i < spans.length && passages < maxPassages) {
            int lineStart = text.lastIndexOf('\n', spans[i] - 1) + 1;
            int lineEnd = text.indexOf('\n', spans[i]);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' && spans[i + 1] < lineEnd) {
                lineEnd--; // a CR LF line ending is not part of the passage
            }
            int from = lineStart;
            int to = lineEnd;
            if (to - from > MAX_PASSAGE) {
                from = Math.max(lineStart, spans[i] - MAX_PASSAGE / 3);
                to = Math.min(lineEnd, Math.max(from + MAX_PASSAGE, spans[i + 1]));
            }
            if ((passages > 0 || from > lineStart) && !endsWithEllipsis(out)) {
                out.append(ELLIPSIS);
            }
            int cursor = from;
            while (i < spans.length && spans[i] < to) {
                int start = Math.max(spans[i], cursor);
                int end = Math.min(spans[i + 1], to);
                out.append(text, cursor, start).append(pre).append(text, start, end).append(post);
                cursor = end;
                i += 2;
            }
            out.append(text, cursor, to);
            if (to < lineEnd) {
                out.append(ELLIPSIS);
            }
            passages++;
            while (i < spans.length && spans[i] < lineEnd) {
                i += 2; // marks beyond the window of a cut line
            }
        }
        return out.toString();
    }

    private static boolean endsWithEllipsis(StringBuilder s) {
        return s.length() >= ELLIPSIS.length() && s.lastIndexOf(ELLIPSIS) == s.length() - ELLIPSIS.length();
    }
}
