package dev.faultline.core.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.faultline.core.formats.driverquery.DriverQueryParser;
import dev.faultline.core.formats.evtx.EvtxParser;
import dev.faultline.core.formats.eventlog.EventLogCsvParser;
import dev.faultline.core.formats.eventlog.EventLogXmlParser;
import dev.faultline.core.formats.inventory.InventoryCsvParser;
import dev.faultline.core.formats.syslog.JournaldJsonParser;
import dev.faultline.core.formats.syslog.SyslogParser;
import dev.faultline.core.formats.text.TextLogParser;
import dev.faultline.core.formats.timeline.PlasoJsonLineParser;
import dev.faultline.core.formats.timeline.PlasoL2tCsvParser;
import dev.faultline.core.formats.timeline.TimesketchParser;
import dev.faultline.core.formats.updates.UpdatesCsvParser;
import dev.faultline.core.formats.windbg.WinDbgAnalysisParser;

/** The registry of evidence formats: lookup by id and detection by content. */
public final class Formats {

    /** Bytes read from the start of a file for detection. */
    public static final int HEAD_SIZE = TextDecoding.HEAD_SIZE;

    /** The highest score {@link FormatParser#detect} gives: no later format can beat it, so detection stops there. */
    private static final int MAX_SCORE = 100;

    /**
     * The outcome of detection.
     *
     * @param format the best-scoring format ({@code text} when nothing else fits)
     * @param score its score, 0-100
     */
    public record Detection(FormatParser format, int score) {
    }

    /** Every format's id, in detection tie-break order (the first of equal scores wins). */
    private static final String[] IDS = {
            EvtxParser.ID,
            WinDbgAnalysisParser.ID,
            DriverQueryParser.ID,
            InventoryCsvParser.ID,
            EventLogXmlParser.ID,
            EventLogCsvParser.ID,
            SyslogParser.ID,
            JournaldJsonParser.ID,
            TimesketchParser.ID,
            PlasoL2tCsvParser.ID,
            PlasoJsonLineParser.ID,
            UpdatesCsvParser.ID,
            TextLogParser.ID };

    /**
     * The parsers, each made when first asked for: a parser's class compiles its patterns when it is
     * initialized, which a command reading one format (a one-off {@code parse} of an .evtx file) need not
     * pay for all thirteen.
     */
    private static final FormatParser[] PARSERS = new FormatParser[IDS.length];

    private Formats() {
    }

    /** Every format, in detection tie-break order (the first of equal scores wins). */
    public static List<FormatParser> all() {
        List<FormatParser> all = new ArrayList<>(IDS.length);
        for (int i = 0; i < IDS.length; i++) {
            all.add(parser(i));
        }
        return List.copyOf(all);
    }

    /** The ids of every format, e.g. for a usage message. */
    public static List<String> ids() {
        return List.of(IDS);
    }

    public static Optional<FormatParser> byId(String id) {
        for (int i = 0; i < IDS.length; i++) {
            if (IDS[i].equals(id)) {
                return Optional.of(parser(i));
            }
        }
        return Optional.empty();
    }

    private static synchronized FormatParser parser(int index) {
        FormatParser parser = PARSERS[index];
        if (parser == null) {
            parser = create(IDS[index]);
            PARSERS[index] = parser;
        }
        return parser;
    }

    private static FormatParser create(String id) {
        return switch (id) {
            case EvtxParser.ID -> new EvtxParser();
            case WinDbgAnalysisParser.ID -> new WinDbgAnalysisParser();
            case DriverQueryParser.ID -> new DriverQueryParser();
            case InventoryCsvParser.ID -> new InventoryCsvParser();
            case EventLogXmlParser.ID -> new EventLogXmlParser();
            case EventLogCsvParser.ID -> new EventLogCsvParser();
            case SyslogParser.ID -> new SyslogParser();
            case JournaldJsonParser.ID -> new JournaldJsonParser();
            case TimesketchParser.ID -> new TimesketchParser();
            case PlasoL2tCsvParser.ID -> new PlasoL2tCsvParser();
            case PlasoJsonLineParser.ID -> new PlasoJsonLineParser();
            case UpdatesCsvParser.ID -> new UpdatesCsvParser();
            case TextLogParser.ID -> new TextLogParser();
            default -> throw new IllegalArgumentException("no format " + id);
        };
    }

    /** Detects the format of a file from its first {@link #HEAD_SIZE} bytes. */
    public static Detection detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(HEAD_SIZE));
        }
    }

    /** Detects the format of a file from its first bytes. */
    public static Detection detect(byte[] head) {
        FormatParser best = byId(TextLogParser.ID).orElseThrow();
        int bestScore = 0;
        for (int i = 0; i < IDS.length && bestScore < MAX_SCORE; i++) {
            FormatParser format = parser(i);
            int score = format.detect(head);
            if (score > bestScore) {
                best = format;
                bestScore = score;
            }
        }
        return new Detection(best, bestScore);
    }

    /** Parses a file with the given format; the file name in records is {@code name}. */
    public static void parse(Path file, String name, FormatParser format, ParseOptions options, RecordSink sink) throws IOException {
        format.parse(file, name, options, sink);
    }
}
