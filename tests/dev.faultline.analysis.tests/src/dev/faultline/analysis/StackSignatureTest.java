package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Socorro-style signatures of Windows kernel stacks. */
class StackSignatureTest {

    private final StackSignature defaults = new StackSignature(SignatureRules.defaults());

    @Test
    void framesEveryKernelCrashSharesAreSkipped() {
        assertEquals("csagent+0xe14ed", defaults.ofStackText("nt!KeBugCheckEx < nt!KiBugCheckDispatch+0x69 < nt!KiPageFault+0x474 < csagent+0xE14ED"
                + " < csagent+0x1c2f1"));
        assertEquals("nt!ObpCloseHandle", defaults.of(List.of("nt!KeBugCheckEx", "nt!MmAccessFault+0x29f", "nt!ObpCloseHandle+0x1a")));
    }

    @Test
    void prefixFramesNeedTheNextFrame() {
        assertEquals("nt!memcpy | stflt!CopyBuffer", defaults.ofStackText("nt!KeBugCheckEx < nt!memcpy+0x1c < stflt!CopyBuffer+0x40 < stflt!Read+0x10"));
        assertEquals("FLTMGR!FltpPerformPreCallbacks | FLTMGR!FltpPassThrough | avflt!PreCreate",
                defaults.ofStackText("FLTMGR!FltpPerformPreCallbacks+0x2a < FLTMGR!FltpPassThrough+0x1b < avflt!PreCreate+0x90"));
    }

    @Test
    void anEmptyStackHasAnEmptySignature() {
        assertEquals("", defaults.ofStackText(null));
        assertEquals("", defaults.ofStackText("nt!KeBugCheckEx"));
    }

    @Test
    void rulesFromAFileExtendTheDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.txt");
        Files.writeString(file, "# site rules\nskip stflt!Dispatch*\nprefix stflt!Copy*\nmax-frames 2\n");
        StackSignature site = new StackSignature(SignatureRules.read(file));
        assertEquals("stflt!CopyBuffer | stflt!Read", site.ofStackText("nt!KeBugCheckEx < stflt!DispatchRead+0x1 < stflt!CopyBuffer+0x40 < stflt!Read+0x10"
                + " < stflt!Other"));
        Files.writeString(file, "skip\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SignatureRules.read(file));
        assertTrue(e.getMessage().contains("rules.txt:1"), e.getMessage());
        Files.writeString(file, "\nignore nt!Foo\n");
        e = assertThrows(IllegalArgumentException.class, () -> SignatureRules.read(file));
        assertTrue(e.getMessage().contains(":2: unknown rule 'ignore'"), e.getMessage());
    }
}
