package dev.faultline.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Markdown escaping: evidence text cannot start a block, a link, an image, HTML, code or a table cell. */
class MarkdownOutputFormatTest {

    private static String esc(String s) {
        return MarkdownOutputFormat.INSTANCE.escapePlainText(s);
    }

    @Test
    void inlineMarkupStaysText() {
        assertEquals("\\[a\\]\\(javascript:alert\\(1\\)\\)", esc("[a](javascript:alert(1))"));
        assertEquals("\\!\\[x\\]\\(http://e/x.png\\)", esc("![x](http://e/x.png)"));
        assertEquals("\\<script\\>", esc("<script>"));
        assertEquals("a\\|b \\`c\\` \\*d\\* \\_e\\_ \\&amp;", esc("a|b `c` *d* _e_ &amp;"));
        assertEquals("back\\\\slash", esc("back\\slash"));
    }

    @Test
    void lineBreaksCannotStartABlock() {
        assertEquals("x \\# heading", esc("x\n# heading"));
        assertEquals("x  y", esc("x\r\ny"));
    }

    @Test
    void lineStartPunctuationIsEscapedOnlyAtTheStart() {
        assertEquals("\\- item", esc("- item"));
        assertEquals("  \\+ item", esc("  + item"));
        assertEquals("1\\. item", esc("1. item"));
        assertEquals("\\===", esc("==="));
        assertEquals("2026-12-01 04:09 UTC", esc("2026-12-01 04:09 UTC"));
        assertEquals("csagent.sys a-b", esc("csagent.sys a-b"));
    }
}
