package dev.faultline.core.formats.windbg;

/**
 * One frame of a STACK_TEXT, e.g. {@code nt!MiSystemFault+0x237b4d}.
 *
 * @param module the module ({@code nt}, {@code Driver}), or {@code null} for a bare address
 * @param function the function, or {@code null} when the frame names only a module or address
 * @param offset the offset after {@code +} (or the bare address) as {@code 0x...} lower-case, or {@code null}
 * @param childSp the frame's Child-SP (or ChildEBP) as written, or {@code null}
 * @param returnAddress the frame's RetAddr as written, or {@code null}
 * @param sourceFile the source file in {@code [file @ line]}, or {@code null}
 * @param sourceLine the line in {@code [file @ line]}, or 0
 */
public record StackFrame(String module, String function, String offset, String childSp, String returnAddress,
        String sourceFile, int sourceLine) {

    /** {@code module!function+offset} as WinDbg writes it. */
    public String callSite() {
        StringBuilder text = new StringBuilder();
        if (module != null) {
            text.append(module);
        }
        if (function != null) {
            text.append('!').append(function);
        }
        if (offset != null) {
            if (!text.isEmpty()) {
                text.append('+');
            }
            text.append(offset);
        }
        return text.toString();
    }
}
