package dev.faultline.index;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Which evidence files (by SHA-256, lower case) an index commit holds the records of: recorded in
 * the commit's user data under {@value #KEY}, comma-separated, by every write; for an index written
 * before that was recorded, the hashes its records cite.
 */
final class HeldEvidence {

    static final String KEY = "faultline.evidence";

    private HeldEvidence() {
    }

    /** The recorded set of a commit's user data, or the hashes {@code reader}'s records cite when none is recorded. */
    static Set<String> of(Iterable<Map.Entry<String, String>> commitData, IndexReader reader) throws IOException {
        for (Map.Entry<String, String> e : commitData) {
            if (e.getKey().equals(KEY)) {
                return parse(e.getValue());
            }
        }
        return cited(reader);
    }

    static Set<String> parse(String recorded) {
        Set<String> held = new TreeSet<>();
        for (String sha : recorded.split(",")) {
            if (!sha.isBlank()) {
                held.add(sha.strip().toLowerCase(Locale.ROOT));
            }
        }
        return held;
    }

    static String format(Set<String> held) {
        return String.join(",", held);
    }

    /** The hashes the records of {@code reader} cite. */
    static Set<String> cited(IndexReader reader) throws IOException {
        Set<String> cited = new TreeSet<>();
        Terms terms = MultiTerms.getTerms(reader, IndexFields.SHA256);
        if (terms != null) {
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                cited.add(term.utf8ToString());
            }
        }
        return cited;
    }
}
