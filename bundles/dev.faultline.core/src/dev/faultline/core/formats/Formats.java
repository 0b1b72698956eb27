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

    /**
     * The outcome of detection.
     *
     * @param format the best-scoring format ({@code text} when nothing else fits)
     * @param score its score, 0-100
     */
    public record Detection(FormatParser format, int score) {
    }

    private static final List<FormatParser> ALL = List.of(
            new EvtxParser(),
            new WinDbgAnalysisParser(),
            new DriverQueryParser(),
            new InventoryCsvParser(),
            new EventLogXmlParser(),
            new EventLogCsvParser(),
            new SyslogParser(),
            new JournaldJsonParser(),
            new TimesketchParser(),
            new PlasoL2tCsvParser(),
            new PlasoJsonLineParser(),
            new UpdatesCsvParser(),
            new TextLogParser());

    private Formats() {
    }

    /** Every format, in detection tie-break order (the first of equal scores wins). */
    public static List<FormatParser> all() {
        return ALL;
    }

    /** The ids of every format, e.g. for a usage message. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (FormatParser format : ALL) {
            ids.add(format.id());
        }
        return ids;
    }

    public static Optional<FormatParser> byId(String id) {
        for (FormatParser format : ALL) {
            if (format.id().equals(id)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
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
        for (FormatParser format : ALL) {
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
