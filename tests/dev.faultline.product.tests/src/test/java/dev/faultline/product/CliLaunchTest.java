package dev.faultline.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the launcher starts the headless CLI (releng/scripts/cli-launch.sh, issue 16): which JVM options
 * a command line gets, and which bundle jars are on the class path.
 */
class CliLaunchTest {

    private static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UseTransparentHugePages");

    @TempDir
    Path work;

    /**
     * The output lines of a shell function of cli-launch.sh called with the given arguments, on a kernel whose
     * transparent huge pages setting is {@code madvise} (the one-off options then ask for them).
     */
    private List<String> launchFunction(String function, String... args) throws Exception {
        return launchFunctionOnKernel("always [madvise] never", function, args);
    }

    /** {@link #launchFunction(String, String...)} with the kernel's THP setting line {@code thpSetting}. */
    private List<String> launchFunctionOnKernel(String thpSetting, String function, String... args) throws Exception {
        Path thp = Files.writeString(work.resolve("thp-enabled"), thpSetting + "\n");
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "set -euo pipefail; . \"$0\"; cli_thp_setting=" + thp + "; " + function + " \"$@\"",
                FaultlineProcess.root().resolve("releng/scripts/cli-launch.sh").toString()));
        command.addAll(Arrays.asList(args));
        Path out = work.resolve("out.txt");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(work.resolve("err.txt").toFile()).start();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), () -> function + " failed: " + read(work.resolve("err.txt")));
        return read(out).lines().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test
    void oneOffCommandsRunWithC1AloneAndTheSerialCollector() throws Exception {
        Path small = Files.writeString(work.resolve("small.log"), "Jul 19 04:09:01 host-a kernel: csagent.sys loaded\n");
        assertEquals(SHORT_RUN, launchFunction("cli_short_run_options", "version"));
        assertEquals(SHORT_RUN, launchFunction("cli_short_run_options", "--json", "version"));
        assertEquals(SHORT_RUN, launchFunction("cli_short_run_options", "--help"));
        assertEquals(SHORT_RUN, launchFunction("cli_short_run_options", "search", "--case", "c", "csagent"));
        assertEquals(SHORT_RUN, launchFunction("cli_short_run_options", "parse", "--format", "syslog", small.toString()));
        assertEquals(SHORT_RUN, launchFunction("cli_short_run_options", "parse", small + "@10"));
        assertEquals(SHORT_RUN, launchFunction("cli_short_run_options", "parse"));
    }

    /** Huge pages only where the kernel offers them: asked for on a kernel that has them off, the JVM warns on stderr. */
    @Test
    void oneOffCommandsAskForTransparentHugePagesOnlyWhereTheKernelOffersThem() throws Exception {
        List<String> withoutThp = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertEquals(SHORT_RUN, launchFunctionOnKernel("[always] madvise never", "cli_short_run_options", "version"));
        assertEquals(SHORT_RUN, launchFunctionOnKernel("always [madvise] never", "cli_short_run_options", "version"));
        assertEquals(withoutThp, launchFunctionOnKernel("always madvise [never]", "cli_short_run_options", "version"));
        assertEquals(withoutThp, launchFunctionOnKernel("", "cli_short_run_options", "version"));
        assertEquals(List.of(), launchFunctionOnKernel("[always] madvise never", "cli_short_run_options", "import", "--case", "c", "f.log"));
    }

    @Test
    void longRunsKeepTheJvmDefaults() throws Exception {
        Path big = work.resolve("big.log"); // 40 MB (sparse): a parse that long needs C2
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(40L << 20);
        }
        Path half = work.resolve("half.log");
        Path otherHalf = work.resolve("other-half.log");
        for (Path path : List.of(half, otherHalf)) {
            try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
                file.setLength(20L << 20);
            }
        }
        assertEquals(List.of(), launchFunction("cli_short_run_options", "parse", "--json", big.toString()));
        assertEquals(List.of(), launchFunction("cli_short_run_options", "parse", half.toString(), otherHalf.toString()), "inputs add up");
        assertEquals(SHORT_RUN, launchFunction("cli_short_run_options", "parse", half.toString()));
        assertEquals(List.of(), launchFunction("cli_short_run_options", "import", "--case", "c", half.toString()));
        assertEquals(List.of(), launchFunction("cli_short_run_options", "index", "--case", "c"));
        assertEquals(List.of(), launchFunction("cli_short_run_options", "clusters", "--case", "c"));
    }

    @Test
    void importAndIndexRunWithTheParallelCollectorAndNothingElseDoes() throws Exception {
        assertEquals(List.of("-XX:+UseParallelGC"), launchFunction("cli_bulk_write_options", "import", "--case", "c", "f.log"));
        assertEquals(List.of("-XX:+UseParallelGC"), launchFunction("cli_bulk_write_options", "--json", "index", "--case", "c"));
        for (String command : List.of("version", "search", "parse", "clusters", "timeline", "report", "repair")) {
            assertEquals(List.of(), launchFunction("cli_bulk_write_options", command, "--case", "c"), command);
        }
    }

    @Test
    void theClassPathHasTheHeadlessBundlesAndNotTheWorkbenchOnes() throws Exception {
        Path product = FaultlineProcess.root()
                .resolve("releng/dev.faultline.product/target/products/dev.faultline.product/linux/gtk/x86_64/faultline");
        List<String> jars = Arrays.stream(String.join("", launchFunction("cli_classpath", product.toString())).split(":"))
                .map(p -> Path.of(p).getFileName().toString()).toList();
        for (String headless : List.of("dev.faultline.app_", "dev.faultline.core_", "dev.faultline.index_", "dev.faultline.report_",
                "wrapped.org.apache.lucene.lucene-core_", "com.fasterxml.jackson.core.jackson-databind_", "org.eclipse.emf.ecore_", "org.eclipse.elk.core_",
                "org.eclipse.osgi_")) {
            assertTrue(jars.stream().anyMatch(j -> j.startsWith(headless)), headless + " missing from " + jars);
        }
        for (String workbench : List.of("dev.faultline.ui_", "dev.faultline.diagram.ui_", "org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui.workbench_",
                "org.eclipse.e4.ui.", "org.eclipse.gef_", "org.eclipse.equinox.launcher")) {
            assertFalse(jars.stream().anyMatch(j -> j.startsWith(workbench)), workbench + " on the CLI class path: " + jars);
        }
        assertTrue(jars.indexOf(jars.stream().filter(j -> j.startsWith("org.eclipse.")).findFirst().orElseThrow()) > jars
                .indexOf(jars.stream().filter(j -> j.startsWith("wrapped.org.apache.lucene")).findFirst().orElseThrow()), "signed Eclipse jars last");
    }

    /**
     * The product's saved class paths (train-cli.sh) are what cli_classpath computes, and are used only while
     * nothing was added to or removed from the plugins folder since they were written.
     */
    @Test
    void theSavedClassPathsAreTheComputedOnesAndAStaleOneIsIgnored() throws Exception {
        Path product = FaultlineProcess.root()
                .resolve("releng/dev.faultline.product/target/products/dev.faultline.product/linux/gtk/x86_64/faultline");
        for (String kind : List.of("", "search")) {
            Path saved = product.resolve(kind.isEmpty() ? "cli.classpath" : "cli-search.classpath");
            assertTrue(Files.getLastModifiedTime(saved).compareTo(Files.getLastModifiedTime(product.resolve("plugins"))) > 0, saved + " is stale");
            List<String> used = Arrays.stream(String.join("", launchFunction("cli_classpath", product.toString(), kind)).split(":")).toList();
            assertEquals(Files.readAllLines(saved).stream().map(name -> product.resolve("plugins").resolve(name).toString()).toList(), used);
        }
        // a product of three jars whose saved list names a jar that is gone: older than the folder, so not used
        Path fake = work.resolve("product");
        Files.createDirectories(fake.resolve("plugins"));
        Files.writeString(fake.resolve("cli.classpath"), "dev.faultline.gone_1.jar\n");
        Files.setLastModifiedTime(fake.resolve("cli.classpath"), java.nio.file.attribute.FileTime.fromMillis(0));
        Files.writeString(fake.resolve("plugins/dev.faultline.app_1.jar"), "");
        Files.writeString(fake.resolve("plugins/dev.faultline.core_1.jar"), "");
        Files.writeString(fake.resolve("plugins/org.eclipse.osgi_1.jar"), "");
        assertEquals(List.of(fake.resolve("plugins/dev.faultline.app_1.jar") + ":" + fake.resolve("plugins/dev.faultline.core_1.jar") + ":"
                + fake.resolve("plugins/org.eclipse.osgi_1.jar")), launchFunction("cli_classpath", fake.toString()));
        Files.writeString(fake.resolve("cli.classpath"), "dev.faultline.core_1.jar\ndev.faultline.app_1.jar\n"); // newer: used as it is
        assertEquals(List.of(fake.resolve("plugins/dev.faultline.core_1.jar") + ":" + fake.resolve("plugins/dev.faultline.app_1.jar")),
                launchFunction("cli_classpath", fake.toString()));
    }

    @Test
    void aSearchRunsOnFaultlinesLuceneAndJacksonJarsAlone() throws Exception {
        Path product = FaultlineProcess.root()
                .resolve("releng/dev.faultline.product/target/products/dev.faultline.product/linux/gtk/x86_64/faultline");
        List<String> jars = Arrays.stream(String.join("", launchFunction("cli_classpath", product.toString(), "search")).split(":"))
                .map(p -> Path.of(p).getFileName().toString()).toList();
        for (String needed : List.of("dev.faultline.app_", "dev.faultline.core_", "dev.faultline.index_", "dev.faultline.index.opensearch_",
                "wrapped.org.apache.lucene.lucene-core_", "wrapped.org.apache.lucene.lucene-queryparser_", "com.fasterxml.jackson.core.jackson-databind_")) {
            assertTrue(jars.stream().anyMatch(j -> j.startsWith(needed)), needed + " missing from " + jars);
        }
        assertTrue(jars.stream().allMatch(j -> j.startsWith("dev.faultline.") || j.startsWith("wrapped.org.apache.lucene.")
                || j.startsWith("com.fasterxml.jackson.core.")), "only Faultline's, Lucene's and Jackson's jars: " + jars);
        assertFalse(jars.stream().anyMatch(j -> j.startsWith("dev.faultline.ui_")), jars.toString());
        assertEquals(List.of("search"), launchFunction("cli_command", "--json", "search", "--case", "c", "x"));
        assertEquals(List.of("version"), launchFunction("cli_command", "version"));
    }
}
