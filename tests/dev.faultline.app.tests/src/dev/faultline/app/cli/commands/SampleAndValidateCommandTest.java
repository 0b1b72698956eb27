package dev.faultline.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.UsageException;

class SampleAndValidateCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CliContext context(boolean json) {
        return new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                temp, json);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sampleWritesAnInvestigationFolderThatValidatesCleanly() throws Exception {
        assertEquals(ExitCode.OK, new SampleCommand().run(context(false), List.of("cf291")));
        assertEquals(temp.resolve("cf291") + "\n", out());
        assertTrue(Files.readString(temp.resolve("cf291/investigation.xmi")).contains("identifier=\"Channel File 291\""));
        out.reset();

        assertEquals(ExitCode.OK, new ValidateCommand().run(context(false), List.of("cf291")));

        assertEquals(temp.resolve("cf291/investigation.xmi") + ": 0 errors, 0 warnings\n", out(), "the verdict is the result: stdout");
        assertEquals("", err.toString(StandardCharsets.UTF_8), "a clean investigation gives nothing to say on stderr");
    }

    @Test
    void sampleWithJsonNamesFolderAndTitle() throws Exception {
        new SampleCommand().run(context(true), List.of("cf291"));
        assertEquals("{\"folder\":\"" + temp.resolve("cf291") + "\",\"title\":\"CrowdStrike Falcon channel file 291 \u2014 19 July 2024"
                + " (reconstructed)\"}\n", out());
    }

    @Test
    void sampleRefusesANonEmptyFolderAndMissingArguments() throws IOException {
        Files.createDirectories(temp.resolve("busy"));
        Files.writeString(temp.resolve("busy/x.txt"), "x");
        BadInputException busy = assertThrows(BadInputException.class, () -> new SampleCommand().run(context(false), List.of("busy")));
        assertTrue(busy.getMessage().contains("not empty"), busy.getMessage());
        assertThrows(UsageException.class, () -> new SampleCommand().run(context(false), List.of()));
    }

    @Test
    void validateReportsATamperedEvidenceFileAndExitsTwo() throws Exception {
        new SampleCommand().run(context(false), List.of("cf291"));
        Path evidence = temp.resolve("cf291/evidence/sample-sources.md");
        evidence.toFile().setWritable(true);
        Files.writeString(evidence, "tampered\n");
        out.reset();

        assertEquals(ExitCode.BAD_INPUT, new ValidateCommand().run(context(true), List.of("cf291")));

        List<String> lines = out().lines().toList();
        assertEquals(2, lines.size(), out());
        assertTrue(lines.get(0).startsWith("{\"severity\":\"error\",\"rule\":\"evidence.hash-mismatch\",\"message\":\"Evidence"
                + " 'sample-sources.md': file "), lines.get(0));
        assertTrue(lines.get(0).endsWith("\"object\":\"Evidence 'sample-sources.md'\"}"), lines.get(0));
        assertTrue(lines.get(1).contains("\"rule\":\"evidence.size-mismatch\""), lines.get(1));
    }

    @Test
    void validateRejectsAFolderWithoutInvestigation() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> new ValidateCommand().run(context(false), List.of("nothing-here")));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
    }
}
