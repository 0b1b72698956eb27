package dev.faultline.core.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One evidence format: how to recognise it from the first bytes of a file, and how to read it.
 * Implementations are stateless and thread-safe; {@link Formats} holds one instance of each.
 */
public interface FormatParser {

    /** Stable id used on the command line ({@code --format}) and in JSON, e.g. {@code windbg}. */
    String id();

    /** One line for humans, e.g. {@code WinDbg !analyze -v text}. */
    String description();

    /**
     * How sure this format is that a file starting with {@code head} is its own: 0 = not at all,
     * 100 = certain. Decided from content only, never from a file name.
     *
     * @param head the first bytes of the file (up to {@link Formats#HEAD_SIZE}), possibly cut in
     *            the middle of a line or a character
     */
    int detect(byte[] head);

    /**
     * Reads the whole stream and hands every record and every rejection to {@code sink}, in file
     * order. Streams: memory use does not grow with the size of the input. A malformed record is
     * rejected and reading goes on; only I/O failures end the parse with an exception.
     *
     * @param in the file's bytes; not closed by this method
     * @param file the name records cite in their {@link dev.faultline.core.evidence.SourceRef}
     */
    void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException;

    /**
     * Reads a file, like {@link #parse(InputStream, String, ParseOptions, RecordSink)} over its bytes. A
     * format read by offset (EVTX) reads the file in place instead of first copying the stream.
     *
     * @param name the name records cite in their {@link dev.faultline.core.evidence.SourceRef}
     */
    default void parse(Path file, String name, ParseOptions options, RecordSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            parse(in, name, options, sink);
        }
    }
}
