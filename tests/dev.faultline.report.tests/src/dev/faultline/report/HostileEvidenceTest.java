package dev.faultline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import dev.faultline.model.Driver;
import dev.faultline.model.Evidence;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.sample.SampleInvestigation;

/**
 * Evidence text is untrusted: whatever an imported file says ends up as text in the report, never as
 * markup, script or a link.
 */
class HostileEvidenceTest {

    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String BREAKOUT = "</svg></table><img src=x onerror=alert(1)><iframe src=\"https://evil.example/\">";
    private static final String MARKDOWN = "[click me](javascript:alert(1)) ![pixel](https://evil.example/p.png) <b>bold</b>"
            + "\n# Injected heading\n| a | b |\n`code` *em* _em_ &amp; &#60;";
    private static final Instant NOW = Instant.parse("2026-12-01T22:00:00Z");

    @TempDir
    Path dir;
    private InvestigationFolder folder;

    @BeforeEach
    void hostileInvestigation() throws Exception {
        folder = SampleInvestigation.writeTo(dir.resolve("case"));
        TimelineEvent event = FaultlineFactory.eINSTANCE.createTimelineEvent();
        event.setInstant(Instant.parse("2024-07-19T04:30:00Z"));
        event.setSource("syslog");
        event.setMessage(SCRIPT + " " + BREAKOUT);
        event.getTags().add(MARKDOWN);
        event.getComments().add("\"><svg onload=alert(2)>");
        folder.investigation().getTimelineEvents().add(event);
        Driver driver = FaultlineFactory.eINSTANCE.createDriver();
        driver.setFileName(MARKDOWN);
        driver.setVendor(BREAKOUT);
        folder.investigation().getDrivers().add(driver);
        Evidence evidence = folder.investigation().getEvidence().get(0);
        evidence.setDescription(SCRIPT + MARKDOWN);
        folder.investigation().setTitle("Title " + SCRIPT);
    }

    private ReportContributions hostilePicture() {
        return new ReportContributions() {
            @Override
            public Result<Picture> diagram(InvestigationFolder f) {
                return Result.of(Picture.ofSvg("diagram", "Diagram " + SCRIPT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" onload=\"alert(3)\">"
                                + "<script>alert(4)</script><text x=\"1\" y=\"10\">&lt;/svg&gt;&lt;script&gt;alert(5)&lt;/script&gt;</text>"
                                + "<a xlink:href=\"javascript:alert(6)\"><text>link</text></a>"
                                + "<image href=\"https://evil.example/i.png\"/>"
                                + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">html</div></foreignObject></svg>"));
            }
        };
    }

    @Test
    void htmlHoldsTheTextButNoMarkupFromEvidence() throws Exception {
        Path out = dir.resolve("pm.html");
        new PostMortemExport(ReportFormat.HTML, EnumSet.allOf(ReportSection.class), out, null).write(folder, hostilePicture(), NOW);
        String html = Files.readString(out);
        assertFalse(Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no script element");
        assertFalse(html.contains("<img"), "no img element");
        assertFalse(html.contains("<iframe"), "no iframe");
        assertFalse(html.contains("<foreignObject"), "no foreign object");
        assertFalse(Pattern.compile("<[^>]*\\son\\w+=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no event handler");
        assertFalse(html.contains("javascript:alert(6)"), "no script link in the picture");
        assertFalse(html.contains("evil.example/i.png\""), "no external image in the picture");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;"), "the text is still there, escaped");
        assertTrue(html.contains("&lt;/svg&gt;&lt;/table&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("&lt;/svg&gt;&lt;script&gt;alert(5)&lt;/script&gt;"), "picture labels stay text");
        assertTrue(html.contains("<title>Post-mortem: Title &lt;script&gt;"));
        assertTrue(html.contains("default-src 'none'"), "a content security policy forbids script anyway");
    }

    @Test
    void markdownHoldsTheTextButNoMarkdownOrHtmlFromEvidence() throws Exception {
        Path out = dir.resolve("pm.md");
        new PostMortemExport(ReportFormat.MD, EnumSet.allOf(ReportSection.class), out, null).write(folder, hostilePicture(), NOW);
        String md = Files.readString(out);
        assertFalse(Pattern.compile("(?<!\\\\)<(script|img|b>|iframe)").matcher(md).find(), "no HTML from evidence");
        assertFalse(md.contains("[click me]("), "no link from evidence");
        assertFalse(md.contains("![pixel]("), "no image from evidence");
        assertFalse(md.contains("\n# Injected heading"), "no block from evidence");
        assertTrue(md.contains("\\[click me\\]\\(javascript:alert\\(1\\)\\)"), md);
        assertTrue(md.contains("\\<script\\>alert\\(\\'xss\\'\\)\\</script\\>") || md.contains("\\<script\\>alert\\('xss'\\)\\</script\\>"));
        assertTrue(md.contains("\\&amp;"), "entities stay text");
        assertTrue(md.contains("\\| a \\| b \\|"), "no table cells from evidence");
        String svg = Files.readString(dir.resolve("pm-diagram.svg"));
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("onload"));
    }

    @Test
    void pdfIsWrittenWithTheTextAsText() throws Exception {
        folder.investigation().getTimelineEvents().get(0).setDescription("control \u0001\u0008\u001b characters \uD800 alone");
        Path out = dir.resolve("pm.pdf");
        new PostMortemExport(ReportFormat.PDF, EnumSet.allOf(ReportSection.class), out, null).write(folder, hostilePicture(), NOW);
        String text = PdfContents.withoutSpace(PdfContents.text(out));
        assertTrue(text.contains(PdfContents.withoutSpace(SCRIPT)), "the script stays text");
        assertTrue(text.contains(PdfContents.withoutSpace(BREAKOUT)), "the breakout stays text");
        assertTrue(text.contains("\"><svgonload=alert(2)>"), "the comment stays text");
        assertTrue(text.contains("characters"), "control characters do not stop the PDF");
        assertEquals(0, PdfContents.images(out), "no image from evidence");
    }

    @Test
    void thePdfTemplatesMakeNoElementFromEvidence() throws Exception {
        PostMortem report = new PostMortemBuilder(folder).contributions(hostilePicture()).generatedAt(NOW).build();
        String xhtml = ReportTemplates.builtIn().render("pdf/report.ftlx", Map.of("report", report));
        Document document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xhtml.replace("\u0001", ""))));
        for (String element : List.of("script", "iframe", "svg", "a", "object", "embed", "link")) {
            assertEquals(0, document.getElementsByTagNameNS("*", element).getLength(), element);
        }
        NodeList images = document.getElementsByTagNameNS("*", "img");
        for (int i = 0; i < images.getLength(); i++) {
            assertTrue(((Element) images.item(i)).getAttribute("src").startsWith("picture:"), "only the report's own pictures");
        }
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                assertFalse(attributes.item(a).getNodeName().toLowerCase().startsWith("on"), "no event handler attribute");
            }
        }
        assertTrue(xhtml.contains("&lt;script&gt;alert(&apos;xss&apos;)&lt;/script&gt;") || xhtml.contains("&lt;script&gt;alert(&#39;xss&#39;)"),
                "escaped as XML");
    }

    @Test
    void aPictureGetsAViewBoxSoItScalesInsteadOfBeingClipped() {
        String svg = SvgSanitizer.sanitize("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"300\"><text>x</text></svg>");
        assertTrue(svg.contains("viewBox=\"0 0 1200 300\""), svg);
    }

    @Test
    void aPictureThatIsNotSvgIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SvgSanitizer.sanitize("<html><script>alert(1)</script></html>"));
        assertThrows(IllegalArgumentException.class,
                () -> SvgSanitizer.sanitize("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>"));
    }
}
