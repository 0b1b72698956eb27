package dev.faultline.report.internal;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts of the PDF report: DejaVu Sans and DejaVu Sans Mono, embedded (all of Unicode the fonts cover), when the
 * system has them. The templates name them in their CSS ({@code font-family: "DejaVu Sans", sans-serif}); without
 * them the PDF falls back to Helvetica and Courier (Latin-1 only). Pictures drawn for the PDF (the time axis) map
 * their AWT fonts here too.
 */
final class ReportFonts implements FontMapper {

    private static final List<Path> FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"));
    private static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf");

    private final Map<Integer, BaseFont> byStyle = new HashMap<>();

    /** Makes the installed DejaVu fonts available to the templates' CSS. */
    static void register(ITextFontResolver resolver) throws IOException {
        for (String name : FILES) {
            Path file = find(name);
            if (file != null) {
                try {
                    resolver.addFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (DocumentException e) {
                    throw new IOException("cannot load the font " + file + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static Path find(String name) {
        return FOLDERS.stream().map(f -> f.resolve(name)).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        return byStyle.computeIfAbsent(font.getStyle() & (Font.BOLD | Font.ITALIC), ReportFonts::load);
    }

    private static BaseFont load(int style) {
        Path file = find(switch (style) {
            case Font.BOLD -> "DejaVuSans-Bold.ttf";
            case Font.ITALIC -> "DejaVuSans-Oblique.ttf";
            case Font.BOLD | Font.ITALIC -> "DejaVuSans-BoldOblique.ttf";
            default -> "DejaVuSans.ttf";
        });
        try {
            if (file != null) {
                return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            return BaseFont.createFont(switch (style) {
                case Font.BOLD -> BaseFont.HELVETICA_BOLD;
                case Font.ITALIC -> BaseFont.HELVETICA_OBLIQUE;
                case Font.BOLD | Font.ITALIC -> BaseFont.HELVETICA_BOLDOBLIQUE;
                default -> BaseFont.HELVETICA;
            }, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot load a PDF font: " + e.getMessage(), e);
        }
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }
}
