package dev.faultline.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."));
        return cli.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryRegisteredCommandWithItsSummary() {
        assertEquals(ExitCode.OK, run("--help"));
        for (CliCommand command : Commands.all()) {
            assertTrue(out().lines().anyMatch(l -> l.trim().startsWith(command.name() + " ") && l.contains(command.summary())),
                    () -> command.name() + " missing from --help:\n" + out());
        }
        assertEquals("", err());
    }

    @Test
    void everyRegisteredNameMakesTheCommandOfThatNameAndNothingElse() {
        assertEquals(Commands.NAMES, Commands.all().stream().map(CliCommand::name).toList());
        for (String name : Commands.NAMES) {
            assertEquals(name, Commands.byName(name).orElseThrow().name());
        }
        assertTrue(Commands.byName("bogus").isEmpty());
        assertTrue(Commands.byName("").isEmpty());
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(ExitCode.USAGE, run());
        assertTrue(out().contains("Usage: faultline"));
    }

    @Test
    void unknownCommandExitsOneWithAClearMessageOnStderr() {
        assertEquals(ExitCode.USAGE, run("frobnicate"));
        assertEquals("", out());
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
    }

    @Test
    void versionPrintsTheBundleVersion() {
        assertEquals(ExitCode.OK, run("version"));
        assertTrue(out().startsWith("Faultline 0.1.0"), out());
    }

    @Test
    void jsonFlagWorksBeforeOrAfterTheCommand() {
        assertEquals(ExitCode.OK, run("--json", "version"));
        assertTrue(out().startsWith("{\"version\":\"0.1.0"), out());
        out.reset();
        assertEquals(ExitCode.OK, run("version", "--json"));
        assertTrue(out().startsWith("{\"version\":\"0.1.0"), out());
    }

    @Test
    void surplusArgumentIsAUsageErrorNamingIt() {
        assertEquals(ExitCode.USAGE, run("version", "extra"));
        assertTrue(err().contains("'extra'"), err());
    }

    @Test
    void commandHelpShowsItsUsage() {
        assertEquals(ExitCode.OK, run("help", "version"));
        assertTrue(out().startsWith("Usage: faultline [--json] version"), out());
        out.reset();
        assertEquals(ExitCode.OK, run("version", "--help"));
        assertTrue(out().startsWith("Usage: faultline [--json] version"), out());
    }

    @Test
    void failuresMapToExitCodesWithMessagesOnStderr() {
        List<CliCommand> commands = List.of(failing("bad", new BadInputException("x.txt:3: not a number")),
                failing("usage", new UsageException("missing --case")),
                failing("boom", new IllegalStateException("broken invariant")));
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."), commands);
        assertEquals(ExitCode.BAD_INPUT, cli.run(List.of("bad")));
        assertTrue(err().contains("faultline bad: x.txt:3: not a number"), err());
        assertEquals(ExitCode.USAGE, cli.run(List.of("usage")));
        assertTrue(err().contains("faultline usage: missing --case"), err());
        assertEquals(ExitCode.INTERNAL, cli.run(List.of("boom")));
        assertTrue(err().contains("internal error: java.lang.IllegalStateException: broken invariant"), err());
        assertEquals("", out());
    }

    private static CliCommand failing(String name, Exception failure) {
        return new CliCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String summary() {
                return "fails";
            }

            @Override
            public String usage() {
                return "Usage: faultline " + name;
            }

            @Override
            public int run(CliContext context, List<String> args) throws Exception {
                throw failure;
            }
        };
    }
}
