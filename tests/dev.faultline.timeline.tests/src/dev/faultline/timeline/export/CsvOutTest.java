package dev.faultline.timeline.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * The hand-written CSV cells and times write exactly what Commons CSV (RFC 4180, {@code "\n"}
 * records) and the ISO formatter wrote before them: quotes, commas, CR/LF, leading and trailing
 * blanks, a leading {@code #}, empty and absent cells, non-ASCII and surrogates, cells longer than
 * the buffer, spans of larger strings; times across days, in both orders, and years beyond four digits.
 */
class CsvOutTest {

    private static final String[] PIECES = { "a", "host-1", ",", "\"", "\n", "\r", "\r\n", " ", "\t", "#", "!", "$", "é", "中文", "😀",
            "\ud800", "x y", "0", "-12", "=1+1", "\\", "'", ";", "\u0000", "\u007f", "\u2028" };

    @Test
    void cellsAreWrittenAsCommonsCsvWritesThem() throws Exception {
        List<List<String>> records = new ArrayList<>();
        records.add(Arrays.asList("", "", ""));
        records.add(Arrays.asList(null, "", null));
        records.add(Arrays.asList("", null, "x"));
        records.add(Arrays.asList("#comment", " lead", "trail ", "tab\t", "\"q\"", "a,b", "line\nbreak", "cr\rx", "naïve café 中文 😀"));
        records.add(Arrays.asList("x".repeat(70_000), "\"".repeat(40_000), "y,".repeat(33_000) + "\n", "é".repeat(66_000)));
        Random random = new Random(10);
        for (int r = 0; r < 2000; r++) {
            List<String> cells = new ArrayList<>();
            for (int c = random.nextInt(6) + 1; c > 0; c--) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    cells.add(null);
                } else if (kind == 1) {
                    cells.add("");
                } else {
                    StringBuilder s = new StringBuilder();
                    for (int p = random.nextInt(kind == 9 ? 60 : 6) + 1; p > 0; p--) {
                        s.append(PIECES[random.nextInt(PIECES.length)]);
                    }
                    cells.add(s.toString());
                }
            }
            records.add(cells);
        }
        assertArrayEquals(commonsCsv(records), csvOut(records));
    }

    @Test
    void spansOfALargerStringAreTheSubstringsCells() throws Exception {
        String source = "pid\u001f1,2\u001ename\u001f\"quoted\"\u001e\u001f\u001e";
        ByteArrayOutputStream spans = new ByteArrayOutputStream();
        CsvOut out = new CsvOut(spans);
        out.cell(source, 4, 7);
        out.cell(source, 13, 21);
        out.cell(source, 23, 23);
        out.cell(source, 0, 3);
        out.endRecord();
        out.cell(source, 23, 23);
        out.cell(-1234567890123L);
        out.cell(0L);
        out.cell(Long.MIN_VALUE);
        out.endRecord();
        out.flush();
        assertArrayEquals(commonsCsv(List.of(Arrays.asList("1,2", "\"quoted\"", "", "pid"),
                Arrays.asList("", "-1234567890123", "0", Long.toString(Long.MIN_VALUE)))), spans.toByteArray());
    }

    @Test
    void timesAreTheIsoFormattersInBothOrdersAndAcrossDays() {
        UtcIsoChars times = new UtcIsoChars();
        List<Long> millis = new ArrayList<>();
        Random random = new Random(7);
        long t = Instant.parse("2024-07-18T23:59:58.998Z").toEpochMilli();
        for (int i = 0; i < 5000; i++) {
            millis.add(t);
            t += random.nextInt(3) == 0 ? random.nextInt(100_000_000) : random.nextInt(2000);
        }
        List<Long> backwards = new ArrayList<>(millis);
        java.util.Collections.reverse(backwards);
        millis.addAll(backwards);
        for (int i = 0; i < 2000; i++) {
            millis.add(random.nextLong(-62_000_000_000_000L, 253_402_300_799_999L)); // years 0005 .. 9999
        }
        millis.addAll(List.of(0L, -1L, 86_399_999L, 86_400_000L, -62_167_219_200_000L, 253_402_300_799_999L));
        for (long ms : millis) {
            char[] chars = times.format(ms);
            assertEquals(IsoTimes.iso(Instant.ofEpochMilli(ms), ZoneOffset.UTC), new String(chars, 0, times.length()), "at " + ms);
        }
        assertNull(times.format(253_402_300_800_000L), "year 10000 is left to the formatter (+10000)");
        assertNull(times.format(-62_167_219_200_001L), "year -1 is left to the formatter");
    }

    private static byte[] commonsCsv(List<List<String>> records) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            for (List<String> r : records) {
                csv.printRecord(r.toArray());
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] csvOut(List<List<String>> records) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvOut out = new CsvOut(bytes);
        for (List<String> r : records) {
            for (String cell : r) {
                out.cell(cell);
            }
            out.endRecord();
        }
        out.flush();
        return bytes.toByteArray();
    }
}
