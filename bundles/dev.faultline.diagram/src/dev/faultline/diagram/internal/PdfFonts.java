package dev.faultline.diagram.internal;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * Maps the exports' AWT fonts to PDF fonts: DejaVu Sans embedded (Unicode, the same glyphs as the
 * editor and the PNG) when its TrueType files are installed, else the PDF standard Helvetica.
 */
public final class PdfFonts implements FontMapper {

    private static final Path[] DIRS = { Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/dejavu"),
            Path.of("/usr/share/fonts/TTF") };
    private final Map<Integer, BaseFont> cache = new HashMap<>();

    @Override
    public BaseFont awtToPdf(Font font) {
        int style = font.getStyle();
        return cache.computeIfAbsent(style, PdfFonts::load);
    }

    private static BaseFont load(int style) {
        String file = switch (style) {
            case Font.BOLD -> "DejaVuSans-Bold.ttf";
            case Font.ITALIC -> "DejaVuSans-Oblique.ttf";
            case Font.BOLD | Font.ITALIC -> "DejaVuSans-BoldOblique.ttf";
            default -> "DejaVuSans.ttf";
        };
        for (Path dir : DIRS) {
            Path candidate = dir.resolve(file);
            if (Files.isRegularFile(candidate)) {
                try {
                    return BaseFont.createFont(candidate.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (IOException | RuntimeException e) {
                    break;
                }
            }
        }
        String standard = switch (style) {
            case Font.BOLD -> BaseFont.HELVETICA_BOLD;
            case Font.ITALIC -> BaseFont.HELVETICA_OBLIQUE;
            case Font.BOLD | Font.ITALIC -> BaseFont.HELVETICA_BOLDOBLIQUE;
            default -> BaseFont.HELVETICA;
        };
        try {
            return BaseFont.createFont(standard, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new IllegalStateException("PDF standard font " + standard + " not available", e);
        }
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }
}
