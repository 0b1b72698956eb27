package dev.faultline.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a stack becomes a crash signature, the way Mozilla's Socorro does it: frames matching
 * {@link #skip} are left out (what every kernel crash shares, such as {@code nt!KeBugCheckEx});
 * frames matching {@link #prefix} are kept but do not end the signature (generic helpers such as
 * {@code nt!memcpy} or filter-manager dispatch, which say little alone); the first other frame ends
 * it. At most {@link #maxFrames} frames are joined with {@code " | "}.
 * <p>
 * Patterns are {@code module!function} (or {@code module+offset}), case-insensitive, with {@code *}
 * matching any characters.
 */
public record SignatureRules(List<String> skip, List<String> prefix, int maxFrames) {

    /** The frames every Windows kernel crash shares: bugcheck, trap and fault dispatch. */
    public static final List<String> DEFAULT_SKIP = List.of("nt!KeBugCheck*", "nt!KiBugCheck*", "nt!KiPageFault*",
            "nt!MmAccessFault*", "nt!MiSystemFault*", "nt!MiFaultInProbeAddress*", "nt!KiExceptionDispatch*", "nt!KiDispatchException*",
            "nt!KiSystemServiceHandler*", "nt!RtlDispatchException*", "nt!RtlpExecuteHandlerForException*", "nt!KiTrap*",
            "nt!KiGeneralProtectionFault*", "nt!KiDoubleFaultAbort*", "nt!RtlpBreakWithStatusInstruction*",
            "nt!DbgBreakPointWithStatus*", "nt!PspSystemThreadStartup*", "nt!KiStartSystemThread*", "nt!KxStartSystemThread*",
            "nt!PspUnhandledExceptionInSystemThread*", "nt!KiSwapContext*", "nt!KiSwapThread*", "hal!HalBugCheck*",
            "nt!KiCallUserMode*", "nt!KiSystemServiceCopyEnd*", "nt!KiSystemServiceExit*", "nt!_C_specific_handler*",
            "nt!__C_specific_handler*");

    /** Generic helpers that need the next frame to say anything. */
    public static final List<String> DEFAULT_PREFIX = List.of("nt!memcpy*", "nt!memmove*", "nt!memset*", "nt!RtlCopyMemory*",
            "nt!RtlCompareMemory*", "nt!RtlStringCch*", "nt!ExAllocatePool*", "nt!ExFreePool*", "nt!ExFreeHeapPool*",
            "nt!ObfDereferenceObject*", "nt!ObfReferenceObject*", "nt!IofCallDriver*", "nt!IopfCallDriver*", "nt!IofCompleteRequest*",
            "nt!KeWaitForSingleObject*", "nt!ExpWorkerThread*", "FLTMGR!Fltp*", "FLTMGR!FltpPerform*", "nt!KiIpiSendRequest*",
            "nt!ProbeForRead*", "nt!ProbeForWrite*", "nt!KiProcessExpiredTimerList*", "nt!KiRetireDpcList*");

    public static final int DEFAULT_MAX_FRAMES = 5;

    public SignatureRules {
        skip = List.copyOf(skip);
        prefix = List.copyOf(prefix);
        if (maxFrames < 1) {
            throw new IllegalArgumentException("a signature has at least one frame, not " + maxFrames);
        }
    }

    /** Faultline's default lists. */
    public static SignatureRules defaults() {
        return new SignatureRules(DEFAULT_SKIP, DEFAULT_PREFIX, DEFAULT_MAX_FRAMES);
    }

    /**
     * Rules read from a file: one rule a line, {@code skip PATTERN}, {@code prefix PATTERN} or
     * {@code max-frames N}; {@code #} starts a comment. The defaults are kept and extended;
     * {@code skip-none} / {@code prefix-none} clear a default list first.
     *
     * @throws IllegalArgumentException naming the file and line of a rule that is not understood
     */
    public static SignatureRules read(Path file) throws IOException {
        List<String> skip = new ArrayList<>(DEFAULT_SKIP);
        List<String> prefix = new ArrayList<>(DEFAULT_PREFIX);
        int max = DEFAULT_MAX_FRAMES;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String rule = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (rule.isEmpty()) {
                continue;
            }
            String[] parts = rule.split("\\s+", 2);
            String word = parts[0].toLowerCase(Locale.ROOT);
            String value = parts.length > 1 ? parts[1].strip() : "";
            switch (word) {
                case "skip" -> skip.add(requireValue(file, i, word, value));
                case "prefix" -> prefix.add(requireValue(file, i, word, value));
                case "skip-none" -> skip.clear();
                case "prefix-none" -> prefix.clear();
                case "max-frames" -> {
                    try {
                        max = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(file + ":" + (i + 1) + ": max-frames needs a number, not '" + value + "'");
                    }
                    if (max < 1) {
                        throw new IllegalArgumentException(file + ":" + (i + 1) + ": max-frames must be at least 1");
                    }
                }
                default -> throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown rule '" + parts[0]
                        + "' (expected skip, prefix, skip-none, prefix-none or max-frames)");
            }
        }
        return new SignatureRules(skip, prefix, max);
    }

    private static String requireValue(Path file, int index, String word, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + (index + 1) + ": '" + word + "' needs a frame pattern");
        }
        return value;
    }
}
