package dev.faultline.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import dev.faultline.report.Citation;

/**
 * Fonts, colours and table cells of the PDF report. Text is set in DejaVu Sans when the system has it
 * (embedded, all of Unicode the font covers); otherwise in Helvetica, with characters outside its
 * Latin-1 encoding written as {@code ?}.
 */
final class PdfStyle {

    private static final List<String> FONT_FOLDERS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
            "/usr/share/fonts/TTF");
    static final Color MUTED = new Color(0x5b, 0x65, 0x70);
    static final Color BAND = new Color(0xf4, 0xf6, 0xf8);
    static final Color ACCENT = new Color(0x8a, 0x2b, 0x1a);
    static final Color RECONSTRUCTED = new Color(0x4b, 0x2a, 0x7b);

    final Font title;
    final Font heading;
    final Font subheading;
    final Font body;
    final Font bold;
    final Font small;
    final Font header;
    final Font badge;
    final Font mono;
    private final boolean unicode;

    PdfStyle() throws IOException {
        BaseFont regular;
        BaseFont strong;
        BaseFont fixed;
        Path folder = FONT_FOLDERS.stream().map(Path::of).filter(f -> Files.isRegularFile(f.resolve("DejaVuSans.ttf")))
                .findFirst().orElse(null);
        try {
            if (folder != null) {
                regular = BaseFont.createFont(folder.resolve("DejaVuSans.ttf").toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                Path boldFile = folder.resolve("DejaVuSans-Bold.ttf");
                strong = Files.isRegularFile(boldFile)
                        ? BaseFont.createFont(boldFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED) : regular;
                Path monoFile = folder.resolve("DejaVuSansMono.ttf");
                fixed = Files.isRegularFile(monoFile)
                        ? BaseFont.createFont(monoFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED) : regular;
                unicode = true;
            } else {
                regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
                strong = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
                fixed = BaseFont.createFont(BaseFont.COURIER, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
                unicode = false;
            }
        } catch (DocumentException e) {
            throw new IOException("cannot load the PDF fonts: " + e.getMessage(), e);
        }
        title = new Font(strong, 17, Font.NORMAL, Color.BLACK);
        heading = new Font(strong, 13, Font.NORMAL, ACCENT);
        subheading = new Font(strong, 10.5f, Font.NORMAL, Color.BLACK);
        body = new Font(regular, 9, Font.NORMAL, Color.BLACK);
        bold = new Font(strong, 9, Font.NORMAL, Color.BLACK);
        small = new Font(regular, 7.5f, Font.NORMAL, MUTED);
        header = new Font(strong, 8, Font.NORMAL, Color.BLACK);
        badge = new Font(strong, 7, Font.NORMAL, RECONSTRUCTED);
        mono = new Font(fixed, 7.5f, Font.NORMAL, Color.BLACK);
    }

    /** Text the font can show (Latin-1 only without a Unicode font). */
    String text(String s) {
        if (s == null) {
            return "";
        }
        if (unicode) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.append(c == '\u2192' ? "->" : c == '\u2026' ? "..." : c < 256 || c == '\u2014'
                ? new String(Character.toChars(c)) : "?"));
        return out.toString();
    }

    Phrase phrase(String s, Font font) {
        return new Phrase(text(s), font);
    }

    Chunk chunk(String s, Font font) {
        return new Chunk(text(s), font);
    }

    /** A table over the page width with a header row. */
    PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(phrase(header, this.header));
            cell.setBackgroundColor(BAND);
            cell.setPadding(3);
            table.addCell(cell);
        }
        return table;
    }

    PdfPCell cell(Phrase content) {
        PdfPCell cell = new PdfPCell(content);
        cell.setPadding(3);
        return cell;
    }

    PdfPCell cell(String s) {
        return cell(phrase(s, body));
    }

    /** The citations of a statement, small, as in the HTML report. */
    Phrase citations(List<Citation> citations) {
        if (citations.isEmpty()) {
            return phrase("no evidence cited", small);
        }
        Phrase phrase = new Phrase();
        for (int i = 0; i < citations.size(); i++) {
            phrase.add(chunk((i > 0 ? "; " : "") + citations.get(i).text(), small));
        }
        return phrase;
    }

    /** {@code text} followed by a "reconstructed" mark when it is. */
    Phrase marked(String s, boolean reconstructed) {
        Phrase phrase = phrase(s, body);
        if (reconstructed) {
            phrase.add(chunk("  reconstructed", badge));
        }
        return phrase;
    }
}
