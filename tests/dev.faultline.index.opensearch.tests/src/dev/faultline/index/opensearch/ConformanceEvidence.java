package dev.faultline.index.opensearch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * The records the index bundle's search tests use, built the same simple way from the shared data's
 * real files (loghub Linux syslog, WinDbg {@code !analyze -v} outputs and one STACK_TEXT, Microsoft's
 * csagent.sys WER fragment), plus the channel-file note of the file-name test and records without a
 * time or a line (ids with duplicate suffixes).
 */
final class ConformanceEvidence {

    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("yyyy MMM d HH:mm:ss", Locale.ROOT);
    private static final Pattern SYSLOG_LINE = Pattern.compile("(\\w{3}) +(\\d{1,2}) (\\d{2}:\\d{2}:\\d{2}) (\\S+) (.*)");

    private ConformanceEvidence() {
    }

    static Path dataDir() {
        String property = System.getProperty("faultline.shared.data");
        Path dir = property != null ? Path.of(property) : Path.of("../../../shared/data");
        assumeTrue(Files.isDirectory(dir), "shared data folder absent: " + dir);
        return dir;
    }

    static List<EvidenceRecord> all(Path data) throws IOException {
        List<EvidenceRecord> all = new ArrayList<>();
        String linux = "loghub/Linux/Linux_2k.log";
        List<String> lines = Files.readAllLines(data.resolve(linux), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SYSLOG_LINE.matcher(lines.get(i));
            if (m.matches()) {
                String stamp = m.group(1) + " " + m.group(2) + " " + m.group(3);
                Instant time = LocalDateTime.parse("2005 " + stamp, SYSLOG).toInstant(ZoneOffset.UTC);
                all.add(new EvidenceRecord(time, stamp, m.group(4), "log", m.group(5), Map.of(), lines.get(i),
                        new SourceRef(linux, "a1".repeat(32), i + 1, -1, null)));
            }
        }
        try (var files = Files.list(data.resolve("windbg"))) {
            for (Path path : files.filter(p -> p.getFileName().toString().startsWith("ie_") && p.toString().endsWith(".txt")).sorted().toList()) {
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
                all.add(new EvidenceRecord(null, null, "lab-" + code.toLowerCase(Locale.ROOT), "crash",
                        "Bugcheck " + code + " in " + fields.get(EvidenceRecord.Fields.MODULE), fields, text,
                        new SourceRef("windbg/" + path.getFileName(), null, 0, 0, null)));
            }
        }
        String stack = "windbg/ie_0x50_page_fault_in_nonpaged_area.txt";
        List<String> stackFile = Files.readAllLines(data.resolve(stack), StandardCharsets.UTF_8);
        int start = stackFile.indexOf(stackFile.stream().filter(l -> l.startsWith("STACK_TEXT:")).findFirst().orElseThrow());
        for (int i = start + 1; i < stackFile.size() && !stackFile.get(i).isBlank(); i++) {
            all.add(new EvidenceRecord(null, null, "lab-50", "stack", stackFile.get(i), Map.of(), stackFile.get(i),
                    new SourceRef(stack + "#stack", "c3".repeat(32), i + 1, -1, null)));
        }
        String fragment = "windbg/ms_blog_csagent_wer_fragment.txt";
        List<String> wer = Files.readAllLines(data.resolve(fragment), StandardCharsets.UTF_8);
        for (int i = 0; i < wer.size(); i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(EvidenceRecord.Fields.EVENT_ID, "1001");
            fields.put(EvidenceRecord.Fields.PROVIDER, "Microsoft-Windows-WER-SystemErrorReporting");
            all.add(new EvidenceRecord(Instant.parse("2024-07-19T04:09:00Z").plusSeconds(i), null, "FALCON-01", "event", wer.get(i), fields,
                    wer.get(i), new SourceRef(fragment, "d4".repeat(32), i + 1, -1, null)));
        }
        String note = "Deleted C:\\Windows\\System32\\drivers\\CrowdStrike\\C-00000291-00000000-00000032.sys in Safe Mode";
        all.add(new EvidenceRecord(Instant.parse("2024-07-19T06:00:00Z"), null, "falcon-01", "timeline", note, Map.of(), null,
                new SourceRef("notes.txt", null, 1, -1, null)));
        // no line, offset or record id: ids with .2, .3 suffixes
        for (int i = 0; i < 3; i++) {
            all.add(new EvidenceRecord(null, null, "falcon-02", "note", "remediation step " + i + " csagent.sys", Map.of(), null,
                    new SourceRef("remediation.md", null, 0, -1, null)));
        }
        return all;
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
}
