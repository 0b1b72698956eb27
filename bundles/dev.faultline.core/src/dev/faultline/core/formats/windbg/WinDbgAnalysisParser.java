package dev.faultline.core.formats.windbg;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.Hex;
import dev.faultline.core.formats.LineReader;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.TextDecoding;
import dev.faultline.core.formats.TextInput;

/**
 * WinDbg {@code !analyze -v} text: complete outputs, abridged ones ({@code [...]}) and fragments
 * pasted without the banner. Several analyses in one file give several records (a new one starts
 * at each {@code Bugcheck Analysis} banner or {@code kd>} prompt).
 */
public final class WinDbgAnalysisParser implements FormatParser {

    public static final String ID = "windbg";

    private static final int MAX_KEPT_TEXT = 1 << 20;

    private static final String[] KNOWN_KEYS = {
        "BUGCHECK_CODE:", "BUGCHECK_P1:", "IMAGE_NAME:", "MODULE_NAME:", "FAULTING_MODULE:", "PROCESS_NAME:",
        "FAILURE_BUCKET_ID:", "SYMBOL_NAME:", "READ_ADDRESS:", "STACK_TEXT:", "TRAP_FRAME:", "DEFAULT_BUCKET_ID:",
        "FAULTING_THREAD:", "OS_VERSION:", "STACK_COMMAND:",
    };

    private static final Pattern BUGCHECK_TITLE = Pattern.compile("([A-Z][A-Z0-9_]{3,}) \\(([0-9a-fA-F]{1,8})\\)\\s*");
    private static final Pattern ARGUMENT = Pattern.compile("Arg([1-4]): ([0-9a-fA-F`]+)\\s*(?:,\\s*(.*))?");
    private static final Pattern SESSION_TIME = Pattern.compile(
            "Debug session time: \\w{3} (\\w{3})\\s+(\\d{1,2}) (\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))? (\\d{4})(?: \\(UTC ([+-]) (\\d{1,2}):(\\d{2})\\))?.*");
    private static final Pattern KERNEL_VERSION = Pattern.compile(".*Kernel Version (\\d{4,5}).*");
    private static final Pattern BUILT_BY = Pattern.compile("Built by: (\\d{4,5})\\.(\\d+)\\..*");
    private static final Pattern SOURCE_SUFFIX = Pattern.compile("(.*?)\\s*\\[(.*) @ (\\d+)\\]\\s*");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "WinDbg !analyze -v output (complete, abridged or fragment)";
    }

    @Override
    public int detect(byte[] head) {
        String text = TextDecoding.headText(head);
        if (text == null) {
            return 0;
        }
        if (text.contains("Bugcheck Analysis") && (text.contains("Arguments:") || text.contains("Arg1:") || text.contains("BUGCHECK_"))) {
            return 95;
        }
        int keys = 0;
        for (String key : KNOWN_KEYS) {
            if (text.startsWith(key) || text.contains("\n" + key)) {
                keys++;
            }
        }
        if (keys >= 3) {
            return 85;
        }
        if (keys == 2) {
            return 50;
        }
        return text.contains("!analyze -v") ? 40 : 0;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        LineReader lines = TextInput.lines(in, file, options, sink);
        if (lines == null) {
            return;
        }
        Builder current = new Builder(file);
        int emitted = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            TextInput.reportTruncation(lines, file, sink);
            long number = lines.lineNumber();
            boolean startsAnalysis = line.contains("Bugcheck Analysis") || isPrompt(line);
            if (startsAnalysis && current.hasData()) {
                sink.accept(current.build());
                emitted++;
                current = new Builder(file);
            }
            current.accept(line, number);
        }
        if (current.hasData()) {
            sink.accept(current.build());
            emitted++;
        }
        if (emitted == 0) {
            sink.reject(new Rejection(SourceRef.line(file, Math.max(1, current.firstLine)),
                    "no !analyze output found: no bugcheck, module, bucket, stack or trap frame"));
        }
    }

    private static boolean isPrompt(String line) {
        int gt = line.indexOf("kd> ");
        return gt > 0 && gt < 8 && line.contains("!analyze");
    }

    private enum Mode { NONE, ARGUMENTS, KEY_VALUES, STACK, REGISTERS }

    /** Collects one analysis line by line. */
    private static final class Builder {
        private final String file;
        private long firstLine;
        private Mode mode = Mode.NONE;
        private String bugcheckCode;
        private String bugcheckName;
        private final String[] arguments = new String[4];
        private final String[] parameters = new String[4];
        private String imageName;
        private String moduleName;
        private String faultingModule;
        private String faultingModuleBase;
        private String processName;
        private String failureBucketId;
        private String symbolName;
        private String readAddress;
        private String readAddressNote;
        private String osVersion;
        private String osBuildFallback;
        private String osName;
        private String buildLab;
        private final Map<String, String> trapFrame = new LinkedHashMap<>();
        private final Map<String, String> context = new LinkedHashMap<>();
        private Map<String, String> registers;
        private final List<StackFrame> stack = new ArrayList<>();
        private Instant dumpTime;
        private String dumpTimeText;
        private String host;
        private String dumpFile;
        private final Map<String, String> analysisValues = new LinkedHashMap<>();
        private String pendingKey;
        private final Map<String, String> otherFields = new LinkedHashMap<>();
        private final StringBuilder remaining = new StringBuilder();
        private final StringBuilder raw = new StringBuilder();

        Builder(String file) {
            this.file = file;
        }

        boolean hasData() {
            return bugcheckCode != null || bugcheckName != null || imageName != null || moduleName != null
                    || failureBucketId != null || !stack.isEmpty() || !trapFrame.isEmpty() || !context.isEmpty()
                    || faultingModule != null || readAddress != null;
        }

        void accept(String line, long number) {
            if (firstLine == 0 && !line.isBlank()) {
                firstLine = number;
            }
            if (firstLine != 0 && raw.length() < MAX_KEPT_TEXT) {
                raw.append(line, 0, Math.min(line.length(), MAX_KEPT_TEXT - raw.length())).append('\n');
            }
            String text = stripEnd(line);
            switch (mode) {
                case ARGUMENTS -> {
                    if (argument(text)) {
                        return;
                    }
                    if (!text.isEmpty() && Character.isWhitespace(text.charAt(0))) {
                        keep(text);
                        return;
                    }
                    mode = Mode.NONE;
                }
                case KEY_VALUES -> {
                    if (keyValue(text)) {
                        return;
                    }
                    if (text.isEmpty()) {
                        return;
                    }
                    mode = Mode.NONE;
                }
                case STACK -> {
                    if (text.isEmpty()) {
                        if (!stack.isEmpty()) {
                            mode = Mode.NONE;
                        }
                        return;
                    }
                    if (!isKeyLine(text)) {
                        StackFrame frame = frame(text);
                        if (frame != null) {
                            stack.add(frame);
                        } else {
                            keep(text);
                        }
                        return;
                    }
                    mode = Mode.NONE;
                }
                case REGISTERS -> {
                    if (text.startsWith("Resetting default scope")) {
                        mode = Mode.NONE;
                        return;
                    }
                    if (text.isEmpty()) {
                        if (!registers.isEmpty()) {
                            mode = Mode.NONE;
                        }
                        return;
                    }
                    if (registerLine(text)) {
                        return;
                    }
                    if (!isKeyLine(text) || text.startsWith("NOTE:")) {
                        keep(text);
                        return;
                    }
                    mode = Mode.NONE;
                }
                default -> {
                }
            }
            none(text);
        }

        private void none(String text) {
            if (text.isEmpty() || isStars(text)) {
                return;
            }
            if (text.equals("Arguments:")) {
                mode = Mode.ARGUMENTS;
                return;
            }
            if (argument(text)) {
                mode = Mode.ARGUMENTS;
                return;
            }
            if (bugcheckName == null) {
                Matcher title = BUGCHECK_TITLE.matcher(text);
                if (title.matches()) {
                    bugcheckName = title.group(1);
                    if (bugcheckCode == null) {
                        bugcheckCode = Hex.bugcheckFromHex(title.group(2));
                    }
                    return;
                }
            }
            if (text.startsWith("Debug session time:")) {
                sessionTime(text);
                keep(text);
                return;
            }
            if (text.startsWith("Machine Name:")) {
                String name = text.substring("Machine Name:".length()).strip();
                if (!name.isEmpty()) {
                    host = name;
                }
                return;
            }
            if (osBuildFallback == null && text.contains("Kernel Version")) {
                Matcher kernel = KERNEL_VERSION.matcher(text);
                if (kernel.matches()) {
                    osBuildFallback = kernel.group(1);
                }
            }
            if (text.startsWith("Built by:")) {
                Matcher builtBy = BUILT_BY.matcher(text);
                if (builtBy.matches()) {
                    osBuildFallback = builtBy.group(1) + "." + builtBy.group(2);
                }
            }
            if (text.startsWith("Followup:")) {
                otherFields.put("Followup", text.substring("Followup:".length()).strip());
                return;
            }
            if (isKeyLine(text) && !text.startsWith("NOTE:")) {
                int colon = text.indexOf(':');
                field(text.substring(0, colon), text.substring(colon + 1).strip());
                return;
            }
            keep(text);
        }

        private void field(String key, String value) {
            switch (key) {
                case "BUGCHECK_CODE" -> bugcheckCode = Hex.bugcheckFromHex(value);
                case "BUGCHECK_P1", "BUGCHECK_P2", "BUGCHECK_P3", "BUGCHECK_P4" ->
                    parameters[key.charAt(key.length() - 1) - '1'] = Hex.value(firstWord(value));
                case "IMAGE_NAME" -> imageName = emptyToNull(value);
                case "MODULE_NAME" -> moduleName = emptyToNull(value);
                case "FAULTING_MODULE" -> {
                    String[] parts = value.split("\\s+", 2);
                    if (parts.length == 2 && Hex.value(parts[0]) != null) {
                        faultingModuleBase = Hex.value(parts[0]);
                        faultingModule = parts[1].strip();
                    } else {
                        faultingModule = emptyToNull(value);
                    }
                }
                case "PROCESS_NAME" -> processName = emptyToNull(value);
                case "FAILURE_BUCKET_ID" -> failureBucketId = emptyToNull(value);
                case "SYMBOL_NAME" -> symbolName = emptyToNull(value);
                case "READ_ADDRESS" -> {
                    String[] parts = value.split("\\s+", 2);
                    String address = Hex.value(parts[0]);
                    if (address != null && !parts[0].isEmpty()) {
                        readAddress = address;
                        readAddressNote = parts.length == 2 ? emptyToNull(parts[1].strip()) : null;
                    } else {
                        readAddressNote = emptyToNull(value);
                    }
                }
                case "OS_VERSION" -> osVersion = emptyToNull(value);
                case "OSNAME" -> osName = emptyToNull(value);
                case "BUILDLAB_STR" -> buildLab = emptyToNull(value);
                case "FILE_IN_CAB" -> dumpFile = emptyToNull(value);
                case "KEY_VALUES_STRING" -> mode = Mode.KEY_VALUES;
                case "STACK_TEXT" -> mode = Mode.STACK;
                case "TRAP_FRAME" -> {
                    mode = Mode.REGISTERS;
                    registers = trapFrame;
                    otherFields.put(key, value);
                }
                case "CONTEXT" -> {
                    mode = Mode.REGISTERS;
                    registers = context;
                    otherFields.put(key, value);
                }
                default -> otherFields.putIfAbsent(key, value);
            }
        }

        private boolean argument(String text) {
            if (!text.startsWith("Arg")) {
                return false;
            }
            Matcher m = ARGUMENT.matcher(text);
            if (!m.matches()) {
                return false;
            }
            arguments[m.group(1).charAt(0) - '1'] = Hex.value(m.group(2));
            return true;
        }

        private boolean keyValue(String text) {
            String t = text.strip();
            if (t.startsWith("Key") && t.indexOf(':') > 0 && t.substring(3, t.indexOf(':')).isBlank()) {
                pendingKey = t.substring(t.indexOf(':') + 1).strip();
                return true;
            }
            if (t.startsWith("Value") && t.indexOf(':') > 0 && t.substring(5, t.indexOf(':')).isBlank()) {
                if (pendingKey != null) {
                    analysisValues.put(pendingKey, t.substring(t.indexOf(':') + 1).strip());
                    pendingKey = null;
                }
                return true;
            }
            return false;
        }

        private boolean registerLine(String text) {
            String t = text.strip();
            int eq = t.indexOf('=');
            if (eq < 1 || eq > 5 || !Character.isLetter(t.charAt(0)) || !Character.isLowerCase(t.charAt(0))) {
                return false;
            }
            boolean any = false;
            for (String token : t.split("\\s+")) {
                int e = token.indexOf('=');
                if (e < 1 || e > 5) {
                    continue;
                }
                String name = token.substring(0, e);
                String value = token.substring(e + 1);
                if (name.chars().allMatch(Character::isLetterOrDigit) && !value.isEmpty()
                        && value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    registers.put(name, value);
                    any = true;
                }
            }
            return any;
        }

        private void sessionTime(String text) {
            Matcher m = SESSION_TIME.matcher(text);
            if (!m.matches()) {
                return;
            }
            int index = "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(m.group(1));
            if (index < 0 || index % 3 != 0) {
                return;
            }
            int month = 1 + index / 3;
            int nanos = 0;
            if (m.group(6) != null) {
                nanos = Integer.parseInt((m.group(6) + "000000000").substring(0, 9));
            }
            try {
                LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(7)), month, Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), nanos);
                ZoneOffset offset = ZoneOffset.UTC;
                if (m.group(8) != null) {
                    int sign = m.group(8).equals("-") ? -1 : 1;
                    offset = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(9)), sign * Integer.parseInt(m.group(10)));
                }
                dumpTime = local.toInstant(offset);
            } catch (DateTimeException e) {
                // no such date, time or offset (e.g. 25:95:00): the line stays in the text, without a dump time
                return;
            }
            dumpTimeText = text.substring("Debug session time:".length()).strip();
        }

        private void keep(String text) {
            if (remaining.length() < MAX_KEPT_TEXT) {
                remaining.append(text, 0, Math.min(text.length(), MAX_KEPT_TEXT - remaining.length())).append('\n');
            }
        }

        CrashAnalysisRecord build() {
            List<String> args = null;
            boolean anyArgument = false;
            boolean anyParameter = false;
            for (int i = 0; i < 4; i++) {
                anyArgument |= arguments[i] != null;
                anyParameter |= parameters[i] != null;
            }
            if (anyArgument || anyParameter) {
                String[] merged = new String[4];
                for (int i = 0; i < 4; i++) {
                    merged[i] = arguments[i] != null ? arguments[i] : parameters[i];
                }
                args = java.util.Collections.unmodifiableList(Arrays.asList(merged));
            }
            String code = bugcheckCode;
            if (code == null) {
                code = Hex.bugcheckFromHex(analysisValues.get("Bugcheck.Code.LegacyAPI"));
            }
            String bucket = failureBucketId != null ? failureBucketId : analysisValues.get("Failure.Bucket");
            String version = osVersion != null ? osVersion : analysisValues.get("WER.OS.Version");
            String build = buildOf(version);
            if (build == null) {
                build = osBuildFallback;
            }
            return new CrashAnalysisRecord(code, bugcheckName, args, imageName, moduleName, faultingModule,
                    faultingModuleBase, processName, bucket, symbolName, readAddress, readAddressNote, version, build,
                    osName, buildLab, java.util.Collections.unmodifiableMap(trapFrame),
                    java.util.Collections.unmodifiableMap(context), List.copyOf(stack), dumpTime, dumpTimeText, host, dumpFile,
                    java.util.Collections.unmodifiableMap(analysisValues), java.util.Collections.unmodifiableMap(otherFields),
                    remaining.toString(), raw.toString(), SourceRef.line(file, Math.max(1, firstLine)));
        }
    }

    /** {@code 22621.1928} from {@code 10.0.22621.1928}; {@code 19041.1} from {@code 10.0.19041.1}. */
    static String buildOf(String version) {
        if (version == null) {
            return null;
        }
        String[] parts = version.strip().split("\\.");
        if (parts.length >= 3 && parts[0].chars().allMatch(Character::isDigit) && !parts[0].isEmpty()) {
            return parts.length >= 4 ? parts[2] + "." + parts[3] : parts[2];
        }
        return null;
    }

    /** A STACK_TEXT line: x64 ({@code Child-SP RetAddr : Args : Call Site}) or x86 ({@code ChildEBP RetAddr Args Call}). */
    static StackFrame frame(String text) {
        String t = text.strip();
        String childSp;
        String returnAddress;
        String site;
        int colon = t.indexOf(" : ");
        if (colon > 0) {
            String[] addresses = t.substring(0, colon).strip().split("\\s+");
            if (addresses.length < 2 || !isAddress(addresses[0]) || !isAddress(addresses[1])) {
                return null;
            }
            childSp = addresses[0];
            returnAddress = addresses[1];
            int last = t.lastIndexOf(" : ");
            site = t.substring(last + 3).strip();
        } else {
            String[] tokens = t.split("\\s+");
            int i = 0;
            while (i < tokens.length && isAddress(tokens[i])) {
                i++;
            }
            if (i < 2 || i == tokens.length) {
                return null;
            }
            childSp = tokens[0];
            returnAddress = tokens[1];
            site = String.join(" ", Arrays.copyOfRange(tokens, i, tokens.length));
        }
        if (site.isEmpty()) {
            return null;
        }
        String sourceFile = null;
        int sourceLine = 0;
        Matcher source = SOURCE_SUFFIX.matcher(site);
        if (site.indexOf('[') > 0 && source.matches()) {
            site = source.group(1);
            sourceFile = source.group(2).strip();
            sourceLine = Integer.parseInt(source.group(3));
        }
        if (site.startsWith("0x")) {
            String address = Hex.value(site);
            if (address != null) {
                return new StackFrame(null, null, address, childSp, returnAddress, sourceFile, sourceLine);
            }
        }
        String module;
        String function = null;
        String rest;
        int bang = site.indexOf('!');
        if (bang >= 0) {
            module = site.substring(0, bang);
            rest = site.substring(bang + 1);
            int plus = rest.lastIndexOf('+');
            String offset = plus > 0 ? Hex.value(rest.substring(plus + 1)) : null;
            if (offset != null) {
                function = rest.substring(0, plus);
                return new StackFrame(module, function, offset, childSp, returnAddress, sourceFile, sourceLine);
            }
            return new StackFrame(module, rest, null, childSp, returnAddress, sourceFile, sourceLine);
        }
        int plus = site.lastIndexOf('+');
        String offset = plus > 0 ? Hex.value(site.substring(plus + 1)) : null;
        if (offset != null) {
            return new StackFrame(site.substring(0, plus), null, offset, childSp, returnAddress, sourceFile, sourceLine);
        }
        return new StackFrame(site, function, null, childSp, returnAddress, sourceFile, sourceLine);
    }

    private static boolean isAddress(String token) {
        if (token.length() < 8 || token.length() > 17) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '`' && Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKeyLine(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        if (c < 'A' || c > 'Z') {
            return false;
        }
        int colon = text.indexOf(':');
        if (colon < 2) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char k = text.charAt(i);
            if (!(k >= 'A' && k <= 'Z' || k >= '0' && k <= '9' || k == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStars(String text) {
        return text.charAt(0) == '*' && text.charAt(text.length() - 1) == '*';
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end == line.length() ? line : line.substring(0, end);
    }

    private static String firstWord(String value) {
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
