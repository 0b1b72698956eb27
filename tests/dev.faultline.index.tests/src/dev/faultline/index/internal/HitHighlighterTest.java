package dev.faultline.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.index.IndexFields;
import dev.faultline.index.QuerySyntaxException;

class HitHighlighterTest {

    private static List<String> highlight(String query, String text) throws QuerySyntaxException {
        var parsed = new EvidenceQueryParser(EvidenceAnalyzers.query()).parseTyped(query);
        return HitHighlighter.of(parsed, IndexFields.MESSAGE, "[", "]", 3).highlight(text);
    }

    @Test
    void marksTheWholeTokenWhenOneOfItsVariantsMatches() throws Exception {
        assertEquals(List.of("FAILURE_BUCKET_ID: [AV_csagent!unknown_function]"),
                highlight("csagent", "FAILURE_BUCKET_ID: AV_csagent!unknown_function"));
        assertEquals(List.of("BUGCHECK_CODE: [00000050]"), highlight("0x50", "BUGCHECK_CODE: 00000050"));
        assertEquals(List.of("image [C-00000291-00000000-00000032.sys] loaded"),
                highlight("C-00000291*", "image C-00000291-00000000-00000032.sys loaded"));
    }

    @Test
    void marksAnExactPhraseAsOneSpanAndNotItsWordsElsewhere() throws Exception {
        assertEquals(List.of("sshd: [authentication failure]; failure again"),
                highlight("\"authentication failure\"", "sshd: authentication failure; failure again"));
        assertEquals(List.of(), highlight("\"failure authentication\"", "sshd: authentication failure"));
    }

    @Test
    void wildcardsAndBooleansButNotNegatedTermsOrOtherFields() throws Exception {
        assertEquals(List.of("kernel: [Failure] registering, [failed] twice"),
                highlight("fail* -kernel", "kernel: Failure registering, failed twice"));
        assertEquals(List.of("sshd on host-1 [failed]"), highlight("host:host-1 AND failed", "sshd on host-1 failed"));
        assertEquals(List.of(), highlight("host:host-1", "sshd on host-1 failed"));
        assertEquals(List.of(), highlight("time:[2024-07-19 TO 2024-07-20]", "anything"));
    }

    @Test
    void passagesAreTheMatchingLinesInTextOrder() throws Exception {
        String text = "first line\nsecond has csagent.sys\nthird\nfourth has csagent.sys too\nfifth csagent\nsixth csagent";
        assertEquals(List.of("second has [csagent.sys]…fourth has [csagent.sys] too…fifth [csagent]"), highlight("csagent", text));
    }

    @Test
    void windowsLineEndsStayOutOfThePassages() throws Exception {
        assertEquals(List.of("MODULE_NAME: [csagent]…IMAGE_NAME: [csagent.sys]"),
                highlight("csagent", "BUGCHECK_CODE: 50\r\nMODULE_NAME: csagent\r\nIMAGE_NAME: csagent.sys\r\n"));
    }

    @Test
    void longLinesAreCutAroundTheirFirstMark() throws Exception {
        String line = "x".repeat(1000) + " csagent.sys " + "y".repeat(1000);
        String passage = highlight("csagent.sys", line).get(0);
        assertTrue(passage.startsWith("…") && passage.endsWith("…"), passage);
        assertTrue(passage.contains("[csagent.sys]"), passage);
        assertTrue(passage.length() <= HitHighlighter.MAX_PASSAGE + 10, passage.length() + "");
    }

    @Test
    void nothingToMark() throws Exception {
        assertEquals(List.of(), highlight("absent", "nothing here"));
        assertEquals(List.of(), highlight("absent", ""));
        assertFalse(HitHighlighter.of(new EvidenceQueryParser(EvidenceAnalyzers.query()).parseTyped("kind:crash"), IndexFields.MESSAGE, "[",
                "]", 3).hasTerms());
    }
}
