package dev.faultline.index.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

import dev.faultline.index.IndexFields;

/**
 * The two analyzers of the evidence index. Full-text fields ({@link IndexFields#MESSAGE},
 * {@link IndexFields#RAW}) use {@link EvidenceTokenizer}; the index side adds each token's
 * {@link TokenVariants variants}, the query side looks a token up by its canonical form.
 * Every other field is a keyword: one lower-cased token.
 */
public final class EvidenceAnalyzers {

    private EvidenceAnalyzers() {
    }

    /** For the IndexWriter and for re-analysis by the highlighter. */
    public static Analyzer index() {
        return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                if (IndexFields.isFullText(fieldName)) {
                    EvidenceTokenizer tokenizer = new EvidenceTokenizer();
                    return new TokenStreamComponents(tokenizer, new VariantsFilter(tokenizer));
                }
                KeywordLowerCaseTokenizer tokenizer = new KeywordLowerCaseTokenizer();
                return new TokenStreamComponents(tokenizer);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** For the query parser. */
    public static Analyzer query() {
        return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                if (IndexFields.isFullText(fieldName)) {
                    EvidenceTokenizer tokenizer = new EvidenceTokenizer();
                    return new TokenStreamComponents(tokenizer, new CanonicalFormFilter(tokenizer));
                }
                KeywordLowerCaseTokenizer tokenizer = new KeywordLowerCaseTokenizer();
                return new TokenStreamComponents(tokenizer);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
