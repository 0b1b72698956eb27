package dev.faultline.intake;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import dev.faultline.core.evidence.EvidenceRecord;

/**
 * An import that reads every file once: the importer copies, parses and maps the files on a
 * reader thread while the calling thread consumes the same records (adds them to the search
 * index), with a small bounded queue between the two ({@link RecordPipe}). Memory does not grow
 * with the files, and both cores work. A failure on either side ends both: the other side
 * stops, nothing waits for ever.
 */
public final class StreamingImport {

    /** The import, run on the reader thread with the importer tapped into the pipe. */
    @FunctionalInterface
    public interface Work {
        List<FileReport> run(EvidenceImporter tapped) throws IOException;
    }

    /** What consumes the records on the calling thread, e.g. {@code records -> index.add(records, progress)}. */
    @FunctionalInterface
    public interface Consumer<T> {
        T consume(Stream<EvidenceRecord> records) throws IOException;
    }

    /** The reports of the import and what the consumer returned. */
    public record Result<T>(List<FileReport> reports, T consumed) {
    }

    private StreamingImport() {
    }

    /**
     * Runs {@code work} with {@code importer} on a reader thread and {@code consumer} on this one.
     * When this returns, the reader has ended and the batch it filled is complete; when it throws,
     * the reader has ended too (the consumer's failure first, else the reader's).
     *
     * @throws java.io.UncheckedIOException when reading or copying a file failed
     * @throws CancellationException when the import's monitor cancelled
     * @throws EvidenceReadException when the reader failed for another reason than I/O (out of memory ...)
     */
    public static <T> Result<T> run(EvidenceImporter importer, Work work, Consumer<T> consumer) throws IOException {
        @SuppressWarnings("unchecked")
        List<FileReport>[] reports = new List[1];
        T consumed;
        try (Stream<EvidenceRecord> records = RecordPipe.start("import", out -> reports[0] = work.run(importer.tapRecords(out::accept)))) {
            consumed = consumer.consume(records);
        } finally {
            importer.tapRecords(r -> {
            });
        }
        // closing the stream waited for the reader: its reports are visible here
        if (reports[0] == null) {
            throw new IllegalStateException("the records' consumer returned before the import had ended");
        }
        return new Result<>(reports[0], consumed);
    }
}
