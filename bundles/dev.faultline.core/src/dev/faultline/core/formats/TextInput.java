package dev.faultline.core.formats;

import java.io.IOException;
import java.io.InputStream;

import dev.faultline.core.evidence.SourceRef;

/** Opens a stream as lines, rejecting empty and binary files with their reason. */
public final class TextInput {

    private TextInput() {
    }

    /**
     * The stream's lines, or {@code null} after rejecting the whole file (empty, binary) through
     * {@code sink}.
     */
    public static LineReader lines(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        TextDecoding.Opened opened = TextDecoding.open(in);
        if (!opened.sniffed().isText()) {
            sink.reject(new Rejection(SourceRef.offset(file, Math.max(0, opened.sniffed().refusalOffset()), null),
                    opened.sniffed().refusal()));
            return null;
        }
        return new LineReader(opened.reader(), options.maxLineLength());
    }

    /** Rejects the line last read when it was cut; returns whether it was. */
    public static boolean reportTruncation(LineReader lines, String file, RecordSink sink) {
        if (lines.truncated()) {
            sink.reject(new Rejection(SourceRef.line(file, lines.lineNumber()), lines.truncationReason()));
            return true;
        }
        return false;
    }
}
