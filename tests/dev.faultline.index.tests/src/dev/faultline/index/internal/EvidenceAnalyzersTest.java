package dev.faultline.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import dev.faultline.index.IndexFields;

class EvidenceAnalyzersTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.MESSAGE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add((pos.getPositionIncrement() == 0 ? "=" : "") + term);
            }
            ts.end();
        }
        return out;
    }

    @Test
    void windbgStackLineKeepsAddressesAndSymbols() throws IOException {
        // ie_0x50_page_fault_in_nonpaged_area.txt line 258
        String line = "fffff90f`b6d8ede0 fffff801`197f1d1e     : fffff801`197f1176 00000000`00000474 fffff801`197f3001 ffffa508`4147a690 : nt!KiPageFault+0x369";
        List<String> tokens = tokens(EvidenceAnalyzers.index(), line);
        assertEquals("fffff90fb6d8ede0", tokens.get(0));
        assertTrue(tokens.contains("fffff801197f1d1e"), tokens.toString());
        assertTrue(tokens.contains("=0xfffff801197f1d1e"), tokens.toString());
        assertTrue(tokens.contains("0000000000000474"), tokens.toString());
        assertTrue(tokens.contains("=0x474"), tokens.toString());
        int symbol = tokens.indexOf("nt!kipagefault+0x369");
        assertTrue(symbol > 0, tokens.toString());
        assertEquals(List.of("=nt", "=nt!kipagefault", "=kipagefault", "=0x369", "=369"), tokens.subList(symbol + 1, symbol + 6));
    }

    @Test
    void hexWithPrefixIsFindableWithoutAndNormalised() throws IOException {
        assertEquals(List.of("0xfffff80312345678", "=fffff80312345678"), tokens(EvidenceAnalyzers.index(), "0xFFFFF80312345678"));
        assertEquals(List.of("0x00000050", "=00000050", "=0x50", "=50"), tokens(EvidenceAnalyzers.index(), "(0x00000050)"));
        assertEquals(List.of("0x50"), tokens(EvidenceAnalyzers.query(), "0x00000050"));
        assertEquals(List.of("0x50"), tokens(EvidenceAnalyzers.query(), "00000000`00000050"));
        assertEquals(List.of("50"), tokens(EvidenceAnalyzers.query(), "50"));
        assertEquals(List.of("fffff80312345678"), tokens(EvidenceAnalyzers.query(), "fffff803`12345678"));
    }

    @Test
    void channelFileNameIsOneTokenWithItsParts() throws IOException {
        List<String> tokens = tokens(EvidenceAnalyzers.index(),
                "C:\\Windows\\System32\\drivers\\CrowdStrike\\C-00000291-00000000-00000032.sys deleted.");
        assertEquals(List.of("c", "windows", "system32", "drivers", "crowdstrike", "c-00000291-00000000-00000032.sys",
                "=c-00000291-00000000-00000032", "=c", "=00000291", "=0x291", "=291", "=00000000", "=0x0", "=0", "=00000032", "=0x32", "=32",
                "=sys", "deleted"), tokens);
        assertEquals(List.of("c-00000291-00000000-00000032.sys"), tokens(EvidenceAnalyzers.query(), "C-00000291-00000000-00000032.sys"));
    }

    @Test
    void moduleAndOffsetWithoutFunction() throws IOException {
        // Microsoft's csagent WER pattern: rip - base = csagent+0xe14ed
        assertEquals(List.of("csagent+0xe14ed", "=csagent", "=0xe14ed", "=e14ed"), tokens(EvidenceAnalyzers.index(), "csagent+0xe14ed"));
        assertEquals(List.of("csagent.sys", "=csagent", "=sys"), tokens(EvidenceAnalyzers.index(), "csagent.sys"));
    }

    @Test
    void syslogPunctuationSplitsButKeepsAddresses() throws IOException {
        // loghub Linux_2k.log line 1
        List<String> tokens = tokens(EvidenceAnalyzers.query(),
                "sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=218.188.2.4 ");
        assertEquals(List.of("sshd", "pam_unix", "19939", "authentication", "failure", "logname", "uid", "0", "euid", "0", "tty",
                "nodevssh", "ruser", "rhost", "218.188.2.4"), tokens);
    }

    @Test
    void offsetsCoverTheTokenAsWritten() throws IOException {
        try (TokenStream ts = EvidenceAnalyzers.index().tokenStream(IndexFields.MESSAGE, "at fffff801`197f1d1e.")) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            ts.incrementToken();
            ts.incrementToken();
            assertEquals("fffff801197f1d1e", term.toString());
            assertEquals(3, offset.startOffset());
            assertEquals(20, offset.endOffset());
            ts.end();
        }
    }

    @Test
    void bugcheckCodesNormalise() {
        assertEquals("0x50", IndexValues.bugcheck("0x50"));
        assertEquals("0x50", IndexValues.bugcheck("50"));
        assertEquals("0x50", IndexValues.bugcheck("0x00000050"));
        assertEquals("0x50", IndexValues.bugcheck("0x50 (PAGE_FAULT_IN_NONPAGED_AREA)"));
        assertEquals("0xd1", IndexValues.bugcheck("D1"));
        assertEquals("page_fault_in_nonpaged_area", IndexValues.bugcheck("PAGE_FAULT_IN_NONPAGED_AREA"));
    }

    @Test
    void moduleNamesWithAndWithoutExtension() {
        assertEquals(List.of("csagent.sys", "csagent"), IndexValues.moduleNames("CSAgent.sys"));
        assertEquals(List.of("nt"), IndexValues.moduleNames("nt"));
        assertEquals("csagent", IndexValues.moduleBase("csagent.sys"));
    }

    @Test
    void timesStandForTheirPrecision() {
        TimeValues.Span day = TimeValues.parse("2024-07-19");
        assertEquals(1721347200000L, day.first());
        assertEquals(1721347200000L + 86_400_000L - 1, day.last());
        TimeValues.Span minute = TimeValues.parse("2024-07-19T04:09Z");
        assertEquals(1721362140000L, minute.first());
        assertEquals(1721362199999L, minute.last());
        assertEquals(1721362140000L - 7_200_000L, TimeValues.parse("2024-07-19T04:09:00+02:00").first());
        assertEquals(1721362140250L, TimeValues.parse("2024-07-19T04:09:00.250Z").last());
        // years outside 0000-9999 as ISO 8601 (and java.time) write them: with a sign
        assertEquals(java.time.Instant.parse("+10190-07-19T04:09:00.125Z").toEpochMilli(), TimeValues.parse("+10190-07-19T04:09:00.125Z").first());
        assertEquals(java.time.Instant.parse("-0044-03-15T00:00:00Z").toEpochMilli(), TimeValues.parse("-0044-03-15").first());
    }
}
