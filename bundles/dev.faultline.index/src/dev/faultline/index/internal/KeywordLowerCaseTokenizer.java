package dev.faultline.index.internal;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The whole input as one lower-cased, trimmed token (query side of the keyword fields host, module, kind ...). */
final class KeywordLowerCaseTokenizer extends Tokenizer {

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private boolean done;
    private int finalOffset;

    @Override
    public boolean incrementToken() throws IOException {
        if (done) {
            return false;
        }
        clearAttributes();
        done = true;
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[256];
        int read;
        while ((read = input.read(buffer)) > 0) {
            text.append(buffer, 0, read);
        }
        finalOffset = correctOffset(text.length());
        String value = IndexValues.keyword(text.toString());
        if (value.isEmpty()) {
            return false;
        }
        termAttribute.append(value);
        offsetAttribute.setOffset(correctOffset(0), finalOffset);
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAttribute.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        done = false;
        finalOffset = 0;
    }
}
