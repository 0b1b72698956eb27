package dev.faultline.index;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

import dev.faultline.core.evidence.SourceRef;

/**
 * Which evidence files (by SHA-256, lower case) an index commit holds the records of: recorded in
 * the commit's user data under {@value #KEY}, comma-separated, by every write; for an index written
 * before that was recorded, the hashes its records cite. An instance is the set one write of
 * {@link EvidenceIndex} starts from and changes.
 */
final class HeldEvidence {

    static final String KEY = "faultline.evidence";

    private final Set<String> held;
    private String lastCited;

    private HeldEvidence(Set<String> held) {
        this.held = held;
    }

    /** What a write starts from: nothing when it replaces every record, else what the writer's last commit holds. */
    static HeldEvidence before(IndexWriter w, IndexReader reader, boolean replaceAll) throws IOException {
        return new HeldEvidence(replaceAll ? new TreeSet<>() : new TreeSet<>(of(w.getLiveCommitData(), reader)));
    }

    /** Files the write holds (also without records), or with {@code remove} files whose records it deletes. */
    void change(IndexWriter w, Set<String> evidence, boolean remove) throws IOException {
        for (String sha : evidence) {
            if (remove) {
                w.deleteDocuments(new Term(IndexFields.SHA256, sha));
                held.remove(sha);
            } else {
                held.add(sha);
            }
        }
    }

    /** A record the write adds: its file is held. */
    void cite(SourceRef source) {
        String sha = source == null ? null : source.sha256();
        if (sha != null && !sha.equals(lastCited)) {
            held.add(sha.toLowerCase(Locale.ROOT));
            lastCited = sha;
        }
    }

    /** Puts the set into the commit's user data. */
    void into(Map<String, String> commitData) {
        commitData.put(KEY, String.join(",", held));
    }

    /** For a write that does not change which files are held: keeps the recorded set of the writer's last commit. */
    static void carry(IndexWriter w, Map<String, String> commitData) {
        for (Map.Entry<String, String> e : w.getLiveCommitData()) {
            if (e.getKey().equals(KEY)) {
                commitData.put(KEY, e.getValue());
            }
        }
    }

    /** The set of the commit a searcher reads. */
    static Set<String> of(IndexSearcher searcher) throws IOException {
        DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
        return of(reader.getIndexCommit().getUserData().entrySet(), reader);
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
