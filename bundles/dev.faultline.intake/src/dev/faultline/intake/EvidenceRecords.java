package dev.faultline.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.Formats;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.model.Evidence;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Every record of an investigation's evidence, read again from the evidence files (so the search
 * index can always be rebuilt from the evidence), each citing its file, line or offset and SHA-256.
 * Streams: a reader thread parses one file at a time into a small queue.
 */
public final class EvidenceRecords {

    private static final int QUEUE = 4096;

    private EvidenceRecords() {
    }

    /** {@link #of(InvestigationFolder)} of the investigation in {@code dir}. */
    public static Stream<EvidenceRecord> ofFolder(Path dir) {
        try {
            return of(InvestigationFolder.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any evidence of the folder is read by a format of this Faultline, i.e. has records for the index. */
    public static boolean anyReadable(InvestigationFolder folder) {
        return folder.investigation().getEvidence().stream().anyMatch(EvidenceRecords::readable);
    }

    private static boolean readable(Evidence e) {
        return e.getImporter() != null && Formats.byId(e.getImporter()).isPresent();
    }

    /**
     * A new stream of all records of the folder's evidence; close it to stop reading early. Evidence
     * not read by a format of this Faultline (e.g. the sample's source list) has no records.
     */
    public static Stream<EvidenceRecord> of(InvestigationFolder folder) {
        List<Evidence> evidence = List.copyOf(folder.investigation().getEvidence());
        return evidence.stream().filter(EvidenceRecords::readable).flatMap(e -> {
            try {
                return of(folder.evidenceFile(e), e.getPath(), e.getSha256(), Formats.byId(e.getImporter()).orElseThrow());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    /** The records of one file read with one format. */
    public static Stream<EvidenceRecord> of(Path file, String name, String sha256, FormatParser parser) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        Object end = new Object();
        Thread reader = Thread.ofPlatform().daemon().name("faultline-evidence-reader " + name).start(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                parser.parse(in, name, ParseOptions.defaults(), new RecordSink() {
                    @Override
                    public void accept(ParsedRecord record) {
                        EvidenceRecord r = record.evidence();
                        put(queue, new EvidenceRecord(r.timestamp(), r.timestampText(), r.host(), r.kind(), r.message(),
                                r.fields(), r.rawText(), r.source().withSha256(sha256)));
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        // rejected records were reported at import; they are not searchable
                    }
                });
                put(queue, end);
            } catch (IOException e) {
                put(queue, new UncheckedIOException(name + ": " + e.getMessage(), e));
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof InterruptedException)) {
                    put(queue, e);
                }
            }
        });
        Iterator<EvidenceRecord> iterator = new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        reader.interrupt();
                        return false;
                    }
                }
                if (next instanceof RuntimeException failure) {
                    next = end;
                    throw failure;
                }
                return next != end;
            }

            @Override
            public EvidenceRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                EvidenceRecord record = (EvidenceRecord) next;
                next = null;
                return record;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(reader::interrupt);
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading stopped", e);
        }
    }
}
