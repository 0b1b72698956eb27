package dev.faultline.index.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Query side: replaces each token by its {@link TokenVariants#canonicalQueryForm canonical form}. */
final class CanonicalFormFilter extends TokenFilter {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);

    CanonicalFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (termAttribute.length() >= 3 && termAttribute.charAt(0) == '0') {
            String term = termAttribute.toString();
            String canonical = TokenVariants.canonicalQueryForm(term);
            if (!canonical.equals(term)) {
                termAttribute.setEmpty().append(canonical);
            }
        }
        return true;
    }
}
