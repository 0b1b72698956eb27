package dev.faultline.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectionTest {

    @ParameterizedTest
    @CsvSource({
        "windbg/ie_0x50_page_fault_in_nonpaged_area.txt, windbg",
        "windbg/ie_0x7e_system_thread_exception_not_handled.txt, windbg",
        "windbg/ie_0xd1_driver_irql_pageable_memory.txt, windbg",
        "windbg/ie_0xd1_driver_irql_triage_section9.txt, windbg",
        "windbg/ie_0x19_bad_pool_header.txt, windbg",
        "windbg/ie_0x139_kernel_security_check_failure.txt, windbg",
        "windbg/ie_0xe3_resource_not_owned.txt, windbg",
        "windbg/ie_0x39_system_exit_owned_mutex.txt, windbg",
        "windbg/p0_0x50_page_fault_applockerfltr.txt, windbg",
        "windbg/p0_0x3b_system_service_exception_CmpDereferenceSecurityNode.txt, windbg",
        "windbg/ms_blog_csagent_wer_fragment.txt, windbg",
        "driverquery/generalupdate_bowl_driverquery_v_en.txt, driverquery",
        "driverquery/payloadsallthethings_driverquery_fo_table.txt, driverquery",
        "eventlog_snippets/wdd1499_kernel_power_41_bugcheck_0x1a_eventviewer_copy.txt, eventlog-xml",
        "eventlog_snippets/wdd1815_kernel_power_41_bugcheck_0x1a.xml.txt, eventlog-xml",
        "eventlog_snippets/wsl582_bugcheck_0x3b_wer_report.txt, text",
        "evtx/derived/plaso_test_data_evtx_System.key_events.xml, eventlog-xml",
        "evtx/derived/omerbenamram-evtx_samples_system.key_events.xml, eventlog-xml",
        "evtx/derived/eas_LM_Remote_Service02_7045.key_events.xml, eventlog-xml",
        "evtx/derived/eas_System_7045_namedpipe_privesc.key_events.xml, eventlog-xml",
        "evtx/derived/eas_DSE_bypass_BYOV_TDL_dummydriver_sysmon_6_7_13.key_events.xml, eventlog-xml",
        "evtx/derived/eas_discovery_UEFI_Settings_rweverything_sysmon_6.key_events.xml, eventlog-xml",
        "loghub/Linux/Linux_2k.log, syslog",
        "loghub/Windows/Windows_2k.log, text",
        "timeline/plaso_end_to_end_l2tcsv.log, plaso-l2tcsv",
        "timeline/plaso_end_to_end_json_line.log, plaso-jsonl",
        "timeline/timesketch_evtx_part.csv, timesketch",
        "timeline/timesketch_evtx_direct.csv, timesketch",
        "timeline/timesketch_sigma_events.csv, timesketch",
        "timeline/timesketch_sigma_events.jsonl, timesketch",
        "crowdstrike/CROWDSTRIKE_CF291_NOTES.md, text",
    })
    void realFilesAreDetectedByContent(String file, String format) throws IOException {
        assertEquals(format, Formats.detect(SharedData.file(file)).format().id());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Level,Date and Time,Source,Event ID,Task Category | eventlog-csv
        vendor,product,kind,identifier,version,released,reverted,scope | updates-csv
        hostname,ip address,os,os build | inventory-csv
        {"__CURSOR":"s=1","__REALTIME_TIMESTAMP":"1721362150000000","MESSAGE":"x"} | journald-json
        "Module Name","Display Name","Driver Type","Link Date" | driverquery
        """)
    void formatsWithoutRealSamplesAreDetectedFromTheirHeader(String firstLine, String format) {
        assertEquals(format, Formats.detect((firstLine + "\n").getBytes(StandardCharsets.UTF_8)).format().id());
    }

    /** The registry names each parser by the id it gives itself, in tie-break order, and makes each once. */
    @Test
    void theRegistryIdsAreTheParsersOwn() {
        List<FormatParser> all = Formats.all();
        assertEquals(Formats.ids(), all.stream().map(FormatParser::id).toList());
        assertEquals("evtx", Formats.ids().get(0));
        for (FormatParser format : all) {
            assertTrue(Formats.byId(format.id()).orElseThrow() == format, format.id() + " made twice");
        }
    }

    /**
     * Detection stops at the first certain score (100): that is only the same answer as asking every format
     * if none scores above 100, which these heads (every format's own and some noise) check.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        ElfFile
        Level,Date and Time,Source,Event ID,Task Category
        {"__CURSOR":"s=1","__REALTIME_TIMESTAMP":"1721362150000000","MESSAGE":"x"}
        <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System>
        Jul 19 04:09:01 host1 kernel: csagent.sys
        message,datetime,timestamp_desc
        *** Fatal System Error: 0x00000050
        """)
    void noFormatScoresAboveCertain(String head) {
        byte[] bytes = (head + "\n").getBytes(StandardCharsets.UTF_8);
        for (FormatParser format : Formats.all()) {
            int score = format.detect(bytes);
            assertTrue(score >= 0 && score <= 100, format.id() + " scored " + score);
        }
    }
}
