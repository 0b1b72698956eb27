package dev.faultline.core.formats.windbg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.faultline.core.formats.RecordJson;
import dev.faultline.core.formats.SharedData;

class WinDbgAnalysisParserTest {

    private final WinDbgAnalysisParser parser = new WinDbgAnalysisParser();

    private CrashAnalysisRecord only(String file) throws IOException {
        SharedData.Result result = SharedData.parse(parser, SharedData.file("windbg/" + file));
        assertEquals(1, result.records().size(), "records of " + file);
        assertEquals(List.of(), result.rejections(), "rejections of " + file);
        return result.record(0, CrashAnalysisRecord.class);
    }

    /** Values checked by hand in each file of shared/data/windbg. "-" stands for absent. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        ie_0x50_page_fault_in_nonpaged_area.txt | 0x50 | PAGE_FAULT_IN_NONPAGED_AREA | 0xffffe5068d8a4000,0x2,0xfffff801197f1d1e,0x0 | Driver.sys | Driver | System | AV_W_(null)_Driver!unknown_function | Driver+1d1e | 0xffffe5068d8a4000 | 22621.1928 | 15
        ie_0x7e_system_thread_exception_not_handled.txt | 0x7E | SYSTEM_THREAD_EXCEPTION_NOT_HANDLED | 0xffffffffc0000005,0xfffff8076624f3d4,0xffffa1088a4aebf8,0xffffa1088a4ae410 | EvilDriver.sys | EvilDriver | System | AV_EvilDriver!unknown_function | EvilDriver+115b | 0xffffffffffffffff | 22621.1928 | 13
        ie_0xd1_driver_irql_pageable_memory.txt | 0xD1 | DRIVER_IRQL_NOT_LESS_OR_EQUAL | 0xfffff803712e5000,0x2,0x8,0xfffff803712e5000 | TestDriver.sys | TestDriver | System | AV_CODE_AV_PAGED_IP_TestDriver!AccessPageableMemory | TestDriver!AccessPageableMemory+0 | 0xfffff803712e5000 | 22621.2506 | 7
        ie_0xd1_driver_irql_triage_section9.txt | 0xD1 | DRIVER_IRQL_NOT_LESS_OR_EQUAL | 0xffff8001acdc6010,0x2,0x0,0xfffff805736312d0 | myfault.sys | myfault | notmyfault64.exe | AV_myfault!unknown_function | myfault+12d0 | 0xffff8001acdc6010 | 22621.2506 | 12
        ie_0x19_bad_pool_header.txt | 0x19 | BAD_POOL_HEADER | 0x22,0xffffc48068d7d000,0x4,0x0 | Driver.sys | Driver | System | 0x19_22_Driver!unknown_function | Driver+11b3 | - | 22621.1928 | 13
        ie_0x139_kernel_security_check_failure.txt | 0x139 | KERNEL_SECURITY_CHECK_FAILURE | 0x1d,0xffffb88f1487ec30,0xffffb88f1487eb88,0x0 | Driver.sys | Driver | System | 0x139_1d_INVALID_BALANCED_TREE_Driver!unknown_function | Driver+11b1 | - | 22621.1928 | 18
        ie_0xe3_resource_not_owned.txt | 0xE3 | RESOURCE_NOT_OWNED | 0xffffb587def9dc80,0xffffb587dea4e040,0x0,0x2 | TestDriver.sys | TestDriver | System | 0xE3_TestDriver!FileCreationThread | TestDriver!FileCreationThread+13a | - | 19041.1 | 6
        ie_0x39_system_exit_owned_mutex.txt | 0x39 | SYSTEM_EXIT_OWNED_MUTEX | 0xfffff8040677fe00,0xffffc80f43c8f3f0,0xffffc80f43c8f3f0,0x0 | ntkrnlmp.exe | nt | System | 0x39_nt!IopLoadUnloadDriver | nt!IopLoadUnloadDriver+0 | - | 19041.1 | 4
        p0_0x50_page_fault_applockerfltr.txt | 0x50 | PAGE_FAULT_IN_NONPAGED_AREA | 0xffffe18d7efffffe,0x0,0xfffff801807474d8,0x2 | - | - | - | - | - | - | - | 17
        p0_0x3b_system_service_exception_CmpDereferenceSecurityNode.txt | 0x3B | SYSTEM_SERVICE_EXCEPTION | 0xc0000005,0xfffff80261d55c63,0xfffff680edfb7e30,0x0 | - | - | Registry | - | - | - | - | 8
        """)
    void readsEveryRealAnalysis(String file, String code, String name, String arguments, String image, String module,
            String process, String bucket, String symbol, String readAddress, String osBuild, int frames) throws IOException {
        CrashAnalysisRecord crash = only(file);
        assertEquals(code, crash.bugcheckCode());
        assertEquals(name, crash.bugcheckName());
        assertEquals(Arrays.asList(arguments.split(",")), crash.arguments());
        assertEquals(absent(image), crash.imageName());
        assertEquals(absent(module), crash.moduleName());
        assertEquals(absent(process), crash.processName());
        assertEquals(absent(bucket), crash.failureBucketId());
        assertEquals(absent(symbol), crash.symbolName());
        assertEquals(absent(readAddress), crash.readAddress());
        assertEquals(absent(osBuild), crash.osBuild());
        assertEquals(frames, crash.stack().size());
        assertEquals(1, crash.source().line());
    }

    private static String absent(String value) {
        return value.equals("-") ? null : value;
    }

    @Test
    void pageFaultDetails() throws IOException {
        CrashAnalysisRecord crash = only("ie_0x50_page_fault_in_nonpaged_area.txt");
        assertEquals("Driver", crash.faultingModule());
        assertEquals("0xfffff801197f0000", crash.faultingModuleBase());
        assertEquals("Paged pool", crash.readAddressNote());
        assertEquals("10.0.22621.1928", crash.osVersion());
        assertEquals("MEMORY_0x50.DMP", crash.dumpFile());
        assertEquals("fffff801197f1d1e", crash.trapFrame().get("rip"));
        assertEquals("0000000000000024", crash.trapFrame().get("r8"));
        assertEquals("ffffe5068d8a3db0", crash.trapFrame().get("rax"));
        assertEquals(new StackFrame("nt", "KeBugCheckEx", null, "fffff90f`b6d8ebb8", "fffff801`164a1e1d", null, 0), crash.stack().get(0));
        StackFrame driver = crash.stack().get(4);
        assertEquals("Driver", driver.module());
        assertNull(driver.function());
        assertEquals("0x1d1e", driver.offset());
        assertEquals("0x50", crash.analysisValues().get("Bugcheck.Code.LegacyAPI"));
        assertEquals("Write", crash.analysisValues().get("AV.Type"));
        assertEquals("{2f4cb3f6-118f-01c9-d978-7b6c7a9a1257}", crash.otherFields().get("FAILURE_ID_HASH"));
        assertTrue(crash.remainingText().contains("Invalid system memory was referenced."));
        assertEquals("crash 0x50 PAGE_FAULT_IN_NONPAGED_AREA in Driver.sys (AV_W_(null)_Driver!unknown_function)",
                crash.evidence().message());
        assertEquals("Driver", crash.evidence().fields().get("module"));
    }

    @Test
    void exceptionContextRegistersAndSourceFrames() throws IOException {
        CrashAnalysisRecord context = only("ie_0x7e_system_thread_exception_not_handled.txt");
        assertEquals("fffff8076624f3d4", context.context().get("rip"));
        assertEquals("00050206", context.context().get("efl"));
        assertTrue(context.trapFrame().isEmpty());

        CrashAnalysisRecord source = only("ie_0xd1_driver_irql_pageable_memory.txt");
        StackFrame frame = source.stack().get(4);
        assertEquals("TestDriver", frame.module());
        assertEquals("PageableMemoryAccessThread", frame.function());
        assertEquals("0x15", frame.offset());
        assertEquals("C:\\Users\\User\\source\\repos\\TestDriver\\TestDriver\\Driver.c", frame.sourceFile());
        assertEquals(29, frame.sourceLine());
    }

    @Test
    void abridgedAnalysisKeepsWhatIsThere() throws IOException {
        CrashAnalysisRecord crash = only("p0_0x50_page_fault_applockerfltr.txt");
        StackFrame culprit = crash.stack().get(7);
        assertEquals("applockerfltr", culprit.module());
        assertEquals("SmpRegistryCallback", culprit.function());
        assertEquals("0xc8", culprit.offset());
        StackFrame bare = crash.stack().get(16);
        assertNull(bare.module());
        assertEquals("0x19e8f9fc040", bare.offset());
        assertEquals("fffff801807474d8", crash.trapFrame().get("rip"));
        assertTrue(crash.remainingText().contains("[...]"));
    }

    @Test
    void csagentFragmentWithoutBanner() throws IOException {
        CrashAnalysisRecord crash = only("ms_blog_csagent_wer_fragment.txt");
        assertNull(crash.bugcheckCode());
        assertNull(crash.arguments());
        assertEquals("csagent.sys", crash.imageName());
        assertEquals("csagent", crash.moduleName());
        assertEquals("csagent", crash.faultingModule());
        assertEquals("0xfffff80671430000", crash.faultingModuleBase());
        assertEquals("0xffff840500000074", crash.readAddress());
        assertEquals("System", crash.processName());
        assertEquals("fffff806715114ed", crash.trapFrame().get("rip"));
        assertEquals("ffff840500000074", crash.trapFrame().get("r8"));
        assertEquals("0000000000000000", crash.trapFrame().get("r12"));
        long rip = Long.parseUnsignedLong(crash.trapFrame().get("rip"), 16);
        long base = Long.parseUnsignedLong(crash.faultingModuleBase().substring(2), 16);
        assertEquals(0xe14edL, rip - base);
    }

    @Test
    void jsonHasExactlyTheContractKeys() throws IOException {
        CrashAnalysisRecord crash = only("ms_blog_csagent_wer_fragment.txt");
        Map<String, Object> json = crash.toJson();
        assertEquals(List.of("bugcheckCode", "bugcheckName", "arguments", "imageName", "moduleName", "processName",
                "failureBucketId", "symbolName", "readAddress", "osBuild", "stack", "source"), List.copyOf(json.keySet()));
        String line = RecordJson.toLine(crash);
        assertTrue(line.startsWith("{\"bugcheckCode\":null,\"bugcheckName\":null,\"arguments\":null,\"imageName\":\"csagent.sys\""), line);
        assertTrue(line.endsWith("\"stack\":[],\"source\":{\"file\":\"ms_blog_csagent_wer_fragment.txt\",\"line\":1}}"), line);
    }

    @Test
    void twoAnalysesInOneFileAreTwoRecords() throws IOException {
        String text = """
                0: kd> !analyze -v
                PAGE_FAULT_IN_NONPAGED_AREA (50)
                IMAGE_NAME:  a.sys
                1: kd> !analyze -v
                DRIVER_IRQL_NOT_LESS_OR_EQUAL (d1)
                IMAGE_NAME:  b.sys
                """;
        SharedData.Result result = SharedData.parse(parser, text);
        assertEquals(2, result.records().size());
        CrashAnalysisRecord second = result.record(1, CrashAnalysisRecord.class);
        assertEquals("0xD1", second.bugcheckCode());
        assertEquals("b.sys", second.imageName());
        assertEquals(4, second.source().line());
    }

    @Test
    void textWithoutAnalysisIsRejected() throws IOException {
        SharedData.Result result = SharedData.parse(parser, "hello\nworld\n");
        assertEquals(0, result.records().size());
        assertEquals(1, result.rejections().size());
        assertTrue(result.rejections().get(0).reason().startsWith("no !analyze output found"));
    }

    @Test
    void dumpTimeHostAndBuildFromTheDebuggerBanner() throws IOException {
        String text = """
                Windows 10 Kernel Version 19041 MP (2 procs) Free x64
                Built by: 19041.1.amd64fre.vb_release.191206-1406
                Machine Name: WS-01
                Debug session time: Fri Jul 19 06:12:37.123 2024 (UTC + 2:00)
                PAGE_FAULT_IN_NONPAGED_AREA (50)
                IMAGE_NAME:  csagent.sys
                """;
        CrashAnalysisRecord crash = SharedData.parse(parser, text).record(0, CrashAnalysisRecord.class);
        assertEquals(java.time.Instant.parse("2024-07-19T04:12:37.123Z"), crash.dumpTime());
        assertEquals("Fri Jul 19 06:12:37.123 2024 (UTC + 2:00)", crash.dumpTimeText());
        assertEquals("WS-01", crash.host());
        assertEquals("19041.1", crash.osBuild());
        assertEquals(crash.dumpTime(), crash.evidence().timestamp());
        assertEquals("WS-01", crash.evidence().host());
    }

    @Test
    void x86StackLine() {
        StackFrame frame = WinDbgAnalysisParser.frame("f78aebd4 804f8e2d 0000008e c0000005 8054e4f1 nt!KeBugCheckEx+0x1b");
        assertEquals("nt", frame.module());
        assertEquals("KeBugCheckEx", frame.function());
        assertEquals("0x1b", frame.offset());
        assertEquals("f78aebd4", frame.childSp());
    }
}
