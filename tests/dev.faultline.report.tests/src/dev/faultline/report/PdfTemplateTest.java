package dev.faultline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.sample.SampleInvestigation;

/**
 * The PDF comes from replaceable templates ({@code pdf/*.ftlx} + {@code pdf/report.css}) like HTML and Markdown: the
 * built-in ones give the sample's sections with citations and the pictures as vector graphics; an organisation's
 * template or style sheet changes the PDF; a broken one leaves nothing behind.
 */
class PdfTemplateTest {

    private static final Instant NOW = Instant.parse("2026-12-01T22:00:00Z");

    @TempDir
    Path dir;
    private InvestigationFolder folder;
    private String sha;

    @BeforeEach
    void sample() throws Exception {
        folder = SampleInvestigation.writeTo(dir.resolve("case"));
        sha = folder.investigation().getEvidence().get(0).getSha256();
    }

    private Path write(Set<ReportSection> sections, Path templates) throws Exception {
        Path out = dir.resolve("pm.pdf");
        new PostMortemExport(ReportFormat.PDF, sections, out, templates).write(folder, ReportContributions.installed(), NOW);
        return out;
    }

    @Test
    void theSampleHasEverySectionCitationsAndThePicturesAsVectorGraphics() throws Exception {
        Path pdf = write(EnumSet.allOf(ReportSection.class), null);
        String text = PdfContents.text(pdf);
        for (ReportSection section : ReportSection.values()) {
            assertTrue(text.contains(section.title()), section.title());
        }
        assertTrue(text.contains("Post-mortem: CrowdStrike Falcon channel file 291"));
        String words = PdfContents.withoutSpace(text);
        // (OpenPDF's text extraction returns the monospaced hash out of line order, so the parts are checked apart)
        assertTrue(words.contains("[sample-sources.md:5·sha256"), "citations: file:line");
        assertTrue(words.contains(sha.substring(0, 12) + "…") && !words.contains(sha.substring(0, 13) + "…"),
                "citations: the first 12 hex digits of the hash");
        assertTrue(words.contains(sha), "the whole hash in the appendix");
        assertTrue(text.contains("reconstructed"), "reconstructed values marked");
        assertTrue(text.matches("(?s).*page 1 of \\d+.*"), "page numbers from the style sheet's @page rule");
        assertEquals(0, PdfContents.images(pdf), "no raster image: the diagram and the time axis are vector graphics");
        assertTrue(PdfContents.forms(pdf) >= 2, "the diagram and the time axis placed as vector forms");
        assertTrue(text.contains("csagent.sys"), "the diagram's labels are text");
        float[] size = PdfContents.pageSize(pdf);
        assertTrue(size[0] > size[1], "A4 landscape");
    }

    @Test
    void anOrganisationsPdfTemplateReplacesOneSectionAndStaysEscaped() throws Exception {
        Path templates = dir.resolve("org-templates");
        Files.createDirectories(templates.resolve("pdf"));
        Files.writeString(templates.resolve("pdf/summary.ftlx"), "<div class=\"section\" id=\"summary\"><h2>ACME incident summary</h2>"
                + "<p>${report.title}</p><p>${'<b>raw</b> & <img src=\"x\"/>'}</p></div>\n");
        String text = PdfContents.text(write(EnumSet.of(ReportSection.SUMMARY, ReportSection.EVIDENCE), templates));
        assertTrue(text.contains("ACME incident summary"), text);
        assertTrue(text.contains("<b>raw</b> & <img src=\"x\"/>"), "values in an organisation's template are escaped too");
        assertTrue(text.contains("Evidence appendix"), "other sections from the built-in templates");
    }

    @Test
    void theInvestigationsOwnStyleSheetChangesThePage() throws Exception {
        Path templates = folder.root().resolve("templates/pdf");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("report.css"), "@page { size: A5 portrait; margin: 10mm; }\n"
                + "body { font-family: \"DejaVu Sans\", sans-serif; font-size: 8pt; }\n");
        float[] size = PdfContents.pageSize(write(EnumSet.of(ReportSection.SUMMARY), null));
        assertEquals(420, size[0], 2);
        assertEquals(595, size[1], 2);
    }

    @Test
    void imagesComeOnlyFromTheTemplatesFolders() throws Exception {
        Path templates = dir.resolve("org");
        Files.createDirectories(templates.resolve("pdf"));
        BufferedImage logo = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(logo, "png", templates.resolve("pdf/logo.png").toFile());
        Path outside = dir.resolve("elsewhere.png");
        ImageIO.write(logo, "png", outside.toFile());
        Files.writeString(templates.resolve("pdf/custody.ftlx"), "<div class=\"section\" id=\"custody\"><h2>Custody</h2>"
                + "<p><img src=\"logo.png\"/></p><p><img src=\"" + outside.toUri() + "\"/></p>"
                + "<p><img src=\"https://evil.example/pixel.png\"/></p><p><img src=\"../../elsewhere.png\"/></p></div>\n");
        Path pdf = write(EnumSet.of(ReportSection.CUSTODY), templates);
        assertEquals(1, PdfContents.images(pdf), "the logo beside the templates, nothing from elsewhere");
    }

    @Test
    void aTemplateThatMakesBrokenXhtmlIsNamedAndLeavesTheEarlierReport() throws Exception {
        Path out = dir.resolve("pm.pdf");
        Files.writeString(out, "earlier report");
        Path templates = dir.resolve("broken");
        Files.createDirectories(templates.resolve("pdf"));
        Files.writeString(templates.resolve("pdf/evidence.ftlx"), "<div id=\"evidence\"><p>unclosed &nbsp;</div>\n");
        ReportException e = assertThrows(ReportException.class, () -> new PostMortemExport(ReportFormat.PDF,
                EnumSet.allOf(ReportSection.class), out, templates).write(folder, ReportContributions.installed(), NOW));
        assertTrue(e.getMessage().contains("pdf/report.ftlx made XHTML that is not well-formed, line "), e.getMessage());
        assertTrue(e.getMessage().contains("<div id=\"evidence\">") || e.getMessage().contains("unclosed"), e.getMessage());
        assertEquals("earlier report", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void aFailingPdfTemplateIsNamed() throws Exception {
        Path templates = dir.resolve("failing");
        Files.createDirectories(templates.resolve("pdf"));
        Files.writeString(templates.resolve("pdf/drivers.ftlx"), "<p>${report.noSuchThing.value}</p>");
        ReportException e = assertThrows(ReportException.class, () -> write(EnumSet.of(ReportSection.DRIVERS), templates));
        assertTrue(e.getMessage().contains("pdf/drivers.ftlx"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("pm.pdf")));
    }

    @Test
    void thePdfTemplatesAreThereToCopy() throws Exception {
        for (String name : List.of("report.ftlx", "macros.ftlx", "report.css")) {
            assertTrue(ReportTemplates.class.getClassLoader().getResource("templates/pdf/" + name) != null, name);
        }
        for (ReportSection section : ReportSection.values()) {
            assertTrue(ReportTemplates.class.getClassLoader().getResource("templates/pdf/" + section.id() + ".ftlx") != null,
                    section.id());
        }
    }
}
