package dev.faultline.index.opensearch.internal;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.index.QuerySyntaxException;

/**
 * Translates the Lucene query the embedded index's parser makes into OpenSearch's query DSL, term
 * for term: the parser (and its analysis) runs once, on the client, so both backends look up
 * exactly the same terms. Full-text terms go to the token field as {@code term}s (the cluster never
 * analyses a query term), phrases as {@code span_near} over the same positions.
 */
public final class QueryTranslator {

    private final String typed;

    /** @param typed the query as typed, for messages */
    public QueryTranslator(String typed) {
        this.typed = typed;
    }

    public ObjectNode translate(Query query) throws QuerySyntaxException {
        ObjectNode out = ClusterClient.JSON.createObjectNode();
        if (query instanceof MatchAllDocsQuery) {
            out.putObject("match_all");
        } else if (query instanceof MatchNoDocsQuery) {
            out.putObject("match_none");
        } else if (query instanceof TermQuery term) {
            term(out, term.getTerm());
        } else if (query instanceof BooleanQuery bool) {
            ObjectNode b = out.putObject("bool");
            for (BooleanClause clause : bool.clauses()) {
                String occur = switch (clause.occur()) {
                    case MUST -> "must";
                    case SHOULD -> "should";
                    case MUST_NOT -> "must_not";
                    case FILTER -> "filter";
                };
                ArrayNode list = b.has(occur) ? (ArrayNode) b.get(occur) : b.putArray(occur);
                list.add(translate(clause.query()));
            }
            if (bool.getMinimumNumberShouldMatch() > 0) {
                b.put("minimum_should_match", bool.getMinimumNumberShouldMatch());
            }
        } else if (query instanceof BoostQuery boost) {
            ObjectNode b = out.putObject("bool");
            b.putArray("must").add(translate(boost.getQuery()));
            b.put("boost", boost.getBoost());
        } else if (query instanceof ConstantScoreQuery constant) {
            out.putObject("constant_score").set("filter", translate(constant.getQuery()));
        } else if (query instanceof PhraseQuery phrase) {
            phrase(out, phrase);
        } else if (query instanceof SynonymQuery synonyms) {
            ArrayNode should = out.putObject("bool").putArray("should");
            for (Term t : synonyms.getTerms()) {
                term(should.addObject(), t);
            }
        } else if (query instanceof PrefixQuery prefix) {
            multiTerm(out, "prefix", prefix.getPrefix());
        } else if (query instanceof WildcardQuery wildcard) {
            multiTerm(out, "wildcard", wildcard.getTerm());
        } else if (query instanceof RegexpQuery regexp) {
            multiTerm(out, "regexp", regexp.getRegexp());
        } else if (query instanceof FuzzyQuery fuzzy) {
            ObjectNode f = out.putObject("fuzzy").putObject(FieldNames.of(fuzzy.getField()));
            f.put("value", fuzzy.getTerm().text()).put("fuzziness", fuzzy.getMaxEdits()).put("prefix_length", fuzzy.getPrefixLength())
                    .put("transpositions", fuzzy.getTranspositions());
        } else if (query instanceof TermRangeQuery range) {
            ObjectNode r = out.putObject("range").putObject(FieldNames.of(range.getField()));
            bound(r, range.includesLower() ? "gte" : "gt", range.getLowerTerm());
            bound(r, range.includesUpper() ? "lte" : "lt", range.getUpperTerm());
        } else if (query instanceof PointRangeQuery points && points.getNumDims() == 1 && points.getBytesPerDim() == Long.BYTES) {
            long low = LongPoint.decodeDimension(points.getLowerPoint(), 0);
            long high = LongPoint.decodeDimension(points.getUpperPoint(), 0);
            ObjectNode r = out.putObject("range").putObject(FieldNames.of(points.getField()));
            if (low != Long.MIN_VALUE) {
                r.put("gte", low);
            }
            if (high != Long.MAX_VALUE) {
                r.put("lte", high);
            }
        } else if (query instanceof IndexSortSortedNumericDocValuesRangeQuery sorted) {
            // the embedded index's time range over its time-sorted segments: the same range as its fallback
            return translate(sorted.getFallbackQuery());
        } else if (query instanceof FieldExistsQuery exists) {
            out.putObject("exists").put("field", FieldNames.of(exists.getField()));
        } else if (query instanceof MultiPhraseQuery) {
            throw new QuerySyntaxException(typed, 0, "a phrase with alternatives at one position cannot be searched on OpenSearch yet");
        } else {
            throw new QuerySyntaxException(typed, 0, "this query (" + query.getClass().getSimpleName() + ") cannot be searched on OpenSearch yet");
        }
        return out;
    }

    private static void term(ObjectNode out, Term term) {
        out.putObject("term").put(FieldNames.of(term.field()), term.text());
    }

    private static void multiTerm(ObjectNode out, String kind, Term term) {
        out.putObject(kind).putObject(FieldNames.of(term.field())).put("value", term.text());
    }

    private static void bound(ObjectNode range, String key, BytesRef value) {
        if (value != null) {
            range.put(key, value.utf8ToString());
        }
    }

    /** A phrase as {@code span_near} of its terms, in order, the gaps between their positions added to the slop. */
    private static void phrase(ObjectNode out, PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (terms.length == 0) {
            out.putObject("match_none");
            return;
        }
        if (terms.length == 1) {
            term(out, terms[0]);
            return;
        }
        int gaps = 0;
        for (int i = 1; i < positions.length; i++) {
            gaps += positions[i] - positions[i - 1] - 1;
        }
        ObjectNode near = out.putObject("span_near");
        ArrayNode clauses = near.putArray("clauses");
        for (Term t : terms) {
            clauses.addObject().putObject("span_term").put(FieldNames.of(t.field()), t.text());
        }
        near.put("slop", phrase.getSlop() + gaps).put("in_order", phrase.getSlop() == 0);
    }
}
