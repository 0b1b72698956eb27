package dev.faultline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.diagram.SampleDiagram;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.sample.SampleInvestigation;

/** The causal-chain diagram in the report, drawn by the diagram bundle. */
class InstalledContributionsTest {

    @TempDir
    Path dir;

    @Test
    void theSampleDiagramIsInlineSvgAndVectorPdf() throws Exception {
        InvestigationFolder folder = SampleInvestigation.writeTo(dir.resolve("case"));
        SampleDiagram.writeTo(folder);
        ReportContributions.Result<Picture> diagram = ReportContributions.installed().diagram(folder);
        Picture picture = diagram.value();
        assertNotNull(picture, diagram.notes().toString());
        assertTrue(picture.svg().contains("csagent.sys") && picture.svg().contains("291") && picture.svg().contains("0x50"),
                picture.svg());
        assertEquals("%PDF-", new String(picture.pdf(), 0, 5, StandardCharsets.ISO_8859_1));

        Path html = dir.resolve("pm.html");
        new PostMortemExport(ReportFormat.HTML, EnumSet.allOf(ReportSection.class), html, null).write(folder,
                ReportContributions.installed(), Instant.EPOCH);
        String text = Files.readString(html);
        int section = text.indexOf("<section id=\"diagram\">");
        assertTrue(text.indexOf("<svg", section) > section, "the diagram inline in its section");
        Path pdf = dir.resolve("pm.pdf");
        new PostMortemExport(ReportFormat.PDF, EnumSet.of(ReportSection.DIAGRAM), pdf, null).write(folder,
                ReportContributions.installed(), Instant.EPOCH);
        assertTrue(Files.size(pdf) > picture.pdf().length / 2, "the diagram's page is in the PDF");
    }

    @Test
    void theTimeAxisOfTheSampleIsDrawnByTheTimeline() throws Exception {
        InvestigationFolder folder = SampleInvestigation.writeTo(dir.resolve("axis"));
        ReportContributions.Result<Picture> axis = ReportContributions.installed().timeAxis(folder);
        Picture picture = axis.value();
        assertNotNull(picture, axis.notes().toString());
        assertTrue(picture.svg().startsWith("<svg"), picture.svg().substring(0, 40));
        assertTrue(picture.title().startsWith("Time axis: 10 events"), picture.title());
        assertEquals("%PDF-", new String(picture.pdf(), 0, 5, StandardCharsets.ISO_8859_1));
        assertEquals(0, PdfContents.images(picture.pdf()), "the time axis for the PDF is vector graphics, no image");
        Path md = dir.resolve("axis.md");
        new PostMortemExport(ReportFormat.MD, EnumSet.of(ReportSection.TIMELINE), md, null).write(folder,
                ReportContributions.installed(), Instant.EPOCH);
        assertTrue(Files.readString(md).contains("](axis-timeline.svg)"), "the time axis beside the Markdown");
        assertTrue(Files.isRegularFile(dir.resolve("axis-timeline.svg")));
    }

    @Test
    void anInvestigationWithLinksButNoDiagramGetsOneDrawnForTheReportAndNothingIsSaved() throws Exception {
        InvestigationFolder folder = SampleInvestigation.writeTo(dir.resolve("plain"));
        Files.deleteIfExists(folder.diagramsDir().resolve("causal-chain.diagram"));
        Picture picture = ReportContributions.installed().diagram(folder).value();
        assertNotNull(picture);
        assertTrue(picture.title().contains("drawn for this report"), picture.title());
        assertFalse(Files.exists(folder.diagramsDir().resolve("causal-chain.diagram")), "the report saves no diagram");
        assertNull(ReportContributions.NONE.diagram(folder).value());
    }
}
