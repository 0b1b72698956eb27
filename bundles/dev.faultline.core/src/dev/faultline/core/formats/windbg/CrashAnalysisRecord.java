package dev.faultline.core.formats.windbg;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.LogRecord;
import dev.faultline.core.formats.ParsedRecord;

/**
 * One WinDbg {@code !analyze -v} output. Every field may be {@code null} (or empty) because many
 * real outputs are abridged; nothing is required.
 *
 * @param bugcheckCode {@code 0x50} style (see {@link dev.faultline.core.formats.Hex})
 * @param bugcheckName e.g. {@code PAGE_FAULT_IN_NONPAGED_AREA}
 * @param arguments the four bugcheck arguments as {@code 0x...} lower-case (entries may be {@code null})
 * @param imageName IMAGE_NAME, e.g. {@code Driver.sys}
 * @param moduleName MODULE_NAME
 * @param faultingModule the module name of FAULTING_MODULE
 * @param faultingModuleBase the base address of FAULTING_MODULE, {@code 0x...}
 * @param processName PROCESS_NAME
 * @param failureBucketId FAILURE_BUCKET_ID (or the {@code Failure.Bucket} analysis value)
 * @param symbolName SYMBOL_NAME
 * @param readAddress the address of READ_ADDRESS, {@code 0x...}
 * @param readAddressNote what follows the address, e.g. {@code Paged pool}
 * @param osVersion OS_VERSION, e.g. {@code 10.0.22621.1928}
 * @param osBuild build and revision, e.g. {@code 22621.1928}
 * @param osName OSNAME
 * @param buildLab BUILDLAB_STR
 * @param trapFrame TRAP_FRAME registers, name to hex digits as written
 * @param context CONTEXT ({@code .cxr}) registers, name to hex digits as written
 * @param stack STACK_TEXT frames, innermost first
 * @param dumpTime the dump's time ({@code Debug session time}), or {@code null}
 * @param dumpTimeText that time as written
 * @param host the machine name when the output names it
 * @param dumpFile FILE_IN_CAB
 * @param analysisValues the KEY_VALUES_STRING block, key to value
 * @param otherFields every other {@code KEY: value} line, in order
 * @param remainingText lines not understood as any of the above (descriptions, disassembly ...)
 * @param rawText the whole analysis text as read
 * @param source file and first line
 */
public record CrashAnalysisRecord(String bugcheckCode, String bugcheckName, List<String> arguments, String imageName,
        String moduleName, String faultingModule, String faultingModuleBase, String processName, String failureBucketId,
        String symbolName, String readAddress, String readAddressNote, String osVersion, String osBuild, String osName,
        String buildLab, Map<String, String> trapFrame, Map<String, String> context, List<StackFrame> stack,
        Instant dumpTime, String dumpTimeText, String host, String dumpFile, Map<String, String> analysisValues,
        Map<String, String> otherFields, String remainingText, String rawText, SourceRef source) implements ParsedRecord {

    /** The module to blame: MODULE_NAME, else FAULTING_MODULE, else IMAGE_NAME without extension. */
    public String blamedModule() {
        if (moduleName != null) {
            return moduleName;
        }
        if (faultingModule != null) {
            return faultingModule;
        }
        if (imageName != null) {
            int dot = imageName.lastIndexOf('.');
            return dot > 0 ? imageName.substring(0, dot) : imageName;
        }
        return null;
    }

    @Override
    public EvidenceRecord evidence() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, EvidenceRecord.Fields.BUGCHECK, bugcheckCode);
        put(fields, "bugcheckName", bugcheckName);
        if (arguments != null) {
            for (int i = 0; i < arguments.size(); i++) {
                put(fields, "arg" + (i + 1), arguments.get(i));
            }
        }
        put(fields, EvidenceRecord.Fields.MODULE, blamedModule());
        put(fields, "imageName", imageName);
        put(fields, "processName", processName);
        put(fields, EvidenceRecord.Fields.FAILURE_BUCKET, failureBucketId);
        put(fields, "symbolName", symbolName);
        put(fields, "readAddress", readAddress);
        put(fields, "osVersion", osVersion);
        put(fields, "osBuild", osBuild);
        put(fields, "dumpFile", dumpFile);
        if (!stack.isEmpty()) {
            List<String> sites = new ArrayList<>();
            for (StackFrame frame : stack) {
                sites.add(frame.callSite());
            }
            fields.put("stack", String.join(" < ", sites));
        }
        return new EvidenceRecord(dumpTime, dumpTimeText, host, "crash", summary(), fields, rawText, source);
    }

    /** e.g. {@code 0x50 PAGE_FAULT_IN_NONPAGED_AREA in Driver.sys (AV_W_(null)_Driver!unknown_function)}. */
    public String summary() {
        StringBuilder text = new StringBuilder("crash");
        if (bugcheckCode != null) {
            text.append(' ').append(bugcheckCode);
        }
        if (bugcheckName != null) {
            text.append(' ').append(bugcheckName);
        }
        String module = imageName != null ? imageName : blamedModule();
        if (module != null) {
            text.append(" in ").append(module);
        }
        if (failureBucketId != null) {
            text.append(" (").append(failureBucketId).append(')');
        }
        return text.toString();
    }

    /**
     * The contract of {@code faultline parse --json} for {@code windbg}: exactly
     * {@code bugcheckCode, bugcheckName, arguments, imageName, moduleName, processName,
     * failureBucketId, symbolName, readAddress, osBuild, stack, source}.
     */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bugcheckCode", bugcheckCode);
        json.put("bugcheckName", bugcheckName);
        json.put("arguments", arguments);
        json.put("imageName", imageName);
        json.put("moduleName", moduleName);
        json.put("processName", processName);
        json.put("failureBucketId", failureBucketId);
        json.put("symbolName", symbolName);
        json.put("readAddress", readAddress);
        json.put("osBuild", osBuild);
        List<Map<String, Object>> frames = new ArrayList<>();
        for (StackFrame frame : stack) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("module", frame.module());
            f.put("function", frame.function());
            f.put("offset", frame.offset());
            frames.add(f);
        }
        json.put("stack", frames);
        json.put("source", LogRecord.sourceJson(source));
        return json;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
