package dev.faultline.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.UsageException;

class ExportDiagramCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CliContext context(boolean json) {
        return new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                temp, json);
    }

    @BeforeEach
    void sample() throws Exception {
        new SampleCommand().run(context(false), List.of("cf291"));
        out.reset();
    }

    private int export(boolean json, String... args) throws Exception {
        return new ExportDiagramCommand().run(context(json), List.of(args));
    }

    @Test
    void theSampleComesWithItsDiagramAndExportsItAsSvgWithTextLabels() throws Exception {
        assertTrue(Files.isRegularFile(temp.resolve("cf291/diagrams/causal-chain.diagram")));
        assertEquals(ExitCode.OK, export(true, "--case", "cf291", "--format", "svg", "--out", "chain.svg"));
        String svg = Files.readString(temp.resolve("chain.svg"));
        assertTrue(svg.contains(">csagent.sys</text>"), "csagent.sys as text");
        assertTrue(svg.contains(">Channel File 291</text>"), "291 as text");
        assertTrue(svg.contains(">0x50 PAGE_FAULT_IN_NONPAGED_AREA</text>"), "0x50 as text");
        String json = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(json.startsWith("{\"file\":\"" + temp.resolve("chain.svg") + "\",\"format\":\"svg\",\"diagram\":\"causal-chain\","
                + "\"nodes\":12,\"edges\":10,\"bytes\":"), json);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNoFile() throws Exception {
        BadInputException noDiagram = assertThrows(BadInputException.class,
                () -> export(false, "--case", "cf291", "--diagram", "nope", "--format", "svg", "--out", "a.svg"));
        assertTrue(noDiagram.getMessage().contains("no diagram 'nope' (diagrams: causal-chain)"), noDiagram.getMessage());
        UsageException format = assertThrows(UsageException.class,
                () -> export(false, "--case", "cf291", "--format", "gif", "--out", "a.gif"));
        assertTrue(format.getMessage().contains("unknown format 'gif' (svg, png or pdf)"), format.getMessage());
        BadInputException folder = assertThrows(BadInputException.class,
                () -> export(false, "--case", "cf291", "--format", "pdf", "--out", "missing/a.pdf"));
        assertTrue(folder.getMessage().contains("does not exist"), folder.getMessage());
        assertThrows(UsageException.class, () -> export(false, "--case", "cf291", "--format", "png", "--out", "a.png", "--scale", "x"));
        assertThrows(UsageException.class, () -> export(false, "--case", "cf291", "--out", "a.png"));
        BadInputException noCase = assertThrows(BadInputException.class,
                () -> export(false, "--case", "nowhere", "--format", "svg", "--out", "a.svg"));
        assertTrue(noCase.getMessage().contains("nowhere"), noCase.getMessage());
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of("cf291"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anUnwritableFolderLeavesNoPartialFile() throws Exception {
        Path locked = Files.createDirectories(temp.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who can write anyway");
            BadInputException e = assertThrows(BadInputException.class,
                    () -> export(false, "--case", "cf291", "--format", "png", "--out", "locked/a.png"));
            assertTrue(e.getMessage().startsWith("cannot write " + locked.resolve("a.png")), e.getMessage());
        } finally {
            locked.toFile().setWritable(true);
        }
        try (Stream<Path> files = Files.list(locked)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anInvestigationWithoutDiagramsIsDrawnFromItsCausalLinks() throws Exception {
        Files.delete(temp.resolve("cf291/diagrams/causal-chain.diagram"));
        assertEquals(ExitCode.OK, export(false, "--case", "cf291", "--format", "pdf", "--out", "chain.pdf"));
        assertTrue(Files.size(temp.resolve("chain.pdf")) > 1000);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("has no diagrams; drawing all its causal links"));
        assertFalse(Files.exists(temp.resolve("cf291/diagrams/causal-chain.diagram")), "nothing is saved");
    }
}
