package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code faultline report} through the product, headless. */
class ReportCliTest {

    @TempDir
    static Path workDir;
    static Path sample;

    @BeforeAll
    static void sampleInvestigation() throws Exception {
        sample = workDir.resolve("sample");
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "sample", sample.toString());
        assertEquals(0, result.exitCode(), result.err());
    }

    private static String sha256OfSampleEvidence() throws Exception {
        String xmi = Files.readString(sample.resolve("investigation.xmi"));
        int at = xmi.indexOf("sha256=\"") + 8;
        return xmi.substring(at, at + 64);
    }

    @Test
    void htmlOfTheSampleListsTheEvidenceWithItsHash() throws Exception {
        Path out = workDir.resolve("sample.html");
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "report", "--case", sample.toString(), "--format", "html",
                "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(out.toString(), result.out().strip());
        String html = Files.readString(out);
        String sha = sha256OfSampleEvidence();
        assertTrue(html.contains("<code>" + sha + "</code>"), "evidence appendix with the full SHA-256");
        assertTrue(html.contains("sample-sources.md:5"), "citations with file:line");
        assertTrue(html.contains("Channel File 291"));
        int diagram = html.indexOf("<section id=\"diagram\">");
        int svg = html.indexOf("<svg", diagram);
        assertTrue(diagram > 0 && svg > diagram && svg < html.indexOf("</section>", diagram), "the diagram inline as <svg>");
        assertTrue(html.substring(svg, html.indexOf("</svg>", svg)).contains("csagent.sys"), "its labels as text");
    }

    @Test
    void markdownAndPdfWithChosenSections() throws Exception {
        Path md = workDir.resolve("sample.md");
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "--json", "report", "--case", sample.toString(), "--format",
                "md", "--out", md.toString(), "--sections", "summary,evidence");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals("md", json.get("format").asText());
        assertEquals("summary", json.get("sections").get(0).asText());
        String text = Files.readString(md);
        assertTrue(text.contains("## Summary") && text.contains("## Evidence appendix"), text);
        assertFalse(text.contains("## Timeline"), text);

        Path pdf = workDir.resolve("sample.pdf");
        result = FaultlineProcess.run(workDir, "report", "--case", sample.toString(), "--format", "pdf", "--out", pdf.toString());
        assertEquals(0, result.exitCode(), result.err());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.ISO_8859_1));
    }

    @Test
    void thePdfComesFromTemplatesAnOrganisationCanReplace() throws Exception {
        Path pdf = workDir.resolve("builtin.pdf");
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "report", "--case", sample.toString(), "--format", "pdf",
                "--out", pdf.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err(), "nothing on stderr (no logging noise from the PDF layout)");
        String builtIn = pdfText(pdf);
        assertTrue(builtIn.contains("sample-sources.md:5"), "citations with file:line");
        assertTrue(builtIn.replaceAll("\\s+", "").contains(sha256OfSampleEvidence()), "full SHA-256 in the appendix");

        Path templates = workDir.resolve("acme-templates");
        Files.createDirectories(templates.resolve("pdf"));
        Files.writeString(templates.resolve("pdf/summary.ftlx"),
                "<div class=\"section\" id=\"summary\"><h2>ACME summary</h2><p>${report.title?upper_case}</p></div>\n");
        Path acme = workDir.resolve("acme.pdf");
        result = FaultlineProcess.run(workDir, "report", "--case", sample.toString(), "--format", "pdf", "--out", acme.toString(),
                "--sections", "summary,evidence", "--templates", templates.toString());
        assertEquals(0, result.exitCode(), result.err());
        String text = pdfText(acme);
        assertTrue(text.contains("ACME summary") && text.contains("CROWDSTRIKE"), text);
        assertTrue(text.contains("Evidence appendix"), "the other section from the built-in template");
        assertFalse(text.contains("Impact: outages"), "the built-in summary is replaced");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    @Test
    void badInputExitsOneOrTwoAndWritesNothing() throws Exception {
        Path out = workDir.resolve("bad/report.html");
        Files.createDirectories(out.getParent());
        FaultlineProcess.Result format = FaultlineProcess.run(workDir, "report", "--case", sample.toString(), "--format", "docx",
                "--out", out.toString());
        assertEquals(1, format.exitCode());
        assertTrue(format.err().contains("unknown format 'docx' (known: html|md|pdf)"), format.err());

        FaultlineProcess.Result section = FaultlineProcess.run(workDir, "report", "--case", sample.toString(), "--format", "html",
                "--out", out.toString(), "--sections", "summary,apendix");
        assertEquals(1, section.exitCode());
        assertTrue(section.err().contains("unknown section apendix"), section.err());

        FaultlineProcess.Result folder = FaultlineProcess.run(workDir, "report", "--case", sample.toString(), "--format", "html",
                "--out", workDir.resolve("no/such/folder/report.html").toString());
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().contains("does not exist"), folder.err());

        FaultlineProcess.Result noCase = FaultlineProcess.run(workDir, "report", "--case", workDir.resolve("nothing").toString(),
                "--format", "html", "--out", out.toString());
        assertEquals(2, noCase.exitCode());
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(0, left.count(), "no report and no temporary file");
        }
        assertFalse(Files.exists(workDir.resolve("no")));
    }

    @Test
    void importedCrashDumpAnalysisIsInTheAppendixAndTheCustodyLog() throws Exception {
        Path dump = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"),
                "windbg/ms_blog_csagent_wer_fragment.txt");
        assumeTrue(Files.isRegularFile(dump), "shared data absent: " + dump);
        Path caseDir = workDir.resolve("imported");
        FaultlineProcess.Result imported = FaultlineProcess.run(workDir, "import", "--case", caseDir.toString(), dump.toString());
        assertTrue(imported.exitCode() == 0 || imported.exitCode() == 2, imported.err());
        Path out = workDir.resolve("imported.html");
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "report", "--case", caseDir.toString(), "--format", "html",
                "--out", out.toString(), "--sections", "evidence,custody");
        assertEquals(0, result.exitCode(), result.err());
        String html = Files.readString(out);
        assertTrue(html.contains("ms_blog_csagent_wer_fragment.txt"), html);
        assertTrue(html.matches("(?s).*<td>import</td>.*"), "custody entry of the import");
        assertTrue(html.matches("(?s).*<code>[0-9a-f]{64}</code>.*"), "full SHA-256");
    }
}
