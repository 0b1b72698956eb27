package dev.faultline.report.internal;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/**
 * FreeMarker output format "Markdown": every {@code ${value}} is escaped so that evidence text stays
 * text. Markdown's inline punctuation (emphasis, links, images, code, HTML, entities, tables) is
 * backslash-escaped wherever it appears; line-start punctuation (lists, headings, block quotes, rules)
 * is escaped when the value starts with it; line breaks become spaces, so a value cannot start a new
 * block of its own.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    /** Always escaped, anywhere in a value. */
    private static final String INLINE = "\\`*_{}[]<>()#!|~&";
    /** Escaped at the start of a value (and after the digits of a would-be ordered list). */
    private static final String LINE_START = "-+=.:";

    private MarkdownOutputFormat() {
    }

    /** Markup produced by a template in this format. */
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        boolean start = true;
        boolean digits = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                escaped.append(' ');
                continue;
            }
            if (INLINE.indexOf(c) >= 0 || start && (digits ? c == '.' : LINE_START.indexOf(c) >= 0)) {
                escaped.append('\\');
            }
            escaped.append(c);
            digits = digits || Character.isDigit(c);
            start = start && (Character.isDigit(c) || c == ' ' && !digits);
        }
        return escaped.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }
}
