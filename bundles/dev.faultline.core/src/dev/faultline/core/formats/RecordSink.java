package dev.faultline.core.formats;

/** Receives what a {@link FormatParser} reads, in file order. */
public interface RecordSink {

    /** A record was read. */
    void accept(ParsedRecord record);

    /** Something could not be used; the parse goes on. */
    void reject(Rejection rejection);
}
