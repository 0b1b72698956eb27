package dev.faultline.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
 * Streams: a reader thread parses one file at a time into a small queue ({@link RecordPipe}).
 */
public final class EvidenceRecords {

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
     * A new stream of all records of the folder's evidence, file after file, read on one reader
     * thread (memory does not grow with the evidence); close it to stop reading early. Evidence
     * not read by a format of this Faultline (e.g. the sample's source list) has no records.
     */
    public static Stream<EvidenceRecord> of(InvestigationFolder folder) {
        List<Evidence> evidence = folder.investigation().getEvidence().stream().filter(EvidenceRecords::readable).toList();
        return RecordPipe.start(folder.root().getFileName() + " evidence", out -> {
            for (Evidence e : evidence) {
                read(folder.evidenceFile(e), e.getPath(), e.getSha256(), Formats.byId(e.getImporter()).orElseThrow(), ReadOptions.of(e),
                        out);
            }
        });
    }

    /** The records of one file read with one format (UTC, no assumed year), on a reader thread. */
    public static Stream<EvidenceRecord> of(Path file, String name, String sha256, FormatParser parser) {
        return of(file, name, sha256, parser, ParseOptions.defaults());
    }

    /** The records of one file read with one format and options (see {@link ReadOptions#of}), on a reader thread. */
    public static Stream<EvidenceRecord> of(Path file, String name, String sha256, FormatParser parser, ParseOptions options) {
        return RecordPipe.start(name, out -> read(file, name, sha256, parser, options, out));
    }

    private static void read(Path file, String name, String sha256, FormatParser parser, ParseOptions options,
            Consumer<EvidenceRecord> out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, name, options, new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    out.accept(withSha256(record.evidence(), sha256));
                }

                @Override
                public void reject(Rejection rejection) {
                    // rejected records were reported at import; they are not searchable
                }
            });
        }
    }

    /** The record citing its evidence file's SHA-256 (parsers know only the file's name). */
    static EvidenceRecord withSha256(EvidenceRecord r, String sha256) {
        return new EvidenceRecord(r.timestamp(), r.timestampText(), r.host(), r.kind(), r.message(), r.fields(), r.rawText(),
                r.source().withSha256(sha256));
    }
}
