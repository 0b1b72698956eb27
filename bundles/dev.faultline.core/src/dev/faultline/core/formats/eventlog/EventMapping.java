package dev.faultline.core.formats.eventlog;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.Hex;
import dev.faultline.core.formats.Timestamps;

/**
 * The one mapping of Windows events to their meaning, shared by the XML, CSV and EVTX importers:
 * Kernel-Power 41, BugCheck 1001, EventLog 6008, Service Control Manager 7045 and 7036; every
 * other event is {@link EventMeaning.Generic}.
 */
public final class EventMapping {

    /**
     * The patterns for events that carry their values only in the message text, compiled when the first such
     * event comes (a holder class): most logs never need them, and a one-off {@code parse} should not pay for them.
     */
    private static final class Messages {
        static final Pattern BUGCHECK = Pattern.compile(
                "(?:The bugcheck was: )?(0x[0-9a-fA-F]+)\\s*\\(([^)]*)\\)(?:.*?A dump was saved in: (.+?)\\.(?:\\s|$))?(?:.*?Report Id: ([^\\s.]+))?.*",
                Pattern.DOTALL);
        static final Pattern SHUTDOWN = Pattern.compile(".*shutdown at (.+?) on (.+?) was unexpected.*", Pattern.DOTALL);
        static final Pattern STATE = Pattern.compile("The (.+) service entered the (.+) state\\.?.*", Pattern.DOTALL);
    }

    private static final String STRING_START = "<string>";
    private static final String STRING_END = "</string>";

    private EventMapping() {
    }

    /** The event with its meaning, as a record citing {@code source}. */
    public static WindowsEventRecord map(WindowsEvent event, SourceRef source) {
        return new WindowsEventRecord(event, meaning(event), source);
    }

    /** What the event means. */
    public static EventMeaning meaning(WindowsEvent event) {
        String provider = event.provider() == null ? "" : event.provider().toLowerCase(Locale.ROOT);
        int id = event.eventId();
        if (id == 41 && provider.contains("kernel-power")) {
            return powerLoss(event);
        }
        if (id == 1001 && (provider.equals("bugcheck") || provider.contains("wer-systemerrorreporting"))) {
            return bugcheck(event);
        }
        if (id == 6008 && (provider.equals("eventlog") || provider.isEmpty())) {
            return shutdown(event);
        }
        if (provider.equals("service control manager")) {
            if (id == 7045) {
                return new EventMeaning.ServiceInstalled(first(event, "ServiceName", "param1"), first(event, "ImagePath", "param2"),
                        first(event, "ServiceType", "param3"), first(event, "StartType", "param4"),
                        emptyToNull(first(event, "AccountName", "param5")));
            }
            if (id == 7036) {
                String name = first(event, "param1", "ServiceName");
                String state = first(event, "param2", "State");
                if ((name == null || state == null) && event.message() != null) {
                    Matcher m = Messages.STATE.matcher(event.message().strip());
                    if (m.matches()) {
                        name = m.group(1);
                        state = m.group(2);
                    }
                }
                return new EventMeaning.ServiceStateChanged(name, state);
            }
        }
        return new EventMeaning.Generic();
    }

    private static EventMeaning powerLoss(WindowsEvent event) {
        String code = Hex.bugcheckFromDecimal(event.value("BugcheckCode"));
        if ("0x0".equals(code)) {
            code = null;
        }
        List<String> arguments = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            arguments.add(Hex.value(event.value("BugcheckParameter" + i)));
        }
        return new EventMeaning.UnexpectedPowerLoss(code, Collections.unmodifiableList(arguments),
                event.value("SleepInProgress"), event.value("PowerButtonTimestamp"));
    }

    private static EventMeaning bugcheck(WindowsEvent event) {
        String param1 = event.value("param1");
        if (param1 != null) {
            EventMeaning.BugcheckReport fromData = bugcheckMessage(param1);
            if (fromData != null) {
                return new EventMeaning.BugcheckReport(fromData.bugcheckCode(), fromData.arguments(),
                        emptyToNull(event.value("param2")), emptyToNull(event.value("param3")));
            }
        }
        if (event.message() != null) {
            EventMeaning.BugcheckReport fromMessage = bugcheckMessage(event.message());
            if (fromMessage != null) {
                return fromMessage;
            }
        }
        return new EventMeaning.BugcheckReport(null, List.of(), emptyToNull(event.value("param2")), emptyToNull(event.value("param3")));
    }

    /**
     * Reads the text of a 1001 event: {@code The computer has rebooted from a bugcheck.  The
     * bugcheck was: 0x0000003b (0x..., 0x..., 0x..., 0x...). A dump was saved in: PATH. Report Id:
     * ID.} — or just its {@code 0x0000003b (a, b, c, d)} part. {@code null} when it is not one.
     */
    public static EventMeaning.BugcheckReport bugcheckMessage(String text) {
        int start = text.indexOf("The bugcheck was:");
        String t = start >= 0 ? text.substring(start) : text.strip();
        Matcher m = Messages.BUGCHECK.matcher(t);
        if (!m.matches()) {
            return null;
        }
        List<String> arguments = new ArrayList<>();
        for (String part : m.group(2).split(",")) {
            arguments.add(Hex.value(part));
        }
        return new EventMeaning.BugcheckReport(Hex.bugcheckFromHex(m.group(1)), Collections.unmodifiableList(arguments),
                m.group(3) == null ? null : m.group(3).strip(), m.group(4));
    }

    private static EventMeaning shutdown(WindowsEvent event) {
        List<String> values = new ArrayList<>();
        for (String value : event.data().values()) {
            // the <string>...</string> items of an array value, each up to the first end tag after it
            boolean any = false;
            int from = 0;
            for (int start; (start = value.indexOf(STRING_START, from)) >= 0;) {
                int end = value.indexOf(STRING_END, start + STRING_START.length());
                if (end < 0) {
                    break;
                }
                values.add(value.substring(start + STRING_START.length(), end));
                any = true;
                from = end + STRING_END.length();
            }
            if (!any) {
                values.add(value);
            }
        }
        String time = values.size() > 0 ? clean(values.get(0)) : null;
        String date = values.size() > 1 ? clean(values.get(1)) : null;
        if ((time == null || date == null) && event.message() != null) {
            Matcher m = Messages.SHUTDOWN.matcher(event.message());
            if (m.matches()) {
                time = clean(m.group(1));
                date = clean(m.group(2));
            }
        }
        LocalDateTime local = null;
        if (time != null && date != null) {
            Timestamps.Found found = Timestamps.usDateTimeAt(date + " " + time, 0, null); // the local time only
            local = found == null ? null : found.local();
        }
        return new EventMeaning.UnexpectedShutdown(time, date, local);
    }

    private static String clean(String text) {
        String t = text.replace("\u200E", "").replace("\u200F", "").strip();
        return t.isEmpty() ? null : t;
    }

    private static String first(WindowsEvent event, String name, String alternative) {
        String value = event.value(name);
        return value != null ? value : event.value(alternative);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
