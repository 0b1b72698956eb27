package dev.faultline.index;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/**
 * Records built from the real files of the shared data folder by the simplest line splitting
 * (the format parsers are another bundle's job): loghub syslog lines, WinDbg {@code !analyze -v}
 * summaries and their STACK_TEXT lines.
 */
final class TestEvidence {

    /** The loghub Linux log carries no year; the tests place it in 2005. */
    static final int LINUX_LOG_YEAR = 2005;

    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("yyyy MMM d HH:mm:ss", Locale.ROOT);
    private static final Pattern SYSLOG_LINE = Pattern.compile("(\\w{3}) +(\\d{1,2}) (\\d{2}:\\d{2}:\\d{2}) (\\S+) (.*)");

    private TestEvidence() {
    }

    static Path dataDir() {
        String property = System.getProperty("faultline.shared.data");
        Path dir = property != null ? Path.of(property) : Path.of("../../../shared/data");
        assumeTrue(Files.isDirectory(dir), "shared data folder absent: " + dir);
        return dir;
    }

    /** Every line of loghub's Linux_2k.log as a log record of host combo. */
    static List<EvidenceRecord> linuxLog(Path data) throws IOException {
        String file = "loghub/Linux/Linux_2k.log";
        List<String> lines = Files.readAllLines(data.resolve(file), StandardCharsets.UTF_8);
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SYSLOG_LINE.matcher(lines.get(i));
            if (!m.matches()) {
                throw new IllegalStateException(file + ":" + (i + 1) + " is not a syslog line");
            }
            String stamp = m.group(1) + " " + m.group(2) + " " + m.group(3);
            var time = LocalDateTime.parse(LINUX_LOG_YEAR + " " + stamp, SYSLOG).toInstant(ZoneOffset.UTC);
            records.add(new EvidenceRecord(time, stamp, m.group(4), "log", m.group(5), Map.of(), lines.get(i),
                    new SourceRef(file, "a1".repeat(32), i + 1, -1, null)));
        }
        return records;
    }

    /** Every line of loghub's Windows_2k.log (CBS), host win7. */
    static List<EvidenceRecord> windowsLog(Path data) throws IOException {
        String file = "loghub/Windows/Windows_2k.log";
        List<String> lines = Files.readAllLines(data.resolve(file), StandardCharsets.UTF_8);
        List<EvidenceRecord> records = new ArrayList<>();
        DateTimeFormatter cbs = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            var time = LocalDateTime.parse(line.substring(0, 19), cbs).toInstant(ZoneOffset.UTC);
            String[] rest = line.substring(20).strip().split("\\s+", 3);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(EvidenceRecord.Fields.LEVEL, rest[0]);
            fields.put("component", rest.length > 1 ? rest[1] : "");
            records.add(new EvidenceRecord(time, line.substring(0, 19), "win7", "update", rest.length > 2 ? rest[2] : line, fields,
                    line, new SourceRef(file, "b2".repeat(32), i + 1, -1, null)));
        }
        return records;
    }

    /** The WinDbg outputs with a BUGCHECK_CODE line: one crash record each, with code, module and bucket. */
    static List<EvidenceRecord> crashes(Path data) throws IOException {
        List<EvidenceRecord> records = new ArrayList<>();
        List<Path> files;
        try (var list = Files.list(data.resolve("windbg"))) {
            files = list.filter(p -> p.getFileName().toString().startsWith("ie_") && p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path path : files) {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String code = value(text, "BUGCHECK_CODE");
            if (code == null) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(EvidenceRecord.Fields.BUGCHECK, code);
            putIfPresent(fields, EvidenceRecord.Fields.MODULE, value(text, "IMAGE_NAME"));
            putIfPresent(fields, EvidenceRecord.Fields.FAILURE_BUCKET, value(text, "FAILURE_BUCKET_ID"));
            fields.put(EvidenceRecord.Fields.TAGS, "lab, windbg");
            String file = "windbg/" + path.getFileName();
            records.add(new EvidenceRecord(null, null, "lab-" + code.toLowerCase(Locale.ROOT), "crash",
                    "Bugcheck " + code + " in " + fields.get(EvidenceRecord.Fields.MODULE), fields, text,
                    new SourceRef(file, null, 0, 0, null)));
        }
        return records;
    }

    /** The STACK_TEXT lines of ie_0x50_page_fault_in_nonpaged_area.txt (lines 255-...). */
    static List<EvidenceRecord> stackLines(Path data) throws IOException {
        String file = "windbg/ie_0x50_page_fault_in_nonpaged_area.txt";
        List<String> lines = Files.readAllLines(data.resolve(file), StandardCharsets.UTF_8);
        List<EvidenceRecord> records = new ArrayList<>();
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("STACK_TEXT:")).findFirst().orElseThrow());
        for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            records.add(new EvidenceRecord(null, null, "lab-50", "stack", lines.get(i), Map.of(), lines.get(i),
                    new SourceRef(file + "#stack", "c3".repeat(32), i + 1, -1, null)));
        }
        return records;
    }

    /** Microsoft's published csagent.sys WER fragment, one record per line, host falcon-01, event id 1001. */
    static List<EvidenceRecord> csagentFragment(Path data) throws IOException {
        String file = "windbg/ms_blog_csagent_wer_fragment.txt";
        List<String> lines = Files.readAllLines(data.resolve(file), StandardCharsets.UTF_8);
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(EvidenceRecord.Fields.EVENT_ID, "1001");
            fields.put(EvidenceRecord.Fields.PROVIDER, "Microsoft-Windows-WER-SystemErrorReporting");
            records.add(new EvidenceRecord(java.time.Instant.parse("2024-07-19T04:09:00Z").plusSeconds(i), null, "FALCON-01", "event",
                    lines.get(i), fields, lines.get(i), new SourceRef(file, "d4".repeat(32), i + 1, -1, null)));
        }
        return records;
    }

    private static void putIfPresent(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }

    private static String value(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s*(\\S.*?)\\s*$").matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static List<EvidenceRecord> all(Path data) throws IOException {
        List<EvidenceRecord> all = new ArrayList<>();
        all.addAll(linuxLog(data));
        all.addAll(crashes(data));
        all.addAll(stackLines(data));
        all.addAll(csagentFragment(data));
        return all;
    }
}
