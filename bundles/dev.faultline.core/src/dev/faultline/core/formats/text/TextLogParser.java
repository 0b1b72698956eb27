package dev.faultline.core.formats.text;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.LineReader;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.TextDecoding;
import dev.faultline.core.formats.TextInput;
import dev.faultline.core.formats.Timestamps;
import dev.faultline.core.formats.eventlog.EventMapping;
import dev.faultline.core.formats.eventlog.EventMeaning;

/**
 * Any other text log, one record per non-blank line with the raw line kept, so nothing an analyst
 * brings is refused. A timestamp at the start of the line (optionally in {@code [ ]}) is recognised
 * in the common forms: ISO 8601 ({@code T} or space), {@code yyyy/MM/dd}, US {@code M/d/yyyy h:mm:ss
 * AM}, syslog {@code Mmm dd hh:mm:ss}, epoch seconds; Windows CBS/CSI/DISM lines
 * ({@code 2016-09-28 04:30:30, Info  CBS  message}) also give level and component, and a
 * "rebooted from a bugcheck" text gives its bugcheck code and dump path.
 */
public final class TextLogParser implements FormatParser {

    public static final String ID = "text";

    private static final Pattern WINDOWS_SETUP = Pattern.compile(", (Info|Warning|Error|Perf|Verbose|Fatal)\\s+(\\S+)\\s+(.*)", Pattern.DOTALL);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "any other text log, line by line";
    }

    @Override
    public int detect(byte[] head) {
        return TextDecoding.headText(head) == null ? 0 : 1;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        LineReader lines = TextInput.lines(in, file, options, sink);
        if (lines == null) {
            return;
        }
        String line;
        while ((line = lines.readLine()) != null) {
            TextInput.reportTruncation(lines, file, sink);
            if (line.isBlank()) {
                continue;
            }
            sink.accept(new LogRecord(record(line, SourceRef.line(file, lines.lineNumber()), options)));
        }
    }

    static EvidenceRecord record(String line, SourceRef source, ParseOptions options) {
        Map<String, String> fields = new LinkedHashMap<>();
        Timestamps.Found time = timestamp(line, options.zone(), options.assumedYear());
        String message = line.strip();
        if (time != null) {
            String rest = line.substring(time.end());
            if (rest.startsWith("]")) {
                rest = rest.substring(1);
            }
            Matcher setup = WINDOWS_SETUP.matcher(rest);
            if (setup.matches()) {
                fields.put("level", setup.group(1));
                fields.put("component", setup.group(2));
                message = setup.group(3).strip();
            } else {
                String stripped = rest.strip();
                message = stripped.isEmpty() ? message : stripped;
            }
            if (time.instant() == null) {
                fields.put("timestampIncomplete", "no year in the timestamp; pass a year to place it");
            }
        }
        if (line.contains("bugcheck was:")) {
            EventMeaning.BugcheckReport report = EventMapping.bugcheckMessage(line);
            if (report != null) {
                fields.put(EvidenceRecord.Fields.BUGCHECK, report.bugcheckCode());
                for (int i = 0; i < report.arguments().size(); i++) {
                    if (report.arguments().get(i) != null) {
                        fields.put("arg" + (i + 1), report.arguments().get(i));
                    }
                }
                if (report.dumpPath() != null) {
                    fields.put("dumpPath", report.dumpPath());
                }
                if (report.reportId() != null) {
                    fields.put("reportId", report.reportId());
                }
            }
        }
        return new EvidenceRecord(time == null ? null : time.instant(), time == null ? null : time.text(), null, "log",
                message, fields, line, source);
    }

    /** A timestamp at the start of the line (after an optional {@code [}), or {@code null}. */
    static Timestamps.Found timestamp(String line, ZoneId zone, Integer year) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        if (start < line.length() && line.charAt(start) == '[') {
            start++;
        }
        if (start >= line.length()) {
            return null;
        }
        char c = line.charAt(start);
        if (c >= '0' && c <= '9') {
            Timestamps.Found found = Timestamps.isoAt(line, start, zone, '-');
            if (found == null) {
                found = Timestamps.isoAt(line, start, zone, '/');
            }
            if (found == null) {
                found = Timestamps.usDateTimeAt(line, start, zone);
            }
            if (found == null) {
                found = Timestamps.epochSecondsAt(line, start);
            }
            return found;
        }
        return Timestamps.syslogAt(line, start, year, zone);
    }
}
