package dev.faultline.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.Formats;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.ParsedRecord;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;

/**
 * Parser throughput on one thread, for {@code releng/bench/suites/parse.sh}.
 * <ul>
 * <li>{@code files FORMAT WARMUP_S SECONDS FILE...}: the files are read into memory once, then
 * parsed round-robin for WARMUP_S seconds untimed and SECONDS seconds timed; prints
 * {@code files=N records=R seconds=S}.</li>
 * <li>{@code stream FORMAT PASSES FILE}: parses the file from disk (streaming) once untimed and
 * PASSES times timed (PASSES 0: once, with no untimed pass, for timing the whole process from
 * outside); prints {@code records=R rejected=J bytes=B seconds=S}.</li>
 * </ul>
 * Every record's generic {@code evidence()} is built, as an importer would. {@code cpu} is the
 * measuring thread's CPU time: on a loaded machine it, not the wall clock, says what one core does.
 */
public final class ParseBench {

    private static final class Counter implements RecordSink {
        long records;
        long rejected;
        long checksum;

        @Override
        public void accept(ParsedRecord record) {
            records++;
            checksum += record.evidence().message().length();
        }

        @Override
        public void reject(Rejection rejection) {
            rejected++;
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ParseBench() {
    }

    public static void main(String[] args) throws IOException {
        FormatParser format = Formats.byId(args[1]).orElseThrow(() -> new IllegalArgumentException("unknown format " + args[1]));
        ParseOptions options = ParseOptions.defaults();
        if (args[0].equals("files")) {
            double warmup = Double.parseDouble(args[2]);
            double seconds = Double.parseDouble(args[3]);
            List<byte[]> files = new ArrayList<>();
            for (int i = 4; i < args.length; i++) {
                files.add(Files.readAllBytes(Path.of(args[i])));
            }
            cycle(format, options, files, warmup);
            Counter counter = new Counter();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long parsed = 0;
            long deadline = start + (long) (seconds * 1e9);
            while (System.nanoTime() < deadline) {
                for (byte[] file : files) {
                    format.parse(new ByteArrayInputStream(file), "bench", options, counter);
                    parsed++;
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("files=%d records=%d rejected=%d seconds=%.3f cpu=%.3f checksum=%d%n", parsed, counter.records,
                    counter.rejected, elapsed, cpu, counter.checksum);
        } else {
            int passes = Integer.parseInt(args[2]);
            Path file = Path.of(args[3]);
            if (passes == 0) {
                passes = 1; // "0": one pass and no untimed one, for timing the whole process from outside
            } else {
                stream(format, options, file, new Counter());
            }
            Counter counter = new Counter();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int p = 0; p < passes; p++) {
                stream(format, options, file, counter);
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("records=%d rejected=%d bytes=%d seconds=%.3f cpu=%.3f checksum=%d%n", counter.records, counter.rejected,
                    Files.size(file) * passes, elapsed, cpu, counter.checksum);
        }
    }

    private static void cycle(FormatParser format, ParseOptions options, List<byte[]> files, double seconds) throws IOException {
        Counter counter = new Counter();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (byte[] file : files) {
                format.parse(new ByteArrayInputStream(file), "warmup", options, counter);
            }
        }
    }

    private static void stream(FormatParser format, ParseOptions options, Path file, Counter counter) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            format.parse(in, file.getFileName().toString(), options, counter);
        }
    }
}
