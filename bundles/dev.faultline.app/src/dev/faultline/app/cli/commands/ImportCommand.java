package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.NewInvestigationFolder;
import dev.faultline.app.cli.OpenSearchIndexing;
import dev.faultline.app.cli.TimeOptions;
import dev.faultline.app.cli.UsageException;
import dev.faultline.app.cli.WriterLock;
import dev.faultline.core.formats.Formats;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.Rejection;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.intake.EvidenceImporter;
import dev.faultline.intake.FileReport;
import dev.faultline.intake.ImportBatch;
import dev.faultline.intake.ImportMonitor;
import dev.faultline.intake.InvestigationIndex;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.intake.StreamingImport;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.persistence.InvestigationFolderException;

/**
 * {@code faultline import --case DIR [--format F] FILE|FOLDER|ZIP...}: copies evidence into an
 * investigation (created when missing), reads it into model objects, adds its records to the search
 * index and saves. Prints one summary line per file; exit 2 when a record or file was rejected.
 */
public class ImportCommand implements CliCommand {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import evidence files, folders or .zip archives into an investigation";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline [--json] import --case DIR [--format F] [--zone ZONE] [--year YYYY] [--wait SECONDS] FILE|FOLDER|ZIP...
                  Copies each file into DIR/evidence (SHA-256, read-only, custody log), reads it with the
                  format detected from its content (or F for every file), adds what it finds to the
                  investigation in DIR (created when missing) and its records to DIR/index, and saves.
                  Each file is read once, in memory that does not grow with its size.
                  The same bytes imported again are recognised and skipped, unless another format F, zone or
                  year is given: then the file is read again and its records replace those of the earlier
                  reading in the investigation and the index (custody log: "reread").
                  Prints per file: format, records, rejected (--json: one object per file with keys
                  file, evidence, format, records, rejected, duplicate, error, rejections), and on stderr how
                  many records have no time (e.g. RFC 3164 syslog without --year).
                  Exit 2 when any record or file was rejected; the good records are imported anyway.
                  DIR must be an investigation folder, or a new or empty folder.
                """ + TimeOptions.USAGE + "\n  " + WriterLock.USAGE + "\n  Formats: " + String.join(", ", Formats.ids());
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        String caseDir = null;
        String format = null;
        ParseOptions options = ParseOptions.defaults();
        Duration wait = Duration.ofSeconds(WriterLock.DEFAULT_WAIT_SECONDS);
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--case" -> caseDir = Args.value(args, ++i, "--case");
                case "--format" -> format = Args.value(args, ++i, "--format");
                case "--zone" -> options = TimeOptions.zone(options, Args.value(args, ++i, arg));
                case "--year" -> options = TimeOptions.year(options, Args.value(args, ++i, arg));
                case "--wait" -> wait = WriterLock.waitOption(Args.value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    inputs.add(context.resolve(arg));
                }
            }
        }
        if (caseDir == null) {
            throw new UsageException("--case DIR is required");
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no files to import");
        }
        if (format != null && Formats.byId(format).isEmpty()) {
            throw new UsageException("unknown format '" + format + "'; known: " + String.join(", ", Formats.ids()));
        }
        NewInvestigationFolder target = NewInvestigationFolder.prepare(context.resolve(caseDir), true);
        List<FileReport> reports;
        boolean done = false;
        boolean created = false;
        InvestigationLock lock = WriterLock.acquire(context, target.dir(), "faultline import", wait);
        try (lock) {
            // decided under the lock: another import may have just created the investigation
            created = !Files.isRegularFile(target.dir().resolve(InvestigationFolder.MODEL_FILE));
            InvestigationFolder folder = openOrCreate(target.dir(), created);
            WriterLock.repairIfStale(context, lock, folder);
            ImportBatch batch = new ImportBatch(folder.investigation());
            EvidenceImporter importer = new EvidenceImporter(folder, System.getProperty("user.name", "unknown"), options).allowRereads();
            // the index first: a process killed after it never leaves the model listing evidence the index lacks
            reports = importAndIndex(OpenSearchIndexing.opening(context, target.dir()), folder, importer, inputs, format, batch);
            batch.addTo(folder.investigation());
            folder.save();
            done = true;
        } catch (OpenSearchException e) {
            throw OpenSearchIndexing.stopped("import", target.dir(), e);
        } finally {
            if (!done && created) {
                target.undo();
            }
        }
        boolean rejected = false;
        for (FileReport report : reports) {
            rejected |= !report.ok();
            print(context, report);
        }
        return rejected ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    private static InvestigationFolder openOrCreate(Path dir, boolean create) throws BadInputException, IOException {
        try {
            return create ? InvestigationFolder.create(dir) : InvestigationFolder.open(dir);
        } catch (InvestigationFolderException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * Reads each file once: the records are mapped to model objects on a reader thread and added to
     * the index on this one; the index commits once, at the end. The index ({@code DIR/index} or the
     * investigation's OpenSearch index) is first made to agree with the model ({@link InvestigationIndex}:
     * built from the evidence when missing or damaged, evidence a killed import left unindexed indexed).
     */
    private static List<FileReport> importAndIndex(InvestigationIndex.Opening opening, InvestigationFolder folder, EvidenceImporter importer,
            List<Path> inputs, String format, ImportBatch batch) throws IOException {
        try (EvidenceSearch index = opening.open(folder, List.of(), IndexProgress.NONE)) {
            List<FileReport> reports = StreamingImport.run(importer, tapped -> tapped.importAll(inputs, format, batch, ImportMonitor.NONE),
                    records -> index.add(records, IndexProgress.NONE)).reports();
            InvestigationIndex.hold(index, batch.evidence());
            InvestigationIndex.dropEarlierRecordsOfEmptyRereads(index, batch, reports);
            return reports;
        }
    }

    /** On stderr: how many records of the file have no time, and how to give them one. */
    private static void untimedNote(CliContext context, FileReport r) {
        if (r.untimed() == 0) {
            return;
        }
        boolean all = r.untimed() == r.records();
        context.err().printf("%s: %s%d of %d records have no time (their timestamps lack a year or are missing), so time: ranges and"
                + " the timeline do not see them; if the year is missing, import the file again with --year YYYY (and --zone ZONE"
                + " if its clock was not UTC)%n", r.file(), all ? "all " : "", r.untimed(), r.records());
    }

    private static void print(CliContext context, FileReport r) {
        if (context.json()) {
            JsonLine.object().put("file", r.file()).put("evidence", r.evidencePath()).put("format", r.format())
                    .put("records", r.records()).put("rejected", r.rejected()).put("duplicate", r.duplicate())
                    .put("error", r.error()).put("rejections", r.rejections().stream().map(Rejection::toString).toList())
                    .println(context.out());
            untimedNote(context, r);
            return;
        }
        if (r.error() != null) {
            context.out().printf("%s: not imported: %s%n", r.file(), r.error());
        } else if (r.duplicate()) {
            context.out().printf("%s: already in the investigation as %s (give another --format, --zone or --year to read it again)%n",
                    r.file(), r.evidencePath());
        } else {
            context.out().printf("%s: format %s, %d records, %d rejected%s%n", r.file(), r.format(), r.records(), r.rejected(),
                    r.rereadFrom() == null ? "" : " (read again; replaces its reading as " + r.rereadFrom() + ")");
        }
        untimedNote(context, r);
        for (Rejection rejection : r.rejections()) {
            context.err().println(rejection);
        }
        if (r.rejected() > r.rejections().size()) {
            context.err().printf("%s: ... and %d more rejected records%n", r.file(), r.rejected() - r.rejections().size());
        }
    }
}
