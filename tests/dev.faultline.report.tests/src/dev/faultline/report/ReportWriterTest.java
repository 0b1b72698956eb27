package dev.faultline.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.sample.SampleInvestigation;

/** The three formats, templates replaced by an organisation, and no partial file on failure. */
class ReportWriterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T22:00:00Z");
    private static final String PICTURE = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\">"
            + "<rect x=\"1\" y=\"1\" width=\"198\" height=\"58\" fill=\"none\" stroke=\"black\"/>"
            + "<text x=\"10\" y=\"35\">csagent.sys</text></svg>";

    @TempDir
    Path dir;
    private InvestigationFolder folder;
    private String sha;

    @BeforeEach
    void sample() throws IOException {
        folder = SampleInvestigation.writeTo(dir.resolve("case"));
        sha = folder.investigation().getEvidence().get(0).getSha256();
    }

    private static ReportContributions diagram() {
        return new ReportContributions() {
            @Override
            public Result<Picture> diagram(InvestigationFolder f) {
                return Result.of(Picture.ofSvg("diagram", "Causal chain", PICTURE));
            }
        };
    }

    private List<Path> write(ReportFormat format, Set<ReportSection> sections, Path out, Path templates) throws Exception {
        return new PostMortemExport(format, sections, out, templates).write(folder, diagram(), NOW);
    }

    @Test
    void htmlIsOneSelfContainedFileWithTheDiagramAndTheHashes() throws Exception {
        Path out = dir.resolve("pm.html");
        assertEquals(List.of(out), write(ReportFormat.HTML, EnumSet.allOf(ReportSection.class), out, null));
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>") || html.strip().startsWith("<!DOCTYPE html>"));
        for (ReportSection section : ReportSection.values()) {
            assertTrue(html.contains("<section id=\"" + section.id() + "\">"), section.id());
        }
        assertTrue(html.contains("<svg"), "diagram inline");
        assertTrue(html.contains(">csagent.sys</text>"));
        assertTrue(html.contains("<code>" + sha + "</code>"), "full SHA-256 in the appendix");
        assertTrue(html.contains("sample-sources.md:5 &middot; sha256 <span class=\"sha\" title=\"" + sha + "\">"
                + sha.substring(0, 12) + "&hellip;</span>"), "short SHA-256 in citations");
        assertTrue(html.contains("2024-07-19 04:09 UTC"));
        assertTrue(html.contains("class=\"badge\""), "reconstructed values marked");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing loaded from elsewhere");
        assertTrue(html.contains("<style>"));
    }

    @Test
    void markdownWritesThePicturesBesideTheText() throws Exception {
        Path out = dir.resolve("pm.md");
        List<Path> files = write(ReportFormat.MD, EnumSet.allOf(ReportSection.class), out, null);
        assertEquals(List.of(out, dir.resolve("pm-diagram.svg")), files);
        String md = Files.readString(out);
        assertTrue(md.startsWith("# Post-mortem: CrowdStrike Falcon channel file 291"), md.substring(0, 80));
        assertTrue(md.contains("![Causal chain](pm-diagram.svg)"), "picture linked");
        assertTrue(md.contains("## Evidence appendix"));
        assertTrue(md.contains("| " + sha + " |"), "full hash in the appendix");
        assertTrue(md.contains("sample-sources.md:5 (sha256 " + sha.substring(0, 12) + "…)"));
        assertTrue(Files.readString(dir.resolve("pm-diagram.svg")).contains(">csagent.sys</text>"));
    }

    @Test
    void pdfHasTheDiagramWhenItComesAsPdf() throws Exception {
        Path out = dir.resolve("pm.pdf");
        write(ReportFormat.PDF, EnumSet.allOf(ReportSection.class), out, null);
        byte[] pdf = Files.readAllBytes(out);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(pdf.length > 5_000, "a report of several pages: " + pdf.length);
    }

    @Test
    void sectionsNotAskedForAreNotWritten() throws Exception {
        Path out = dir.resolve("pm.html");
        write(ReportFormat.HTML, EnumSet.of(ReportSection.EVIDENCE), out, null);
        String html = Files.readString(out);
        assertTrue(html.contains("<section id=\"evidence\">"));
        assertFalse(html.contains("<section id=\"summary\">"));
        assertFalse(html.contains("<svg"), "no diagram without its section");
    }

    @Test
    void anOrganisationsTemplateReplacesOneSectionAndStaysEscaped() throws Exception {
        Path templates = dir.resolve("org-templates");
        Files.createDirectories(templates.resolve("html"));
        Files.writeString(templates.resolve("html/summary.ftlh"),
                "<section id=\"summary\"><h2>ACME incident summary</h2><p>${report.title}</p><p>${'<b>raw</b>'}</p></section>\n");
        Path out = dir.resolve("pm.html");
        write(ReportFormat.HTML, EnumSet.of(ReportSection.SUMMARY, ReportSection.EVIDENCE), out, templates);
        String html = Files.readString(out);
        assertTrue(html.contains("<h2>ACME incident summary</h2>"));
        assertTrue(html.contains("<p>&lt;b&gt;raw&lt;/b&gt;</p>"), "values in an organisation's template are escaped too");
        assertTrue(html.contains("<section id=\"evidence\">"), "other sections from the built-in templates");
    }

    @Test
    void theInvestigationsOwnTemplatesFolderIsUsed() throws Exception {
        Path templates = folder.root().resolve("templates/md");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("custody.ftlmd"), "## Custody (ACME form 7)\n");
        Path out = dir.resolve("pm.md");
        write(ReportFormat.MD, EnumSet.of(ReportSection.CUSTODY), out, null);
        assertTrue(Files.readString(out).contains("## Custody (ACME form 7)"));
    }

    @Test
    void aFailingTemplateLeavesTheEarlierReportAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("pm.html");
        Files.writeString(out, "earlier report");
        Path templates = dir.resolve("broken");
        Files.createDirectories(templates.resolve("html"));
        Files.writeString(templates.resolve("html/evidence.ftlh"), "<p>${report.noSuchThing.value}</p>");
        ReportException e = assertThrows(ReportException.class,
                () -> write(ReportFormat.HTML, EnumSet.allOf(ReportSection.class), out, templates));
        assertTrue(e.getMessage().contains("html/evidence.ftlh"), e.getMessage());
        assertEquals("earlier report", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void aMissingFolderIsRefusedWithoutWritingAnything() throws Exception {
        Path out = dir.resolve("no/such/folder/pm.html");
        IOException e = assertThrows(IOException.class,
                () -> write(ReportFormat.HTML, EnumSet.allOf(ReportSection.class), out, null));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void reportsAreTheSameForTheSameInvestigation() throws Exception {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        write(ReportFormat.HTML, EnumSet.allOf(ReportSection.class), a, null);
        write(ReportFormat.HTML, EnumSet.allOf(ReportSection.class), b, null);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}
