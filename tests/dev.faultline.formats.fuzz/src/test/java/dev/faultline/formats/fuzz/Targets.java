package dev.faultline.formats.fuzz;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every fuzz target: its name (the test class without {@code FuzzTest}), its committed corpus and its checks. */
final class Targets {

    /** The checks of one input. */
    @FunctionalInterface
    interface Check {
        void run(byte[] input) throws IOException;
    }

    /**
     * One target.
     *
     * @param name e.g. {@code Syslog} for {@link SyslogFuzzTest}
     * @param corpus the corpus folder, relative to this package ({@code <Class>Inputs/<method>})
     */
    record Target(String name, String corpus, Check check) {
    }

    static final List<Target> ALL = List.of(
            new Target("WinDbg", "WinDbgFuzzTestInputs/parse", WinDbgFuzzTest::check),
            new Target("DriverQuery", "DriverQueryFuzzTestInputs/parse", DriverQueryFuzzTest::check),
            new Target("EventLogXml", "EventLogXmlFuzzTestInputs/parse", EventLogXmlFuzzTest::check),
            new Target("EventLogCsv", "EventLogCsvFuzzTestInputs/parse", EventLogCsvFuzzTest::check),
            new Target("Syslog", "SyslogFuzzTestInputs/parse", SyslogFuzzTest::check),
            new Target("JournaldJson", "JournaldJsonFuzzTestInputs/parse", JournaldJsonFuzzTest::check),
            new Target("TimesketchCsv", "TimesketchCsvFuzzTestInputs/parse", TimesketchCsvFuzzTest::check),
            new Target("TimesketchJsonl", "TimesketchJsonlFuzzTestInputs/parse", TimesketchJsonlFuzzTest::check),
            new Target("PlasoL2tCsv", "PlasoL2tCsvFuzzTestInputs/parse", PlasoL2tCsvFuzzTest::check),
            new Target("PlasoJsonl", "PlasoJsonlFuzzTestInputs/parse", PlasoJsonlFuzzTest::check),
            new Target("UpdatesCsv", "UpdatesCsvFuzzTestInputs/parse", UpdatesCsvFuzzTest::check),
            new Target("InventoryCsv", "InventoryCsvFuzzTestInputs/parse", InventoryCsvFuzzTest::check),
            new Target("FormatDetection", "FormatDetectionFuzzTestInputs/detectAndParse", FormatDetectionFuzzTest::check),
            new Target("ZipExpander", "ZipExpanderFuzzTestInputs/expand", ZipExpanderFuzzTest::check));

    /** All of them behind one first byte that picks the target. */
    static final Target EVERY_IMPORTER = new Target("EveryImporter", "EveryImporterFuzzTestInputs/anyImporter",
            EveryImporterFuzzTest::check);

    private Targets() {
    }

    /** The committed corpus of a target, read from the test classpath. */
    static List<byte[]> corpus(Target target) throws IOException {
        URL url = Targets.class.getResource(target.corpus());
        if (url == null) {
            return List.of();
        }
        List<byte[]> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path file : files.sorted().toList()) {
                inputs.add(Files.readAllBytes(file));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return inputs;
    }

    static Target byName(String name) {
        if (name.equals(EVERY_IMPORTER.name())) {
            return EVERY_IMPORTER;
        }
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fuzz target '" + name + "'; known: "
                        + ALL.stream().map(Target::name).toList()));
    }
}
