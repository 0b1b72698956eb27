package dev.faultline.core.formats.syslog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.LineReader;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.TextDecoding;
import dev.faultline.core.formats.TextInput;
import dev.faultline.core.formats.Timestamps;

/**
 * Linux syslog files: RFC 3164 ({@code Mmm dd hh:mm:ss host tag[pid]: message}, with or without
 * {@code <PRI>}), the same with an RFC 3339 timestamp (rsyslog's high-precision format) and RFC 5424
 * ({@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG}). RFC 3164 has no year: records get an
 * instant only when {@link ParseOptions#assumedYear()} is set (a December to January step adds a year).
 */
public final class SyslogParser implements FormatParser {

    public static final String ID = "syslog";

    private static final String[] FACILITIES = {"kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp",
        "cron", "authpriv", "ftp", "ntp", "security", "console", "solaris-cron", "local0", "local1", "local2", "local3",
        "local4", "local5", "local6", "local7"};
    private static final String[] SEVERITIES = {"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};

    /** A parsed line, before it becomes a record. */
    record Line(Integer priority, Timestamps.Found time, String host, String app, String pid, String msgId,
            String structuredData, String message, boolean rfc5424) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Linux syslog (RFC 3164, RFC 5424, RFC 3339 timestamps)";
    }

    @Override
    public int detect(byte[] head) {
        String text = TextDecoding.headText(head);
        if (text == null) {
            return 0;
        }
        int lines = 0;
        int matching = 0;
        for (String line : text.split("\r\n|\n|\r", 42)) {
            if (line.isBlank()) {
                continue;
            }
            if (++lines > 40) {
                break;
            }
            if (parseLine(line, 2000, java.time.ZoneOffset.UTC) != null) {
                matching++;
            }
        }
        if (lines == 0 || matching * 10 < lines * 6) {
            return 0;
        }
        return 50 + 30 * matching / lines;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        LineReader lines = TextInput.lines(in, file, options, sink);
        if (lines == null) {
            return;
        }
        Integer year = options.assumedYear();
        int lastMonth = 0;
        String text;
        while ((text = lines.readLine()) != null) {
            TextInput.reportTruncation(lines, file, sink);
            if (text.isBlank()) {
                continue;
            }
            long number = lines.lineNumber();
            Line line = parseLine(text, year, options.zone());
            if (line == null) {
                sink.reject(new Rejection(SourceRef.line(file, number), "not a syslog line (no RFC 3164/5424 header): " + abbreviate(text)));
                continue;
            }
            Timestamps.Found time = line.time();
            if (year != null && !line.rfc5424() && time.local() != null) {
                int month = time.local().getMonthValue();
                if (lastMonth == 12 && month == 1) {
                    year++;
                    time = Timestamps.syslogAt(text, text.indexOf(time.text()), year, options.zone());
                }
                lastMonth = month;
            }
            sink.accept(new LogRecord(record(line, time, text, SourceRef.line(file, number))));
        }
    }

    private static EvidenceRecord record(Line line, Timestamps.Found time, String raw, SourceRef source) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (line.priority() != null) {
            int facility = line.priority() >> 3;
            fields.put("facility", facility < FACILITIES.length ? FACILITIES[facility] : Integer.toString(facility));
            fields.put("severity", SEVERITIES[line.priority() & 7]);
        }
        if (line.app() != null) {
            fields.put("app", line.app());
        }
        if (line.pid() != null) {
            fields.put("pid", line.pid());
        }
        if (line.msgId() != null) {
            fields.put("msgId", line.msgId());
        }
        if (line.structuredData() != null) {
            fields.put("structuredData", line.structuredData());
        }
        if (time.instant() == null) {
            fields.put("timestampIncomplete", "no year in the timestamp; pass a year to place it");
        }
        Instant instant = time.instant();
        return new EvidenceRecord(instant, time.text(), line.host(), "syslog", line.message(), fields, raw, source);
    }

    /** The line's parts, or {@code null} if it has no syslog header. Package-private for tests. */
    static Line parseLine(String text, Integer year, java.time.ZoneId zone) {
        int i = 0;
        Integer priority = null;
        if (text.startsWith("<")) {
            int close = text.indexOf('>');
            if (close < 2 || close > 4) {
                return null;
            }
            try {
                priority = Integer.valueOf(text.substring(1, close));
            } catch (NumberFormatException e) {
                return null;
            }
            if (priority > 191) {
                return null;
            }
            i = close + 1;
        }
        if (priority != null && text.startsWith("1 ", i)) {
            return rfc5424(text, i + 2, priority, zone);
        }
        Timestamps.Found time = Timestamps.syslogAt(text, i, year, zone);
        if (time == null) {
            time = Timestamps.isoAt(text, i, zone, '-');
            if (time == null || text.charAt(i + 10) != 'T') {
                return null;
            }
        }
        i = time.end();
        if (i >= text.length() || text.charAt(i) != ' ') {
            return null;
        }
        i++;
        int hostEnd = text.indexOf(' ', i);
        if (hostEnd <= i) {
            return null;
        }
        String host = text.substring(i, hostEnd);
        String rest = text.substring(hostEnd + 1);
        String app = null;
        String pid = null;
        String message = rest;
        int colon = rest.indexOf(": ");
        if (colon < 0 && rest.endsWith(":")) {
            colon = rest.length() - 1;
        }
        if (colon > 0 && rest.indexOf(' ', 0, colon) < 0) { // the tag is one word
            String tag = rest.substring(0, colon);
            message = colon + 2 <= rest.length() ? rest.substring(colon + 2) : "";
            int bracket = tag.lastIndexOf('[');
            if (bracket > 0 && tag.endsWith("]")) {
                app = tag.substring(0, bracket);
                pid = tag.substring(bracket + 1, tag.length() - 1);
            } else {
                app = tag;
            }
        }
        return new Line(priority, time, host, app, pid, null, null, message.stripTrailing(), false);
    }

    private static Line rfc5424(String text, int start, int priority, java.time.ZoneId zone) {
        String[] head = new String[5];
        int i = start;
        for (int k = 0; k < 5; k++) {
            int space = text.indexOf(' ', i);
            if (space < 0) {
                if (k == 4) {
                    head[k] = text.substring(i);
                    i = text.length();
                    break;
                }
                return null;
            }
            head[k] = text.substring(i, space);
            i = space + 1;
        }
        Timestamps.Found time;
        if (head[0].equals("-")) {
            time = new Timestamps.Found(null, null, 0, (LocalDateTime) null);
        } else {
            Instant instant = Timestamps.parseIso(head[0], zone);
            if (instant == null) {
                return null;
            }
            time = new Timestamps.Found(instant, head[0], 0, null);
        }
        String structured = null;
        String message = "";
        if (i < text.length()) {
            if (text.charAt(i) == '-') {
                message = i + 2 <= text.length() ? text.substring(Math.min(text.length(), i + 2)) : "";
            } else if (text.charAt(i) == '[') {
                int end = structuredDataEnd(text, i);
                if (end < 0) {
                    return null;
                }
                structured = text.substring(i, end);
                message = end < text.length() ? text.substring(Math.min(text.length(), end + 1)) : "";
            } else {
                return null;
            }
        }
        if (message.startsWith("\uFEFF")) {
            message = message.substring(1);
        }
        return new Line(priority, time, nil(head[1]), nil(head[2]), nil(head[3]), nil(head[4]), structured, message.stripTrailing(), true);
    }

    /** End (exclusive) of the SD-ELEMENTs starting at {@code i}, honouring {@code \"} escapes; -1 if unclosed. */
    private static int structuredDataEnd(String text, int i) {
        int n = text.length();
        while (i < n && text.charAt(i) == '[') {
            boolean quoted = false;
            i++;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\\' && quoted) {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted) {
                    break;
                }
                i++;
            }
            if (i >= n) {
                return -1;
            }
            i++;
        }
        return i;
    }

    private static String nil(String value) {
        return value == null || value.equals("-") ? null : value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
