package dev.faultline.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class DiagramExporterTest {

    @TempDir
    Path dir;
    SampleFixture sample;

    @BeforeEach
    void writeSample() throws IOException {
        sample = new SampleFixture(dir);
    }

    @Test
    void svgHoldsEveryLabelAsText() throws Exception {
        String svg = DiagramExporter.toSvg(sample.diagram, sample.folder);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", document.getDocumentElement().getLocalName() == null ? document.getDocumentElement().getTagName()
                : document.getDocumentElement().getLocalName());
        NodeList texts = document.getElementsByTagName("text");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent());
        }
        assertTrue(labels.contains("csagent.sys"), labels.toString());
        assertTrue(labels.contains("Channel File 291"), labels.toString());
        assertTrue(labels.contains("0x50 PAGE_FAULT_IN_NONPAGED_AREA"), labels.toString());
        assertTrue(labels.contains("released 04:09 UTC \u00b7 reverted 05:27 UTC"), labels.toString());
        assertTrue(labels.contains("loaded by"), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("confirmed \u00b7 1 citation")), labels.toString());
        assertTrue(labels.contains("reconstructed"), labels.toString());
    }

    @Test
    void pngDecodesAtTheChosenScale() throws IOException {
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(DiagramExporter.toPng(sample.diagram, sample.folder, 1)));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(DiagramExporter.toPng(sample.diagram, sample.folder, 2)));
        assertNotNull(one);
        assertEquals(one.getWidth() * 2, two.getWidth(), 2);
        assertEquals(one.getHeight() * 2, two.getHeight(), 2);
        assertTrue(colours(one) > 20, "a drawing, not a blank page");
    }

    @Test
    void aScaleTooLargeIsRefusedBeforeDrawing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiagramExporter.toPng(sample.diagram, sample.folder, 16));
        assertTrue(e.getMessage().contains("choose a smaller scale"), e.getMessage());
    }

    @Test
    void pdfParsesAndHoldsTheLabelsAsText() throws IOException {
        byte[] pdf = DiagramExporter.toPdf(sample.diagram, sample.folder);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages());
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("csagent.sys"), text);
            assertTrue(text.contains("291"), text);
            assertTrue(text.contains("0x50"), text);
        } finally {
            reader.close();
        }
    }

    @Test
    void exportWritesTheFileAtomicallyAndLeavesNothingOnFailure() throws IOException {
        Path out = dir.resolve("chain.svg");
        DiagramExporter.export(sample.diagram, sample.folder, ExportFormat.SVG, 1, out);
        assertTrue(Files.readString(out).contains(">csagent.sys</text>"));

        Path missingFolder = dir.resolve("no/such/folder/chain.pdf");
        DiagramException e = assertThrows(DiagramException.class,
                () -> DiagramExporter.export(sample.diagram, sample.folder, ExportFormat.PDF, 1, missingFolder));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DiagramExporter.export(sample.diagram, sample.folder, ExportFormat.PNG, 100, dir.resolve("huge.png")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("chain.svg", "sample"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertFalse(Files.exists(dir.resolve("huge.png")));
    }

    /** Writes the sample's three exports to the folder named by -Dfaultline.diagram.look (for looking at them). */
    @Test
    void writeExportsForALookWhenAsked() throws IOException {
        String look = System.getProperty("faultline.diagram.look");
        org.junit.jupiter.api.Assumptions.assumeTrue(look != null, "set -Dfaultline.diagram.look=DIR to write the exports");
        Path out = Path.of(look);
        Files.createDirectories(out);
        for (ExportFormat format : ExportFormat.values()) {
            DiagramExporter.export(sample.diagram, sample.folder, format, 2, out.resolve("sample." + format.extension()));
        }
        assertTrue(Files.size(out.resolve("sample.png")) > 0);
    }

    private static int colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
