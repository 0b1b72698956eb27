package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** {@code faultline export-diagram} on the sample, through ./faultline with no display, in all three formats. */
class ExportDiagramCliTest {

    @TempDir
    static Path workDir;

    @BeforeAll
    static void writeSample() throws Exception {
        FaultlineProcess.Result sample = FaultlineProcess.run(workDir, "sample", "cf291");
        assertEquals(0, sample.exitCode(), sample.err());
        assertTrue(Files.isRegularFile(workDir.resolve("cf291/diagrams/causal-chain.diagram")));
    }

    @Test
    void svgHoldsTheLabelsAsText() throws Exception {
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "export-diagram", "--case", "cf291", "--format", "svg", "--out",
                "chain.svg");
        assertEquals(0, result.exitCode(), result.err());
        String svg = Files.readString(workDir.resolve("chain.svg"));
        assertTrue(svg.contains(">csagent.sys</text>"), "csagent.sys");
        assertTrue(svg.contains(">Channel File 291</text>"), "291");
        assertTrue(svg.contains(">0x50 PAGE_FAULT_IN_NONPAGED_AREA</text>"), "0x50");
    }

    @Test
    void pngDecodesAtTheScaleAsked() throws Exception {
        FaultlineProcess.Result one = FaultlineProcess.run(workDir, "export-diagram", "--case", "cf291", "--diagram", "causal-chain",
                "--format", "png", "--out", "chain1.png", "--scale", "1");
        assertEquals(0, one.exitCode(), one.err());
        FaultlineProcess.Result two = FaultlineProcess.run(workDir, "export-diagram", "--case", "cf291", "--format", "png", "--out",
                "chain2.png", "--scale", "2");
        assertEquals(0, two.exitCode(), two.err());
        BufferedImage small = ImageIO.read(workDir.resolve("chain1.png").toFile());
        BufferedImage large = ImageIO.read(workDir.resolve("chain2.png").toFile());
        assertNotNull(small);
        assertEquals(small.getWidth() * 2, large.getWidth(), 2);
    }

    @Test
    void pdfParsesAndHoldsTheLabelsAsText() throws Exception {
        FaultlineProcess.Result result = FaultlineProcess.run(workDir, "export-diagram", "--case", "cf291", "--format", "pdf", "--out",
                "chain.pdf");
        assertEquals(0, result.exitCode(), result.err());
        PdfReader reader = new PdfReader(workDir.resolve("chain.pdf").toString());
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("csagent.sys"), text);
            assertTrue(text.contains("Channel File 291"), text);
            assertTrue(text.contains("0x50"), text);
        } finally {
            reader.close();
        }
    }

    @Test
    void badInputExitsWithAMessageAndLeavesNoFile() throws Exception {
        FaultlineProcess.Result noDiagram = FaultlineProcess.run(workDir, "export-diagram", "--case", "cf291", "--diagram", "nope",
                "--format", "svg", "--out", "nope.svg");
        assertEquals(2, noDiagram.exitCode(), noDiagram.err());
        assertTrue(noDiagram.err().contains("no diagram 'nope'"), noDiagram.err());
        FaultlineProcess.Result format = FaultlineProcess.run(workDir, "export-diagram", "--case", "cf291", "--format", "bmp", "--out",
                "chain.bmp");
        assertEquals(1, format.exitCode(), format.err());
        assertTrue(format.err().contains("unknown format 'bmp'"), format.err());
        FaultlineProcess.Result path = FaultlineProcess.run(workDir, "export-diagram", "--case", "cf291", "--format", "pdf", "--out",
                "no/such/dir/chain.pdf");
        assertEquals(2, path.exitCode(), path.err());
        assertFalse(Files.exists(workDir.resolve("nope.svg")));
        assertFalse(Files.exists(workDir.resolve("chain.bmp")));
        assertFalse(Files.exists(workDir.resolve("no")));
    }
}
