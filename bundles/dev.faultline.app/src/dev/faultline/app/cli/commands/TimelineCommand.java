package dev.faultline.app.cli.commands;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.lucene.store.LockObtainFailedException;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.UsageException;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexDamagedException;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.QueryCheck;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.Verification;
import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.intake.EvidenceRecords;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.persistence.InvestigationFolderException;
import dev.faultline.timeline.EventCounts;
import dev.faultline.timeline.InvestigationTimelineIndex;
import dev.faultline.timeline.Lanes;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.TimelineTimes;
import dev.faultline.timeline.axis.TimeAxes;
import dev.faultline.timeline.axis.TimeAxisModel;
import dev.faultline.timeline.axis.TimeAxisRenderer;
import dev.faultline.timeline.export.ExportFormat;
import dev.faultline.timeline.export.TimelineExport;

/**
 * {@code faultline timeline --case DIR [--from T] [--to T] [--filter Q] [--zone Z] [--format F] [--out FILE]}
 * and {@code faultline timeline --case DIR --picture FILE.svg|FILE.png [--lanes L] [--from T] [--to T]}.
 * Everything on the command line is checked before the investigation or its index is opened,
 * so bad input changes nothing.
 */
public class TimelineCommand implements CliCommand {

    private static final int PICTURE_WIDTH = 1400;
    private static final int PICTURE_BUCKETS = 320;
    private static final int PICTURE_LANES = 12;

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String summary() {
        return "the merged timeline of an investigation (table, CSV, JSONL, Timesketch) or its time axis as a picture";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline timeline --case DIR [--from T] [--to T] [--filter QUERY] [--zone ZONE]
                                          [--format table|csv|jsonl|timesketch-csv|timesketch-jsonl] [--out FILE]
                       faultline timeline --case DIR --picture FILE.svg|FILE.png [--lanes host|source|kind] [--from T] [--to T]
                                          [--filter QUERY] [--zone ZONE]
                  Every timed evidence record of DIR's index (embedded, or on the OpenSearch cluster DIR uses) and every
                  timeline event of its model, merged, oldest first.
                  --from T, --to T  the time window (inclusive): 2024-07-19, 2024-07-19T04:09, 2024-07-19T04:09:30.250Z,
                                    2024-07-19T06:09+02:00; without an offset a time is in --zone
                  --filter QUERY    Search's query syntax: host: kind: source: tag: starred:true time:[..] and free text
                  --zone ZONE       zone of the times shown: UTC (default), investigation, machine, or a zone id / offset
                                    (Europe/Berlin, +02:00); display only, instants stay UTC
                  --format F        table (default), csv, jsonl, timesketch-csv, timesketch-jsonl (Timesketch's import:
                                    message, datetime, timestamp_desc, timestamp in microseconds, then every attribute)
                  --out FILE        write to FILE instead of stdout
                  --picture FILE    draw the time axis (counts per time bucket and lane, update and incident markers)
                                    to FILE.svg or FILE.png
                  --lanes L         lanes of the picture: host (default), host-group, source, kind or none
                Records without a time are not on the timeline; their number is printed on stderr.
                Exit codes: 0 ok, 1 usage, 2 bad input (unknown zone, malformed or reversed times, malformed filter,
                no investigation in DIR).""";
    }

    /** The command line, checked. */
    private record Options(String caseDir, String from, String to, String filter, String zone, ExportFormat format, String out,
            String picture, Lanes lanes) {
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        Options o = options(context, args);
        Path dir = context.resolve(o.caseDir());
        boolean investigationZone = "investigation".equalsIgnoreCase(o.zone().strip());
        ZoneId zone = null;
        if (!investigationZone) {
            try {
                zone = TimelineTimes.zone(o.zone(), null);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--zone: " + e.getMessage(), e);
            }
        }
        try {
            QueryCheck.check(o.filter());
        } catch (QuerySyntaxException e) {
            throw new BadInputException("--filter: " + e.getMessage() + System.lineSeparator() + e.pointer(), e);
        }
        InvestigationFolder folder;
        try {
            folder = InvestigationFolder.open(dir);
        } catch (InvestigationFolderException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        if (investigationZone) {
            try {
                zone = TimelineTimes.zone("investigation", folder.investigation());
            } catch (IllegalArgumentException e) {
                throw new BadInputException("the investigation's display time zone: " + e.getMessage(), e);
            }
        }
        TimelineQuery query = query(o, zone);
        try {
            sync(folder, context);
        } catch (IndexDamagedException | OpenSearchException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        try (InvestigationTimelineIndex index = InvestigationTimelineIndex.open(folder)) {
            Timeline timeline = index.timeline(folder.investigation());
            if (o.picture() != null) {
                return picture(context, o, timeline, query, zone);
            }
            return export(context, o, timeline, query, zone);
        } catch (IndexDamagedException | OpenSearchException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (QuerySyntaxException e) {
            throw new BadInputException("--filter: " + e.getMessage() + System.lineSeparator() + e.pointer(), e);
        }
    }

    private static Options options(CliContext context, List<String> args) throws UsageException, BadInputException {
        String caseDir = null;
        String from = null;
        String to = null;
        String filter = "";
        String zone = "UTC";
        String format = context.json() ? "jsonl" : "table";
        String out = null;
        String picture = null;
        String lanes = "host";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--case" -> caseDir = Args.value(args, ++i, arg);
                case "--from" -> from = Args.value(args, ++i, arg);
                case "--to" -> to = Args.value(args, ++i, arg);
                case "--filter" -> filter = Args.value(args, ++i, arg);
                case "--zone" -> zone = Args.value(args, ++i, arg);
                case "--format" -> format = Args.value(args, ++i, arg);
                case "--out" -> out = Args.value(args, ++i, arg);
                case "--picture" -> picture = Args.value(args, ++i, arg);
                case "--lanes" -> lanes = Args.value(args, ++i, arg);
                case "--json" -> format = "jsonl";
                default -> throw new UsageException(arg.startsWith("--") ? "unknown option '" + arg + "'" : "unexpected argument '" + arg + "'");
            }
        }
        if (caseDir == null) {
            throw new UsageException("--case DIR is required");
        }
        ExportFormat exportFormat;
        Lanes laneKind;
        try {
            exportFormat = ExportFormat.of(format);
            laneKind = Lanes.of(lanes);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (picture != null) {
            String lower = picture.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
                throw new UsageException("--picture takes a file name ending in .svg or .png, got '" + picture + "'");
            }
            if (out != null) {
                throw new UsageException("--picture and --out do not go together: the picture is written to the --picture file");
            }
        }
        return new Options(caseDir, from, to, filter, zone, exportFormat, out, picture, laneKind);
    }

    private static TimelineQuery query(Options o, ZoneId zone) throws BadInputException {
        Instant from;
        Instant to;
        try {
            from = o.from() == null ? null : TimelineTimes.start(o.from(), zone);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--from: " + e.getMessage(), e);
        }
        try {
            to = o.to() == null ? null : TimelineTimes.end(o.to(), zone);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--to: " + e.getMessage(), e);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadInputException("the time window is reversed: --from " + o.from() + " (" + from + ") is after --to " + o.to() + " (" + to
                    + ")");
        }
        return new TimelineQuery(o.filter(), from, to, false);
    }

    private static EvidenceIndex openIndex(InvestigationFolder folder) throws IOException {
        if (EvidenceRecords.anyReadable(folder)) {
            return EvidenceIndex.open(folder.indexDir(), () -> EvidenceRecords.of(folder), IndexProgress.NONE, Verification.OPEN);
        }
        return EvidenceIndex.open(folder.indexDir());
    }

    /**
     * Writes the model's timeline events and tags into the index (and builds a missing index) when
     * no other writer holds the investigation: a listing never waits for a writer, and writes
     * through an index it closes again, so the listing holds no write lock while it runs.
     */
    private static void sync(InvestigationFolder folder, CliContext context) throws IOException {
        Optional<InvestigationLock> free = InvestigationLock.ifFree(folder.root(), "faultline timeline (index sync)");
        if (free.isEmpty()) {
            context.err().println("note: another Faultline is writing this investigation; timeline events and tags added "
                    + "since it last saved are not shown");
            return;
        }
        try (InvestigationLock lock = free.get();
                InvestigationTimelineIndex index = InvestigationTimelineIndex.open(folder, dir -> openIndex(folder), System.getenv())) {
            index.timeline(folder.investigation()).sync();
        } catch (LockObtainFailedException e) {
            context.err().println("note: another Faultline is writing this investigation's index; timeline events and tags added "
                    + "since it last saved are not shown");
        }
    }

    private static int export(CliContext context, Options o, Timeline timeline, TimelineQuery query, ZoneId zone)
            throws IOException, QuerySyntaxException {
        long written;
        if (o.out() == null) {
            OutputStream stdout = new BufferedOutputStream(context.out(), 1 << 16);
            written = TimelineExport.write(timeline, query, o.format(), zone, stdout);
            stdout.flush();
        } else {
            Path file = context.resolve(o.out());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                written = TimelineExport.write(timeline, query, o.format(), zone, out);
            }
        }
        if (o.out() != null) { // the file is the result; say what it holds
            context.out().println(EventCounts.of(written) + " (oldest first, times in " + TimelineTimes.label(zone) + ") written to " + o.out());
        }
        long untimed = timeline.untimedCount(query);
        if (untimed > 0) { // something the user must know: these records are missing from the timeline
            context.err().println("note: " + EventCounts.of(untimed) + " without a time are not on the timeline (list them with: faultline search --case "
                    + o.caseDir() + " '" + query.untimedQueryText() + "')");
        }
        return ExitCode.OK;
    }

    private static int picture(CliContext context, Options o, Timeline timeline, TimelineQuery query, ZoneId zone)
            throws IOException, QuerySyntaxException, BadInputException {
        TimeAxisModel axis = TimeAxes.counts(timeline, query, o.lanes(), PICTURE_BUCKETS, PICTURE_LANES, zone);
        if (axis == null) {
            throw new BadInputException("nothing to draw: the investigation has no timed events and no update or incident times"
                    + " (give --from and --to to draw an empty axis)");
        }
        int height = 18 + 22 + Math.max(120, axis.lanes().size() * 30);
        Path file = context.resolve(o.picture());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            if (o.picture().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                TimeAxisRenderer.writeSvg(axis, PICTURE_WIDTH, height, out);
            } else {
                TimeAxisRenderer.writePng(axis, PICTURE_WIDTH, height, out);
            }
        }
        context.out().println("time axis of " + EventCounts.of(axis.histogram().total()) + " in " + axis.lanes().size() + (axis.lanes().size() == 1 ? " lane (" : " lanes (")
                + o.lanes().id() + ") written to " + o.picture());
        return ExitCode.OK;
    }
}
