package dev.faultline.analysis;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;

/**
 * A place in the evidence a proposal or a finding rests on.
 *
 * @param file the evidence file as recorded (relative to {@code evidence/})
 * @param sha256 its SHA-256, or {@code null} when unknown
 * @param line the 1-based line, or 0 when the place is not a line
 */
public record Citation(String file, String sha256, long line) {

    /** The citation of a place the index read a record from, or {@code null}. */
    public static Citation of(SourceRef source) {
        if (source == null || source.file() == null) {
            return null;
        }
        return new Citation(source.file(), source.sha256(), Math.max(0, source.line()));
    }

    /** The citation of a model fact's evidence reference, or {@code null} when it names no evidence. */
    public static Citation of(EvidenceRef ref) {
        Evidence evidence = ref.getEvidence();
        if (evidence == null) {
            return null;
        }
        String file = evidence.getPath() != null ? evidence.getPath() : evidence.getOriginalName();
        return new Citation(file, evidence.getSha256(), ref.getLine() == null ? 0 : ref.getLine());
    }

    /** {@code file:line} (or the file alone). */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
