package dev.faultline.index.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/** Index side: after each token, emits its {@link TokenVariants#indexVariants variants} at the same position and offsets. */
final class VariantsFilter extends TokenFilter {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private AttributeSource.State tokenState;

    VariantsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(tokenState);
            termAttribute.setEmpty().append(pending.poll());
            positionAttribute.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (mayHaveVariants(termAttribute)) {
            pending.addAll(TokenVariants.indexVariants(termAttribute.toString()));
            if (!pending.isEmpty()) {
                tokenState = captureState();
            }
        }
        return true;
    }

    /** Cheap pre-check: plain words of letters only never have variants. */
    static boolean mayHaveVariants(CharSequence term) {
        for (int i = 0, n = term.length(); i < n; i++) {
            char c = term.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '!' || c == '+') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        tokenState = null;
    }
}
