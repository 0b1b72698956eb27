package dev.faultline.bench.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/**
 * loghub's Linux_2k.log and Windows_2k.log replicated to any size: replica r of a line gets host
 * {@code host-(r mod 997)} (the Linux host name "combo" is replaced in the text, Windows lines get
 * the host prepended) and a timestamp shifted by r minutes. The line → record mapping is the
 * simplest correct one (time, host, kind log, message = raw = the line, file and line number);
 * the format parsers of dev.faultline.core.formats are not used.
 */
public final class SyntheticLog {

    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("yyyy MMM d HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter CBS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** One line of the synthetic log. */
    record Line(String text, Instant time, String host, String file, long number) {
        EvidenceRecord toRecord() {
            return new EvidenceRecord(time, null, host, "log", text, Map.of(), text, new SourceRef(file, null, number, -1, null));
        }
    }

    private final List<String> linux;
    private final List<String> windows;
    private final Instant[] linuxTimes;
    private final Instant[] windowsTimes;

    public SyntheticLog(Path data) throws IOException {
        linux = Files.readAllLines(data.resolve("loghub/Linux/Linux_2k.log"), StandardCharsets.UTF_8);
        windows = Files.readAllLines(data.resolve("loghub/Windows/Windows_2k.log"), StandardCharsets.UTF_8);
        linuxTimes = new Instant[linux.size()];
        for (int i = 0; i < linux.size(); i++) {
            String l = linux.get(i);
            linuxTimes[i] = LocalDateTime.parse("2024 " + l.substring(0, 15).replaceAll(" +", " "), SYSLOG).toInstant(ZoneOffset.UTC);
        }
        windowsTimes = new Instant[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            windowsTimes[i] = LocalDateTime.parse(windows.get(i).substring(0, 19), CBS).toInstant(ZoneOffset.UTC);
        }
    }

    /** Line {@code n} (0-based) of the synthetic log: replicas of the Linux file then the Windows file. */
    Line line(long n) {
        int block = linux.size() + windows.size();
        int replica = (int) (n / block);
        int i = (int) (n % block);
        String host = "host-" + (replica % 997);
        long shift = replica * 60L;
        if (i < linux.size()) {
            return new Line(linux.get(i).replace(" combo ", " " + host + " "), linuxTimes[i].plusSeconds(shift), host, "linux-" + replica + ".log",
                    i + 1);
        }
        int w = i - linux.size();
        return new Line(host + " " + windows.get(w), windowsTimes[w].plusSeconds(shift), host, "cbs-" + replica + ".log", w + 1);
    }

    /** Feeds lines 0 to {@code count - 1}. */
    void generate(long count, Consumer<Line> sink) {
        for (long n = 0; n < count; n++) {
            sink.accept(line(n));
        }
    }

    /** Lines 0 to {@code count - 1} as records, lazily. */
    public Iterable<EvidenceRecord> records(long count) {
        return () -> new java.util.Iterator<>() {
            private long n;

            @Override
            public boolean hasNext() {
                return n < count;
            }

            @Override
            public EvidenceRecord next() {
                return line(n++).toRecord();
            }
        };
    }
}
