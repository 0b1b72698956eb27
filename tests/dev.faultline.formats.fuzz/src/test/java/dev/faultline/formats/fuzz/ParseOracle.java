package dev.faultline.formats.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.LineReader;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordJson;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.RecordText;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.TextDecoding;

/**
 * What every parse of any bytes must satisfy. A parser hands records and rejections to its sink and
 * returns; any exception it throws on an in-memory stream (which never fails to read) is a finding.
 * Beyond that: every record renders as JSON and as text, every record and rejection cites the file
 * and a line that exists in the input (or an offset inside it), and a file with any non-blank line
 * gets at least one record or one rejection — nothing is dropped without a word.
 */
final class ParseOracle {

    /** The file name records must cite. */
    static final String FILE = "fuzzed.input";

    /**
     * Options that reach more code on small inputs: lines longer than 120 characters are cut (the
     * shortest limit allowed is 80), a year for yearless syslog stamps, a zone with DST gaps.
     */
    static final ParseOptions OPTIONS = new ParseOptions(ZoneId.of("Europe/Berlin"), 2024, 120);

    /** What one parse produced. */
    record Outcome(List<ParsedRecord> records, List<Rejection> rejections, TextShape shape) {

        int total() {
            return records.size() + rejections.size();
        }

        /** Rejections for lines cut at the length limit. */
        long truncations() {
            return rejections.stream().filter(r -> r.reason().contains("is longer than the limit of")).count();
        }
    }

    /**
     * The input as the parsers' own line reader sees it.
     *
     * @param text whether the bytes were accepted as text at all
     * @param lines number of lines
     * @param nonBlankLines lines with something other than white space in what is read of them
     * @param cutLines lines longer than the limit
     * @param cutBlankLines lines longer than the limit of which only white space is read
     */
    record TextShape(boolean text, long lines, long nonBlankLines, long cutLines, long cutBlankLines) {
    }

    private ParseOracle() {
    }

    /** Parses {@code input} with {@link #OPTIONS} and checks what holds for every format. */
    static Outcome parse(FormatParser parser, byte[] input) {
        return parse(parser, input, OPTIONS);
    }

    static Outcome parse(FormatParser parser, byte[] input, ParseOptions options) {
        List<ParsedRecord> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try {
            parser.parse(new ByteArrayInputStream(input), FILE, options, new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    records.add(record);
                }

                @Override
                public void reject(Rejection rejection) {
                    rejections.add(rejection);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory stream cannot fail to read; the parser threw instead of rejecting", e);
        }
        TextShape shape = shape(input, options.maxLineLength());
        Outcome outcome = new Outcome(records, rejections, shape);
        for (ParsedRecord record : records) {
            checkRecord(record, input, shape);
        }
        for (Rejection rejection : rejections) {
            checkRejection(rejection, input, shape);
        }
        if (shape.nonBlankLines() + shape.cutLines() > 0 || !shape.text()) {
            assertTrue(outcome.total() > 0, "a file with content gives at least one record or one rejection");
        }
        if (!shape.text()) {
            assertEquals(List.of(), records, "a file refused as binary gives no records");
            assertEquals(1, rejections.size(), "a file refused as binary is rejected once: " + rejections);
        }
        return outcome;
    }

    private static void checkRecord(ParsedRecord record, byte[] input, TextShape shape) {
        assertNotNull(record, "record");
        EvidenceRecord evidence = record.evidence();
        assertNotNull(evidence, "evidence");
        assertNotNull(evidence.kind(), "kind");
        assertNotNull(evidence.message(), "message");
        assertNotNull(evidence.fields(), "fields");
        checkSource(record.source(), input, shape, "record");
        assertEquals(record.source().line(), evidence.source().line(), "the record and its evidence cite the same line");
        Map<String, Object> json = record.toJson();
        assertTrue(json.containsKey("source"), "parse --json always has source");
        String line = RecordJson.toLine(record);
        assertTrue(line.startsWith("{") && line.endsWith("}") && line.indexOf('\n') < 0, "one JSON object on one line");
        String text = RecordText.toLine(record);
        assertTrue(text.startsWith(FILE) && text.indexOf('\n') < 0 && text.indexOf('\r') < 0, "one text line citing the file: " + text);
    }

    private static void checkRejection(Rejection rejection, byte[] input, TextShape shape) {
        assertNotNull(rejection.reason(), "reason");
        assertFalse(rejection.reason().isBlank(), "a rejection says why");
        checkSource(rejection.where(), input, shape, "rejection '" + rejection.reason() + "'");
        assertTrue(rejection.toString().startsWith(FILE), rejection.toString());
    }

    private static void checkSource(SourceRef source, byte[] input, TextShape shape, String what) {
        assertNotNull(source, what + " has a source");
        assertEquals(FILE, source.file(), what + " cites the file it came from");
        if (source.line() > 0) {
            assertTrue(source.line() <= Math.max(1, shape.lines()),
                    what + " cites line " + source.line() + " of an input of " + shape.lines() + " lines");
        } else {
            assertEquals(0, source.line(), what + " has no negative line");
            assertTrue(source.offset() >= 0 && source.offset() <= input.length,
                    what + " cites offset " + source.offset() + " of " + input.length + " bytes");
        }
    }

    /** Counts lines the way the parsers read them (same decoding, same line reader). */
    static TextShape shape(byte[] input, int maxLineLength) {
        try {
            TextDecoding.Opened opened = TextDecoding.open(new ByteArrayInputStream(input));
            if (!opened.sniffed().isText()) {
                return new TextShape(false, 0, 0, 0, 0);
            }
            LineReader lines = new LineReader(opened.reader(), maxLineLength);
            long nonBlank = 0;
            long cut = 0;
            long cutBlank = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                if (lines.truncated()) {
                    cut++;
                }
                if (!line.isBlank()) {
                    nonBlank++;
                } else if (lines.truncated()) {
                    cutBlank++;
                }
            }
            return new TextShape(true, lines.lineNumber(), nonBlank, cut, cutBlank);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that records (and, when {@code strictly}, distinct ones) come in increasing line order. */
    static void assertRecordsInFileOrder(Outcome outcome, boolean strictly) {
        long last = 0;
        for (ParsedRecord record : outcome.records()) {
            long line = record.source().line();
            assertTrue(strictly ? line > last : line >= last, "records in file order: line " + line + " after line " + last);
            last = line;
        }
    }

    /**
     * For formats with one record per line: every non-blank line gives exactly one record or one
     * rejection. A line cut at the limit gives one rejection for the cut and, when
     * {@code cutLinesAreStillRead}, one outcome for what was read of it (if not blank); otherwise
     * only the rejection.
     */
    static void assertEveryLineAccountedFor(Outcome outcome, boolean cutLinesAreStillRead) {
        TextShape shape = outcome.shape();
        if (!shape.text()) {
            return;
        }
        long expected = cutLinesAreStillRead
                ? shape.nonBlankLines() + shape.cutLines()
                : shape.nonBlankLines() + shape.cutBlankLines();
        assertEquals(expected, outcome.total(), "one outcome per non-blank line: " + outcome.shape() + ", "
                + outcome.records().size() + " records, rejections " + outcome.rejections());
    }
}
