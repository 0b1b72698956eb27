package dev.faultline.evtx.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import dev.faultline.evtx.EvtxJson;
import dev.faultline.evtx.EvtxReader;
import dev.faultline.evtx.EvtxRecord;

/**
 * Command-line dump used by the peer comparison and the benchmark (not the product CLI):
 * {@code EvtxDumpMain [--format xml|json|tsv|none] [--threads N] [--warmup N] [--repeat N] FILE...}.
 * {@code xml} prints each event followed by a blank line like {@code evtxexport -f xml};
 * {@code tsv} prints recordId, header timestamp, SystemTime, EventID, provider and the data
 * values as {@code key=value} fields with tabs, CR, LF and backslash escaped; {@code none}
 * decodes and renders without printing. {@code --warmup N} first reads all files N times with
 * output discarded and untimed (JIT warm-up for benchmarks), then {@code --repeat N} timed
 * passes follow. Problems go to stderr; a summary line with the record count and elapsed time
 * of the timed passes goes to stderr at the end.
 */
public final class EvtxDumpMain {

    private EvtxDumpMain() {
    }

    public static void main(String[] args) throws IOException {
        String format = "xml";
        int threads = 1;
        int repeat = 1;
        int warmup = 0;
        int first = 0;
        while (first < args.length && args[first].startsWith("--")) {
            switch (args[first]) {
                case "--format" -> format = args[++first];
                case "--threads" -> threads = Integer.parseInt(args[++first]);
                case "--repeat" -> repeat = Integer.parseInt(args[++first]);
                case "--warmup" -> warmup = Integer.parseInt(args[++first]);
                default -> {
                    System.err.println("unknown option " + args[first]);
                    System.exit(2);
                }
            }
            first++;
        }
        if (first >= args.length) {
            System.err.println("usage: EvtxDumpMain [--format xml|json|tsv|none] [--threads N] [--repeat N] FILE...");
            System.exit(2);
        }
        PrintStream err = System.err;
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        Writer discard = Writer.nullWriter();
        for (int r = 0; r < warmup; r++) {
            readAll(args, first, threads, discard, format, null);
        }
        long start = System.nanoTime();
        long records = 0;
        for (int r = 0; r < repeat; r++) {
            records += readAll(args, first, threads, out, format, err);
        }
        out.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("records=%d seconds=%.3f records_per_second=%.0f%n", records, seconds, records / seconds);
    }

    private static long readAll(String[] args, int first, int threads, Writer out, String format, PrintStream err)
            throws IOException {
        long records = 0;
        for (int i = first; i < args.length; i++) {
            Path file = Path.of(args[i]);
            Consumer<EvtxRecord> sink = record -> write(out, format, record);
            try (EvtxReader reader = EvtxReader.open(file, problem -> {
                if (err != null) {
                    err.println(file + ": " + problem);
                }
            })) {
                if (threads > 1) {
                    records += reader.readParallel(threads, sink);
                } else {
                    for (EvtxRecord record : reader) {
                        sink.accept(record);
                        records++;
                    }
                }
            }
        }
        return records;
    }

    private static void write(Writer out, String format, EvtxRecord record) {
        try {
            switch (format) {
                case "xml" -> out.write(record.xml() + "\n\n");
                case "json" -> out.write(EvtxJson.toJson(record) + "\n");
                case "tsv" -> out.write(tsv(record));
                case "none" -> {
                    // decoded and rendered only
                }
                default -> throw new IllegalArgumentException("unknown format " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tsv(EvtxRecord record) {
        StringBuilder sb = new StringBuilder();
        sb.append(Long.toUnsignedString(record.recordId())).append('\t').append(record.timestamp()).append('\t')
                .append(record.systemTime()).append('\t').append(record.eventId()).append('\t')
                .append(escape(record.provider()));
        for (Map.Entry<String, String> e : record.data().entrySet()) {
            sb.append('\t').append(escape(e.getKey())).append('=').append(escape(e.getValue()));
        }
        return sb.append('\n').toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
