package dev.faultline.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
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
 * Imports evidence files, folders and .zip archives into an investigation: each file is copied into
 * the evidence store (hashed, read-only, custody-logged), read with the format detected from its
 * content (or the one given), and its records mapped to model objects in an {@link ImportBatch}.
 * A malformed record is reported and skipped; the rest of the file is still imported.
 */
public final class EvidenceImporter {

    public static final int MAX_KEPT_REJECTIONS = 100;

    private final InvestigationFolder folder;
    private final EvidenceStore store;
    private final String user;
    private final ParseOptions options;
    private Consumer<EvidenceRecord> tap = record -> {
    };
    private boolean rereads;
    private boolean rereadsAsDetected;

    public EvidenceImporter(InvestigationFolder folder, String user) {
        this(folder, user, ParseOptions.defaults());
    }

    public EvidenceImporter(InvestigationFolder folder, String user, ParseOptions options) {
        this.folder = folder;
        this.store = new EvidenceStore(folder);
        this.user = user;
        this.options = options;
    }

    /**
     * Lets a file already in the investigation be read again when another format, zone or year is
     * given (see {@link ImportBatch#rereads()}); the caller must then apply the batch with
     * {@link ImportBatch#addTo} and index the re-read records (as {@link StreamingImport} does).
     * Off by default: such a file is reported as a duplicate.
     */
    public EvidenceImporter allowRereads() {
        this.rereads = true;
        return this;
    }

    /**
     * Like {@link #allowRereads()}, and a file read before with another format than the one detected
     * now is read again too, as detected: for the Import wizard, whose rows show the format each file
     * will be read as (the detected one unless the user chose another). A file whose detected format
     * gave no record before (and was kept as text lines) stays as it is.
     */
    public EvidenceImporter allowRereadsAsDetected() {
        this.rereads = true;
        this.rereadsAsDetected = true;
        return this;
    }

    /**
     * Hands every record read from now on, citing its evidence file's SHA-256, to {@code consumer}
     * as well (on the thread that imports), e.g. to index it in the same pass ({@link StreamingImport}).
     */
    public EvidenceImporter tapRecords(Consumer<EvidenceRecord> consumer) {
        this.tap = consumer;
        return this;
    }

    /**
     * Imports every given file, every file below a given folder and every entry of a given .zip.
     *
     * @param format a format id to use for every file, or null to detect each file's format
     * @return one report per file, in order
     * @throws CancellationException when the monitor cancelled (what was imported before stays in the batch)
     */
    public List<FileReport> importAll(List<Path> inputs, String format, ImportBatch batch, ImportMonitor monitor)
            throws IOException {
        return importWith(inputs, format == null ? null : Formats.byId(format).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + format + "'; known: " + String.join(", ", Formats.ids()))), batch, monitor);
    }

    /**
     * As {@link #importAll(List, String, ImportBatch, ImportMonitor)} with a configured parser (e.g. an
     * inventory parser with the user's column mapping), or null to detect each file's format.
     */
    public List<FileReport> importWith(List<Path> inputs, FormatParser format, ImportBatch batch, ImportMonitor monitor)
            throws IOException {
        List<Input> files = new ArrayList<>();
        List<TemporaryFolder> temporary = new ArrayList<>();
        List<FileReport> reports = new ArrayList<>();
        try {
            for (Path input : inputs) {
                expand(input, files, temporary, reports);
            }
            for (int i = 0; i < files.size(); i++) {
                if (monitor.isCanceled()) {
                    throw new CancellationException("import cancelled after " + i + " of " + files.size() + " files");
                }
                Input file = files.get(i);
                monitor.beginFile(file.name(), i, files.size());
                reports.add(importFile(file.path(), file.name(), format, batch, monitor));
            }
        } finally {
            for (TemporaryFolder dir : temporary) {
                dir.close();
            }
        }
        return reports;
    }

    private record Input(Path path, String name) {
    }

    private void expand(Path input, List<Input> files, List<TemporaryFolder> temporary, List<FileReport> reports) throws IOException {
        if (Files.isDirectory(input)) {
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder())
                        .forEach(p -> files.add(new Input(p, p.toString())));
            }
        } else if (!Files.isRegularFile(input)) {
            reports.add(new FileReport(input.toString(), null, null, 0, 0, List.of(), false, "no such file"));
        } else if (ArchiveExpander.isZip(input)) {
            TemporaryFolder expanded = new TemporaryFolder("faultline-zip-");
            temporary.add(expanded);
            Path dir = expanded.path();
            try {
                for (Path entry : new ArchiveExpander().expand(input, dir)) {
                    files.add(new Input(entry, input + "!" + dir.relativize(entry)));
                }
            } catch (IOException e) {
                reports.add(new FileReport(input.toString(), null, null, 0, 0, List.of(), false, e.getMessage()));
            }
        } else {
            files.add(new Input(input, input.toString()));
        }
    }

    /**
     * Imports one regular file. A file whose detected format yields no record at all is read again
     * as plain text lines, so nothing an analyst brings is refused.
     */
    public FileReport importFile(Path source, String name, FormatParser format, ImportBatch batch, ImportMonitor monitor)
            throws IOException {
        FormatParser parser;
        if (format != null) {
            parser = format;
        } else {
            Formats.Detection detection = Formats.detect(source);
            parser = detection.format();
            if (parser == null) {
                return new FileReport(name, null, null, 0, 0, List.of(), false, "not a format Faultline reads (binary data?)");
            }
        }
        EvidenceStore.Stored stored = store.add(source, name, user);
        Evidence evidence = stored.evidence();
        if (rereads && stored.alreadyPresent() && readDifferently(evidence, format, parser) && batch.addEvidenceHash(evidence.getSha256())) {
            return reread(stored, parser, format == null, name, batch, monitor);
        }
        if (stored.alreadyPresent() || !batch.addEvidenceHash(evidence.getSha256())) {
            return new FileReport(name, evidence.getPath(), evidence.getImporter(), 0, 0, List.of(), true, null);
        }
        batch.evidence.add(evidence);
        Parse parse = parse(stored.file(), parser, evidence, batch, name, monitor);
        if (format == null && parse.records == 0 && !parser.id().equals(TEXT)) {
            // detected, but nothing in it could be read that way: keep every line as text instead of refusing the file
            FormatParser text = Formats.byId(TEXT).orElseThrow();
            Parse asText = parse(stored.file(), text, evidence, batch, name, monitor);
            if (asText.records > 0) {
                parser = text;
                parse = asText;
            }
        }
        evidence.setImporter(parser.id());
        ReadOptions.record(options, evidence);
        store.custody().append(new CustodyLog.Entry(Instant.now(), user, "import", evidence.getPath(), evidence.getSha256(),
                evidence.getSize(), name, parser.id(), parse.records, parse.rejected));
        return parse.report(name, evidence.getPath(), parser.id(), null);
    }

    /**
     * Whether a file already in the investigation is to be read again: when a format other than
     * the one it was read with is given (a wrong guess corrected), or a zone or year other than
     * the ones it was read with.
     */
    private boolean readDifferently(Evidence evidence, FormatParser format, FormatParser parser) {
        FormatParser wanted = format != null ? format : rereadsAsDetected ? parser : null;
        boolean otherFormat = wanted != null && !wanted.id().equals(evidence.getImporter());
        return otherFormat || (ReadOptions.given(options) && !ReadOptions.same(options, evidence));
    }

    /**
     * Reads a file already in the investigation again with another format or other options: its
     * model objects and index records are replaced by the new reading (when the batch is added and
     * the index commits), and the custody log says so ("reread").
     */
    private FileReport reread(EvidenceStore.Stored stored, FormatParser parser, boolean detected, String name, ImportBatch batch,
            ImportMonitor monitor) throws IOException {
        Evidence evidence = stored.evidence();
        String before = evidence.getImporter();
        Parse parse = parse(stored.file(), parser, evidence, batch, name, monitor);
        if (detected && parse.records == 0 && !parser.id().equals(TEXT) && TEXT.equals(before)) {
            // as at its first import: the detected format reads nothing of it, so it stays read as text lines
            return new FileReport(name, evidence.getPath(), before, 0, 0, List.of(), true, null);
        }
        batch.rereads.add(new ImportBatch.Reread(evidence, parser.id(), options));
        store.custody().append(new CustodyLog.Entry(Instant.now(), user, "reread", evidence.getPath(), evidence.getSha256(),
                evidence.getSize(), name, parser.id(), parse.records, parse.rejected));
        return parse.report(name, evidence.getPath(), parser.id(), before == null ? "unread" : before);
    }

    /**
     * Reads a file already in the evidence folder into the batch under {@code evidence} (made by a
     * repair for a file whose import the model lost), with the format given or detected; a file in
     * no format Faultline reads is added without records.
     */
    FileReport adopt(Evidence evidence, Path file, FormatParser format, ImportBatch batch, ImportMonitor monitor) throws IOException {
        FormatParser parser = format != null ? format : Formats.detect(file).format();
        batch.evidence.add(evidence);
        if (parser == null) {
            return new FileReport(evidence.getPath(), evidence.getPath(), null, 0, 0, List.of(), false, null);
        }
        Parse parse = parse(file, parser, evidence, batch, evidence.getPath(), monitor);
        if (parse.records == 0 && !parser.id().equals(TEXT)) {
            FormatParser text = Formats.byId(TEXT).orElseThrow();
            Parse asText = parse(file, text, evidence, batch, evidence.getPath(), monitor);
            if (asText.records > 0) {
                parser = text;
                parse = asText;
            }
        }
        evidence.setImporter(parser.id());
        return new FileReport(evidence.getPath(), evidence.getPath(), parser.id(), parse.records, parse.rejected, List.copyOf(parse.rejections),
                false, null);
    }

    private static final String TEXT = "text";

    private static final class Parse {
        long records;
        long rejected;
        long untimed;
        final List<Rejection> rejections = new ArrayList<>();

        FileReport report(String name, String evidencePath, String format, String rereadFrom) {
            return new FileReport(name, evidencePath, format, records, rejected, List.copyOf(rejections), false, null, untimed,
                    rereadFrom);
        }
    }

    private Parse parse(Path file, FormatParser parser, Evidence evidence, ImportBatch batch, String name, ImportMonitor monitor)
            throws IOException {
        ModelMapper mapper = new ModelMapper(batch, evidence);
        String sha256 = evidence.getSha256();
        Parse result = new Parse();
        long[] counts = new long[3];
        List<Rejection> rejections = result.rejections;
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, evidence.getPath(), options, new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    if (monitor.isCanceled()) {
                        throw new CancellationException("import of " + name + " cancelled");
                    }
                    counts[0]++;
                    mapper.map(record);
                    EvidenceRecord indexed = EvidenceRecords.withSha256(record.evidence(), sha256);
                    if (indexed.timestamp() == null) {
                        counts[2]++;
                    }
                    tap.accept(indexed);
                }

                @Override
                public void reject(Rejection rejection) {
                    counts[1]++;
                    if (rejections.size() < MAX_KEPT_REJECTIONS) {
                        rejections.add(rejection);
                    }
                }
            });
        }
        result.records = counts[0];
        result.rejected = counts[1];
        result.untimed = counts[2];
        return result;
    }

    public InvestigationFolder folder() {
        return folder;
    }
}
